#include "FundingTab.h"

#include "PlanDocument.h"
#include "YearAmountEditor.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>

namespace zeroplan {

namespace {

// The name of a kind of funding, as the table shows it.
QString kindName(FundingKind kind)
{
    switch (kind) {
    case FundingKind::Subsidy:
        return FundingTab::tr("Subsidy programme");
    case FundingKind::Sponsor:
        return FundingTab::tr("Sponsor");
    case FundingKind::Crowdfunding:
        return FundingTab::tr("Crowdfunding");
    case FundingKind::CommitteeBudget:
        return FundingTab::tr("Committee budget");
    case FundingKind::Other:
        break;
    }
    return FundingTab::tr("Other");
}

// A source line edit that pushes its text when editing ends.
QLineEdit *sourceEdit(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setToolTip(toolTip);
    edit->setPlaceholderText(FundingTab::tr("Where the figure comes from"));
    return edit;
}

} // namespace

FundingTab::FundingTab(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("fundingTab"));
    m_funding = new QTableWidget(0, ColumnCount, this);
    m_funding->setObjectName(QStringLiteral("fundingTable"));
    m_funding->setToolTip(tr("The money the plan counts on. Double-click a name or source to "
                             "change it."));
    m_funding->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Pays for"), tr("Source")});
    m_funding->verticalHeader()->hide();
    m_funding->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_funding->setSelectionMode(QAbstractItemView::SingleSelection);
    m_funding->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_funding->horizontalHeader()->setStretchLastSection(true);
    m_funding->setColumnWidth(NameColumn, 170);
    m_funding->setColumnWidth(KindColumn, 150);
    m_funding->setColumnWidth(PartyColumn, 250);
    m_add = new QPushButton(tr("Add source"), this);
    m_add->setObjectName(QStringLiteral("addFundingButton"));
    m_add->setToolTip(tr("A new funding source with no amounts yet; give its name, kind and "
                         "amounts."));
    m_remove = new QPushButton(tr("Remove source"), this);
    m_remove->setObjectName(QStringLiteral("removeFundingButton"));
    m_remove->setToolTip(tr("Removes the selected funding source and its amounts."));
    auto *fundingButtons = new QHBoxLayout;
    fundingButtons->addWidget(
        new QLabel(tr("Each source pays the share of the party it is for."), this), 1);
    fundingButtons->addWidget(m_add);
    fundingButtons->addWidget(m_remove);

    m_amountsTitle = new QLabel(this);
    m_amountsTitle->setObjectName(QStringLiteral("fundingAmountsTitle"));
    m_amountsTitle->setWordWrap(true);
    m_amounts = new YearAmountEditor(QStringLiteral("fundingAmounts"), tr("Amount"), this);

    auto *fundingBox = new QGroupBox(tr("Funding sources"), this);
    fundingBox->setObjectName(QStringLiteral("fundingGroup"));
    auto *fundingLayout = new QHBoxLayout(fundingBox);
    auto *fundingLeft = new QVBoxLayout;
    fundingLeft->addLayout(fundingButtons);
    fundingLeft->addWidget(m_funding, 1);
    auto *fundingRight = new QVBoxLayout;
    fundingRight->addWidget(m_amountsTitle);
    fundingRight->addWidget(m_amounts, 1);
    fundingLayout->addLayout(fundingLeft, 3);
    fundingLayout->addLayout(fundingRight, 2);

    m_income = new YearAmountEditor(QStringLiteral("income"), tr("Median income per year"), this);
    m_incomeSource = sourceEdit(QStringLiteral("incomeSourceEdit"),
                                tr("Where the median household income comes from (a statistical "
                                   "bulletin, a survey)."),
                                this);
    auto *incomeBox = new QGroupBox(tr("Median household income"), this);
    incomeBox->setObjectName(QStringLiteral("incomeGroup"));
    auto *incomeLayout = new QVBoxLayout(incomeBox);
    incomeLayout->addWidget(m_income, 1);
    auto *incomeForm = new QFormLayout;
    incomeForm->addRow(tr("Source:"), m_incomeSource);
    incomeLayout->addLayout(incomeForm);

    m_affordability = new QDoubleSpinBox(this);
    m_affordability->setObjectName(QStringLiteral("affordabilitySpinBox"));
    m_affordability->setToolTip(tr("A household whose net outlay in a year is above this share "
                                   "of the median income is flagged; 0: not judged."));
    m_affordability->setRange(0, 100);
    m_affordability->setDecimals(1);
    m_affordability->setSuffix(tr(" % of the median income"));
    m_affordability->setSpecialValueText(tr("Not judged"));
    m_affordability->setKeyboardTracking(false);
    m_affordabilitySource = sourceEdit(QStringLiteral("affordabilitySourceEdit"),
                                       tr("Where the threshold comes from (for instance the "
                                          "EU Energy Poverty Advisory Hub's indicator 2M)."),
                                       this);
    auto *affordBox = new QGroupBox(tr("Affordability"), this);
    affordBox->setObjectName(QStringLiteral("affordabilityGroup"));
    auto *affordForm = new QFormLayout(affordBox);
    affordForm->addRow(tr("Threshold:"), m_affordability);
    affordForm->addRow(tr("Source:"), m_affordabilitySource);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fundingMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(incomeBox, 1);
    bottom->addWidget(affordBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fundingBox, 3);
    layout->addWidget(m_message);
    layout->addLayout(bottom, 2);

    connect(m_funding, &QTableWidget::itemChanged, this, &FundingTab::onItemChanged);
    connect(m_funding, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_updating)
            return;
        m_current = row;
        showAmounts();
    });
    connect(m_add, &QPushButton::clicked, this, &FundingTab::addSource);
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_current >= 0)
            push(ResidentsEdits::removeFunding(m_document, m_current), QString());
    });
    connect(m_amounts, &YearAmountEditor::setRequested, this, [this](int year, double amount) {
        QString error;
        push(ResidentsEdits::setFundingAmount(m_document, m_current, year, amount, &error), error);
    });
    connect(m_amounts, &YearAmountEditor::removeRequested, this, [this](int year) {
        push(ResidentsEdits::setFundingAmount(m_document, m_current, year, std::nullopt),
             QString());
    });
    connect(m_income, &YearAmountEditor::setRequested, this, [this](int year, double amount) {
        QString error;
        push(ResidentsEdits::setIncome(m_document, year, amount, &error), error);
    });
    connect(m_income, &YearAmountEditor::removeRequested, this,
            [this](int year) { push(ResidentsEdits::removeIncome(m_document, year), QString()); });
    connect(m_incomeSource, &QLineEdit::editingFinished, this, [this]() {
        if (!m_updating)
            push(ResidentsEdits::setIncomeSource(m_document, m_incomeSource->text()), QString());
    });
    connect(m_affordability, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        if (m_updating)
            return;
        QString error;
        const std::optional<double> share =
            percent > 0 ? std::optional<double>(percent / 100) : std::nullopt;
        push(ResidentsEdits::setAffordabilityShare(m_document, share, &error), error);
    });
    connect(m_affordabilitySource, &QLineEdit::editingFinished, this, [this]() {
        if (!m_updating)
            push(ResidentsEdits::setAffordabilitySource(m_document, m_affordabilitySource->text()),
                 QString());
    });
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        using Part = ChangeEvent::Part;
        if (event.part == Part::Residents || event.part == Part::Plan ||
            event.part == Part::Community)
            refresh();
    });
    refresh();
}

QString FundingTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FundingTab::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void FundingTab::selectSource(int index)
{
    m_funding->setCurrentCell(index, NameColumn);
}

void FundingTab::push(EditResidents *command, const QString &error)
{
    if (command) {
        say(QString());
        m_document->undoStack()->push(command);
        return;
    }
    say(error);
    refresh(); // the widgets as the plan has them
}

void FundingTab::refresh()
{
    refreshFunding();
    showAmounts();
    m_updating = true;
    const Plan &plan = m_document->plan();
    const Residents &r = plan.residents;
    m_income->setAmounts(r.medianIncome, plan.community.baseYear, plan.community.horizonEnd);
    const QString unit = NumberFormat::currencyUnit(plan.community.currency);
    m_income->setAmountHeader(tr("Median income per year (%1)").arg(unit));
    m_amounts->setAmountHeader(tr("Amount (%1)").arg(unit));
    if (!m_incomeSource->hasFocus() || m_incomeSource->text().trimmed() == r.incomeSource)
        m_incomeSource->setText(r.incomeSource);
    m_affordability->setValue(r.affordabilityShare ? *r.affordabilityShare * 100 : 0);
    if (!m_affordabilitySource->hasFocus() ||
        m_affordabilitySource->text().trimmed() == r.affordabilitySource)
        m_affordabilitySource->setText(r.affordabilitySource);
    m_incomeSource->setCursorPosition(0);
    m_affordabilitySource->setCursorPosition(0);
    m_updating = false;
}

void FundingTab::refreshFunding()
{
    m_updating = true;
    const QList<FundingSource> &funding = m_document->plan().residents.funding;
    m_funding->setRowCount(int(funding.size()));
    for (int row = 0; row < funding.size(); ++row) {
        const FundingSource &f = funding.at(row);
        for (int column : {int(NameColumn), int(SourceColumn)}) {
            if (!m_funding->item(row, column))
                m_funding->setItem(row, column, new QTableWidgetItem);
        }
        m_funding->item(row, NameColumn)->setText(f.name);
        m_funding->item(row, SourceColumn)->setText(f.source);
        m_funding->item(row, SourceColumn)->setToolTip(f.source);

        auto *kind = qobject_cast<QComboBox *>(m_funding->cellWidget(row, KindColumn));
        if (!kind) {
            kind = new QComboBox;
            kind->setObjectName(QStringLiteral("fundingKindCombo"));
            kind->setToolTip(tr("What kind of money the source is."));
            for (FundingKind k : kAllFundingKinds)
                kind->addItem(kindName(k), int(k));
            m_funding->setCellWidget(row, KindColumn, kind);
            connect(kind, &QComboBox::activated, this, [this, kind]() {
                const int at = m_funding->indexAt(kind->pos()).row();
                push(ResidentsEdits::setFundingKind(m_document, at,
                                                    FundingKind(kind->currentData().toInt())),
                     QString());
            });
        }
        kind->setCurrentIndex(kind->findData(int(f.kind)));

        auto *party = qobject_cast<QComboBox *>(m_funding->cellWidget(row, PartyColumn));
        if (!party) {
            party = new QComboBox;
            party->setObjectName(QStringLiteral("fundingPartyCombo"));
            party->setToolTip(tr("Whose share of the measures the source pays; by default the "
                                 "party of its kind."));
            party->addItem(QString(), -1);
            for (Party p : kFileParties)
                party->addItem(partyName(p), int(p));
            m_funding->setCellWidget(row, PartyColumn, party);
            connect(party, &QComboBox::activated, this, [this, party]() {
                const int at = m_funding->indexAt(party->pos()).row();
                const int value = party->currentData().toInt();
                push(ResidentsEdits::setFundingParty(
                         m_document, at,
                         value < 0 ? std::nullopt : std::optional<Party>(Party(value))),
                     QString());
            });
        }
        party->setItemText(0, tr("By its kind: %1").arg(partyName(fundingKindParty(f.kind))));
        party->setCurrentIndex(f.party ? party->findData(int(*f.party)) : 0);
    }
    if (m_current >= funding.size())
        m_current = int(funding.size()) - 1;
    if (m_current < 0 && !funding.isEmpty())
        m_current = 0;
    if (m_current >= 0)
        m_funding->setCurrentCell(m_current, m_funding->currentColumn() < 0
                                                 ? int(NameColumn)
                                                 : m_funding->currentColumn());
    m_remove->setEnabled(m_current >= 0);
    m_updating = false;
}

void FundingTab::showAmounts()
{
    m_updating = true;
    const Plan &plan = m_document->plan();
    const QList<FundingSource> &funding = plan.residents.funding;
    const bool has = m_current >= 0 && m_current < funding.size();
    m_amounts->setAmounts(has ? funding.at(m_current).amounts : QList<YearAmount>(),
                          plan.community.baseYear, plan.community.horizonEnd);
    m_amounts->setEnabled(has);
    m_amountsTitle->setText(has ? tr("Amounts of “%1” per year").arg(funding.at(m_current).name)
                                : tr("Add a funding source to give its amounts."));
    m_updating = false;
}

void FundingTab::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating)
        return;
    const int row = item->row();
    if (item->column() == NameColumn) {
        QString error;
        push(ResidentsEdits::renameFunding(m_document, row, item->text(), &error), error);
    } else if (item->column() == SourceColumn) {
        push(ResidentsEdits::setFundingSource(m_document, row, item->text()), QString());
    }
}

void FundingTab::addSource()
{
    // A name no source has: "New funding source", "New funding source 2", …
    const QList<FundingSource> &funding = m_document->plan().residents.funding;
    QString name = tr("New funding source");
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(funding.begin(), funding.end(),
                                       [&](const FundingSource &f) { return f.name == name; });
        if (!taken)
            break;
        name = tr("New funding source %1").arg(n);
    }
    QString error;
    EditResidents *command =
        ResidentsEdits::addFunding(m_document, name, FundingKind::Subsidy, &error);
    if (command)
        m_current = int(funding.size()); // the new one, at the end
    push(command, error);
    if (command) {
        m_funding->setCurrentCell(m_current, NameColumn);
        m_funding->editItem(m_funding->item(m_current, NameColumn));
    }
}

} // namespace zeroplan
