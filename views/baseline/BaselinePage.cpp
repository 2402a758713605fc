#include "BaselinePage.h"

#include "ActivityTableModel.h"
#include "AddRemoveActivity.h"
#include "FactorsDialog.h"
#include "PlanDocument.h"
#include "charts/SectorDonutChart.h"
#include "common/ActivityImportDialog.h"
#include "common/ChoiceDelegate.h"
#include "common/MeterImportDialog.h"
#include "plan/DefaultFactor.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace zeroplan {

namespace {

const QString kElectricity = QStringLiteral("electricity");

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

BaselinePage::BaselinePage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results),
      m_model(new ActivityTableModel(document, results, this))
{
    setObjectName(QStringLiteral("baselinePage"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("baselineSplitter"));
    split->addWidget(createTablePanel());
    split->addWidget(createSummaryPanel());
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    split->setSizes({800, 480}); // the summary needs room for sector names and the legend
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_model, &ActivityTableModel::editRefused, this, &BaselinePage::showMessage);
    connect(document, &PlanDocument::changed, this, &BaselinePage::onChanged);
    connect(results, &LiveResults::updated, this, &BaselinePage::updateTotals);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BaselinePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BaselinePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BaselinePage::updateButtons);
    updateTotals();
    updateButtons();
}

QWidget *BaselinePage::createTablePanel()
{
    auto *panel = new QWidget(this);
    auto *add = button(tr("Add line"), QStringLiteral("addActivityButton"), panel);
    m_removeButton = button(tr("Remove line"), QStringLiteral("removeActivityButton"), panel);
    auto *importLines =
        button(tr("Import activities…"), QStringLiteral("importActivitiesButton"), panel);
    auto *importMeters =
        button(tr("Import meter readings…"), QStringLiteral("importMeterReadingsButton"), panel);
    auto *factors = button(tr("Emission factors…"), QStringLiteral("emissionFactorsButton"), panel);
    factors->setToolTip(tr("The factors the plan counts with: add the community's own, or "
                           "override a library factor"));
    add->setToolTip(tr("Add a line of grid electricity; pick its carrier and unit in the table"));
    auto *comments = button(tr("Comments…"), QStringLiteral("lineCommentsButton"), panel);
    comments->setToolTip(tr("The comments on the line chosen (on the plan when none is chosen): "
                            "read them, answer, or start a thread"));
    importLines->setToolTip(tr("Activity lines from a CSV or Excel file, one per row"));
    importMeters->setToolTip(
        tr("Monthly meter readings, summed to annual lines for the base year"));

    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("activityMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                            "padding: 4px; border-radius: 3px; }"));
    m_message->hide();

    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("activityTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    // What a line emits is what the committee looks for: show it beside the amount and unit,
    // and keep long factor names from pushing it out of view (the full name is in the cell).
    m_table->horizontalHeader()->moveSection(ActivityTableModel::EmissionsColumn,
                                             ActivityTableModel::UnitColumn + 1);
    m_table->setColumnWidth(ActivityTableModel::FactorColumn,
                            std::min(m_table->columnWidth(ActivityTableModel::FactorColumn), 260));
    m_table->horizontalHeader()->moveSection(ActivityTableModel::CommentsColumn,
                                             ActivityTableModel::UnitColumn + 2);
    const int emissions = ActivityTableModel::EmissionsColumn;
    m_table->setColumnWidth(emissions,
                            std::max(m_table->columnWidth(emissions),
                                     m_table->horizontalHeader()->sectionSizeHint(emissions) + 12));
    auto *remove = new QAction(tr("Remove line"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(factors);
    buttons->addWidget(comments);
    buttons->addStretch();
    buttons->addWidget(importLines);
    buttons->addWidget(importMeters);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &BaselinePage::addActivity);
    connect(factors, &QPushButton::clicked, this, [this] {
        FactorsDialog dialog(m_document, m_results->library(), this);
        dialog.exec();
    });
    // After the picker's editor has closed, not from inside its commit.
    connect(
        m_model, &ActivityTableModel::newFactorRequested, this,
        [this](int row) { FactorsDialog::newFactorForLine(m_document, row, this); },
        Qt::QueuedConnection);
    connect(m_removeButton, &QPushButton::clicked, this, &BaselinePage::removeSelectedActivities);
    connect(comments, &QPushButton::clicked, this,
            [this] { emit commentsRequested(currentTarget()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ActivityTableModel::CommentsColumn)
            emit commentsRequested(currentTarget());
    });
    connect(remove, &QAction::triggered, this, &BaselinePage::removeSelectedActivities);
    connect(importLines, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(tr("Import activity lines"));
        if (!path.isEmpty())
            importActivitiesFrom(path);
    });
    connect(importMeters, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(tr("Import meter readings"));
        if (!path.isEmpty())
            importMeterReadingsFrom(path);
    });
    return panel;
}

QWidget *BaselinePage::createSummaryPanel()
{
    auto *panel = new QWidget(this);
    m_sectorTotals = new QTableWidget(0, 3, panel);
    m_sectorTotals->setObjectName(QStringLiteral("sectorTotalsView"));
    m_sectorTotals->setHorizontalHeaderLabels(
        {tr("Sector"), tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit()), tr("Share")});
    m_sectorTotals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectorTotals->verticalHeader()->hide();
    m_sectorTotals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sectorTotals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sectorTotals->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_sectorTotals->setWordWrap(false);
    m_sectorTotals->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_perCapita = new QLabel(panel);
    m_perCapita->setObjectName(QStringLiteral("perCapitaLabel"));
    m_perHousehold = new QLabel(panel);
    m_perHousehold->setObjectName(QStringLiteral("perHouseholdLabel"));
    m_donut = new SectorDonutChart(panel);
    m_donut->setObjectName(QStringLiteral("sectorDonutChart"));
    m_donut->setMinimumHeight(220);

    auto *title = new QLabel(tr("<b>Baseline by sector, base year</b>"), panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_sectorTotals);
    layout->addWidget(m_perCapita);
    layout->addWidget(m_perHousehold);
    layout->addWidget(m_donut, 1);
    return panel;
}

void BaselinePage::importActivitiesFrom(const QString &path)
{
    auto *dialog = new ActivityImportDialog(m_document, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BaselinePage::importMeterReadingsFrom(const QString &path)
{
    auto *dialog = new MeterImportDialog(m_document, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString BaselinePage::chooseFile(const QString &title)
{
    const QString folder =
        m_document->isUntitled() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    return QFileDialog::getOpenFileName(this, title, folder,
                                        tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
}

void BaselinePage::addActivity()
{
    const Plan &plan = m_document->plan();
    ActivityLine line;
    line.id = newActivityId();
    line.carrier = kElectricity;
    line.unit = QStringLiteral("kWh");
    line.scope = defaultScope(kElectricity);
    line.sector = defaultSector(kElectricity);
    line.factor = DefaultFactor::choose(plan, m_results->library(), line.carrier, line.unit).factor;
    m_document->undoStack()->push(new AddActivity(m_document, line));
    const QModelIndex amount =
        m_model->index(m_model->rowCount() - 1, ActivityTableModel::AmountColumn);
    m_table->setCurrentIndex(amount);
    m_table->scrollTo(amount);
}

bool BaselinePage::showActivity(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

// "electricity", then "electricity-2", … as imported lines are named.
QString BaselinePage::newActivityId() const
{
    const Plan &plan = m_document->plan();
    QString id = kElectricity;
    for (int n = 2; plan.findActivity(id); ++n)
        id = kElectricity + QLatin1Char('-') + QString::number(n);
    return id;
}

void BaselinePage::removeSelectedActivities()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>()); // last first: indexes stay right
    QUndoStack *stack = m_document->undoStack();
    const int count = int(rows.size());
    if (count > 1)
        stack->beginMacro(tr("Remove %n activity line(s)", nullptr, count));
    for (const int row : rows)
        stack->push(new RemoveActivity(m_document, row));
    if (count > 1)
        stack->endMacro();
}

void BaselinePage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void BaselinePage::onChanged(const ChangeEvent &event)
{
    // An edit that went through answers the refusal shown before it.
    if (event.part == ChangeEvent::Part::Activities || event.part == ChangeEvent::Part::Plan)
        m_message->hide();
}

ReviewTarget BaselinePage::currentTarget() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return ReviewTarget::plan();
    return ReviewTarget::activity(current.data(ActivityTableModel::LineIdRole).toString());
}

void BaselinePage::updateButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

void BaselinePage::updateTotals()
{
    m_totals = BaselineTotals::from(m_document->plan(), m_results->result());
    fillSectorTotals();
    m_perCapita->setText(
        m_totals.perResident
            ? tr("Per resident: %1").arg(NumberFormat::tonnesPerYear(*m_totals.perResident))
            : tr("Per resident: – (set the population on the Community page)"));
    m_perHousehold->setText(
        m_totals.perHousehold
            ? tr("Per household: %1").arg(NumberFormat::tonnesPerYear(*m_totals.perHousehold))
            : tr("Per household: – (set the households on the Community page)"));
    m_donutStale = true;
    if (isVisible()) {
        m_donut->setSectors(m_totals.shares());
        m_donutStale = false;
    }
}

// One row per sector, then the total in bold; each figure keeps its tonnes in Qt::UserRole.
void BaselinePage::fillSectorTotals()
{
    const int rows = int(m_totals.sectors.size());
    const double total = m_totals.total;
    m_sectorTotals->setRowCount(rows + 1);
    const auto setRow = [this, total](int row, const QString &name, double tonnes) {
        auto *value = new QTableWidgetItem(NumberFormat::significant(tonnes));
        value->setData(Qt::UserRole, tonnes);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *share = new QTableWidgetItem(NumberFormat::percent(total > 0 ? tonnes / total : 0));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sectorTotals->setItem(row, 0, new QTableWidgetItem(name));
        m_sectorTotals->setItem(row, 1, value);
        m_sectorTotals->setItem(row, 2, share);
    };
    for (int r = 0; r < rows; ++r)
        setRow(r, sectorName(m_totals.sectors.at(r).sector), m_totals.sectors.at(r).tonnes);
    setRow(rows, tr("Total"), total);
    QFont bold = m_sectorTotals->font();
    bold.setBold(true);
    for (int c = 0; c < 3; ++c)
        m_sectorTotals->item(rows, c)->setFont(bold);
}

void BaselinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_donutStale) {
        m_donut->setSectors(m_totals.shares());
        m_donutStale = false;
    }
}

} // namespace zeroplan
