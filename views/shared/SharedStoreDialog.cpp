#include "SharedStoreDialog.h"

#include "present/Preferences.h"
#include "server/ServerDistrict.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {

SharedStoreDialog::SharedStoreDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::CheckOut       ? tr("Check Out from Shared Store")
                   : purpose == Purpose::FirstCheckIn ? tr("Check In to Shared Store")
                                                      : tr("Open District from Shared Store"));
    m_server = new QLineEdit(Preferences::sharedServer(), this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("host=db.example.org dbname=zeroplan user=li"));
    m_server->setToolTip(tr("The shared store, as its administrator wrote it down: a PostgreSQL "
                            "connection string of key=value pairs."));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks for one; never kept"));
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_connect);
    auto *form = new QFormLayout;
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server); // a label beside a layout is no buddy by itself
    form->addRow(serverLabel, serverRow);
    form->addRow(tr("&Password:"), m_password);

    const QStringList headers =
        purpose == Purpose::District
            ? QStringList{tr("District"), tr("Communities you see")}
            : QStringList{tr("District"), tr("Community"), tr("Revision"), tr("Your role")};
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("communitiesTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(
        purpose == Purpose::CheckOut
            ? tr("Connect, then choose the community whose plan to take out. You work on it "
                 "offline and check it in when you are done.")
        : purpose == Purpose::FirstCheckIn
            ? tr("This plan has not been checked in before. Connect, then choose the community "
                 "it is the plan of: one without a plan yet that you edit.")
            : tr("Connect, then choose the district to look at: its communities' plans as "
                 "checked in, rolled up."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::CheckOut       ? tr("Check &Out…")
                  : purpose == Purpose::FirstCheckIn ? tr("Check &In")
                                                     : tr("&Open"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &SharedStoreDialog::connectToServer);
    // Return connects until there is a community to choose; then it chooses. Typing another
    // server makes it connect again.
    m_ok->setAutoDefault(false);
    m_connect->setAutoDefault(false);
    setConnectDefault(true);
    connect(m_server, &QLineEdit::textEdited, this, [this] { setConnectDefault(true); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { setConnectDefault(true); });
    connect(this, &SharedStoreDialog::communitiesShown, this,
            [this](bool any) { setConnectDefault(!any); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SharedStoreDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 420);
    updateButtons();
}

SharedStoreDialog::~SharedStoreDialog() = default;

void SharedStoreDialog::setConnectDefault(bool yes)
{
    m_connect->setDefault(yes);
    m_ok->setDefault(!yes);
}

void SharedStoreDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The button box makes its OK the default as it is shown: Return connects first.
    setConnectDefault(!m_store);
}

int SharedStoreDialog::rows() const
{
    return int(m_purpose == Purpose::District ? m_districts.size() : m_communities.size());
}

bool SharedStoreDialog::fits(int row) const
{
    if (row < 0 || row >= rows())
        return false;
    if (m_purpose == Purpose::District)
        return true;
    const SharedCommunity &c = m_communities.at(row);
    if (m_purpose == Purpose::CheckOut)
        return c.revision > 0;
    return c.revision == 0 &&
           (c.role == QLatin1String("editor") || c.role == QLatin1String("admin"));
}

void SharedStoreDialog::connectToServer()
{
    QString error;
    const QString clean = SharedStore::cleanServer(m_server->text(), &error);
    m_table->setRowCount(0);
    m_communities.clear();
    m_districts.clear();
    m_store.reset();
    if (!clean.isEmpty()) {
        auto store = std::make_unique<SharedStore>(m_server->text(), m_password->text());
        if (store->open(&error)) {
            if (m_purpose == Purpose::District) {
                const auto districts = ServerDistrict::districts(store->database(), &error);
                if (districts)
                    m_districts = *districts;
            } else {
                m_communities = store->communities(&error);
            }
            if (error.isEmpty())
                m_store = std::move(store);
        }
    }
    if (!m_store) {
        m_status->setText(error);
        updateButtons();
        return;
    }
    Preferences::setSharedServer(clean);
    fillCommunities();
}

void SharedStoreDialog::fillCommunities()
{
    int fitting = 0;
    const bool districts = m_purpose == Purpose::District;
    for (int row = 0; row < rows(); ++row) {
        m_table->insertRow(row);
        QStringList cells;
        if (districts) {
            const ServerDistrictSummary &d = m_districts.at(row);
            cells = {d.name, QString::number(d.communities)};
        } else {
            const SharedCommunity &c = m_communities.at(row);
            cells = {c.district, c.name,
                     c.revision == 0 ? tr("no plan yet") : QString::number(c.revision),
                     SharedStore::roleName(c.role)};
        }
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!fits(row))
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            if (column == (districts ? 1 : 2))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        fitting += fits(row) ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(districts ? 0 : 1, QHeaderView::Stretch);
    const QString who = tr("Signed in as %1.").arg(m_store->login());
    if (districts)
        m_status->setText(who + QLatin1Char(' ') +
                          (m_districts.isEmpty()
                               ? tr("You may see no district on this store: ask its "
                                    "administrator to add you to one.")
                               : tr("Choose a district.")));
    else if (m_communities.isEmpty())
        m_status->setText(who + QLatin1Char(' ') +
                          tr("You may see no community on this store: ask its administrator to "
                             "add you to one."));
    else if (fitting == 0)
        m_status->setText(who + QLatin1Char(' ') +
                          (m_purpose == Purpose::CheckOut
                               ? tr("None of your communities has a plan yet: check a plan in "
                                    "to one first (File → Check In to Shared Store).")
                               : tr("None of your communities is waiting for its first plan: "
                                    "check out the community's plan instead.")));
    else
        m_status->setText(who + QLatin1Char(' ') + tr("Choose a community."));
    for (int row = 0; row < rows(); ++row) {
        if (fits(row)) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButtons();
    emit communitiesShown(fitting > 0);
}

SharedCommunity SharedStoreDialog::community() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_communities.size() ? m_communities.at(row) : SharedCommunity{};
}

ServerDistrictSummary SharedStoreDialog::district() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_districts.size() ? m_districts.at(row) : ServerDistrictSummary{};
}

void SharedStoreDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_ok->setEnabled(m_store && fits(row) && !m_table->selectedItems().isEmpty());
}

void SharedStoreDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    QDialog::accept();
}

} // namespace zeroplan
