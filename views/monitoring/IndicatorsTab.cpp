#include "IndicatorsTab.h"

#include "IndicatorEdits.h"
#include "IndicatorListModel.h"
#include "IndicatorValuesModel.h"
#include "PlanDocument.h"
#include "charts/IndicatorChart.h"
#include "plan/Plan.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

// A table of whole rows, one chosen at a time, its columns sized to their contents.
QTableView *rowTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true); // the source
    return view;
}

} // namespace

IndicatorsTab::IndicatorsTab(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("indicatorsTab"));
    m_listModel = new IndicatorListModel(document, this);
    m_valuesModel = new IndicatorValuesModel(document, this);

    m_add = new QPushButton(tr("Add indicator…"), this);
    m_add->setObjectName(QStringLiteral("addIndicatorButton"));
    m_add->setToolTip(tr("A yearly series the committee follows beside the tonnes: "
                         "participation in carbon accounts, kg of waste sorted per household…"));
    m_remove = new QPushButton(tr("Remove indicator"), this);
    m_remove->setObjectName(QStringLiteral("removeIndicatorButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("The committee's own indicators; double-click a name, "
                                     "unit or source to change it."),
                                  this),
                       1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);

    m_list = rowTable(QStringLiteral("indicatorListView"), m_listModel, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("indicatorMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();

    m_values = rowTable(QStringLiteral("indicatorValuesView"), m_valuesModel, this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("indicatorYearSpinBox"));
    m_year->setGroupSeparatorShown(false);
    m_addYear = new QPushButton(tr("Add year"), this);
    m_addYear->setObjectName(QStringLiteral("addIndicatorYearButton"));
    m_removeYear = new QPushButton(tr("Remove year"), this);
    m_removeYear->setObjectName(QStringLiteral("removeIndicatorYearButton"));
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year:"), this));
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_addYear);
    yearRow->addStretch(1);
    yearRow->addWidget(m_removeYear);
    auto *left = new QVBoxLayout;
    left->addWidget(m_values, 1);
    left->addLayout(yearRow);

    m_chart = new IndicatorChart(this);
    m_chart->setObjectName(QStringLiteral("indicatorChart"));
    m_chart->setMinimumWidth(360);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(left, 2);
    bottom->addWidget(m_chart, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_message);
    layout->addLayout(bottom, 5);

    connect(m_add, &QPushButton::clicked, this, &IndicatorsTab::askForIndicator);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorsTab::removeIndicator);
    connect(m_addYear, &QPushButton::clicked, this, [this]() { addYear(m_year->value()); });
    connect(m_removeYear, &QPushButton::clicked, this, &IndicatorsTab::removeYear);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showIndicator(current.row()); });
    connect(m_listModel, &IndicatorListModel::refused, this, &IndicatorsTab::say);
    connect(m_valuesModel, &IndicatorValuesModel::refused, this, &IndicatorsTab::say);
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.part == ChangeEvent::Part::Monitoring || event.part == ChangeEvent::Part::Plan ||
            event.part == ChangeEvent::Part::Community)
            refresh();
    });
    refresh();
}

QString IndicatorsTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void IndicatorsTab::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void IndicatorsTab::refresh()
{
    const QString keep = m_selected;
    m_listModel->refresh();
    int row = m_listModel->rowOf(keep);
    if (row < 0 && m_listModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_listModel->index(row, 0));
    }
    showIndicator(row);
}

void IndicatorsTab::selectIndicator(const QString &id)
{
    const int row = m_listModel->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_listModel->index(row, 0));
}

void IndicatorsTab::showIndicator(int row)
{
    const Indicator *indicator = m_listModel->indicator(row);
    m_selected = indicator ? indicator->id : QString();
    m_valuesModel->setIndicator(m_selected);
    m_chart->setIndicator(indicator);
    m_remove->setEnabled(indicator != nullptr);
    m_addYear->setEnabled(indicator != nullptr);
    m_removeYear->setEnabled(indicator != nullptr && m_valuesModel->rowCount() > 0);
    const Plan &plan = m_document->plan();
    m_year->setRange(IndicatorEdits::firstYear(plan), IndicatorEdits::lastYear(plan));
    if (indicator) {
        const int next = IndicatorEdits::nextYear(plan, *indicator);
        if (next > 0)
            m_year->setValue(next);
    }
}

void IndicatorsTab::askForIndicator()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addIndicatorDialog"));
    dialog.setWindowTitle(tr("Add indicator"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("indicatorNameEdit"));
    name->setPlaceholderText(tr("e.g. Households in carbon accounts"));
    auto *unit = new QLineEdit(&dialog);
    unit->setObjectName(QStringLiteral("indicatorUnitEdit"));
    unit->setPlaceholderText(tr("e.g. %, kg per household"));
    auto *source = new QLineEdit(&dialog);
    source->setObjectName(QStringLiteral("indicatorSourceEdit"));
    source->setPlaceholderText(tr("Where the figures come from"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, box, [box](const QString &text) {
        box->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Unit:"), unit);
    form->addRow(tr("Source:"), source);
    form->addRow(box);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        addIndicator(name->text(), unit->text(), source->text());
}

bool IndicatorsTab::addIndicator(const QString &name, const QString &unit, const QString &source)
{
    QString error;
    QString id;
    EditMonitoring *command = IndicatorEdits::add(m_document, name, unit, source, &error, &id);
    if (!command) {
        say(error);
        return false;
    }
    say(QString());
    m_selected = id; // the new one is shown once the plan has it
    m_document->undoStack()->push(command);
    return true;
}

void IndicatorsTab::removeIndicator()
{
    if (EditMonitoring *command = IndicatorEdits::remove(m_document, m_selected)) {
        say(QString());
        m_document->undoStack()->push(command);
    }
}

bool IndicatorsTab::addYear(int year)
{
    QString error;
    EditMonitoring *command = IndicatorEdits::addYear(m_document, m_selected, year, &error);
    if (!command) {
        say(error);
        return false;
    }
    say(QString());
    m_document->undoStack()->push(command);
    // The new row, ready to be filled in.
    for (int row = 0; row < m_valuesModel->rowCount(); ++row) {
        if (m_valuesModel->yearAt(row) == year)
            m_values->setCurrentIndex(m_valuesModel->index(row, IndicatorValuesModel::Plan));
    }
    return true;
}

void IndicatorsTab::removeYear()
{
    const int year = m_valuesModel->yearAt(m_values->currentIndex().row());
    if (year == 0) {
        say(tr("Year: choose the row of the year to remove."));
        return;
    }
    if (EditMonitoring *command = IndicatorEdits::removeYear(m_document, m_selected, year)) {
        say(QString());
        m_document->undoStack()->push(command);
    }
}

} // namespace zeroplan
