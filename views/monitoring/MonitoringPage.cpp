#include "MonitoringPage.h"

#include "ActualLinesModel.h"
#include "ActualsImportBar.h"
#include "IndicatorsTab.h"
#include "MeasureTrackModel.h"
#include "PlanDocument.h"
#include "ProgressDetails.h"
#include "charts/MonitoringChart.h"
#include "charts/WaterfallChart.h"
#include "measures/MeasureCatalogue.h"
#include "plan/DefaultNames.h"
#include "plan/Plan.h"
#include "present/LiveResults.h"
#include "present/MonitoringText.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

// A read-only table of a few rows, its columns sized to their contents.
QTableWidget *smallTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

} // namespace

MonitoringPage::MonitoringPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results)
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("monitoringHeaderLabel"));
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_adopt = new QPushButton(tr("Adopt this scenario…"), this);
    m_adopt->setObjectName(QStringLiteral("adoptScenarioButton"));
    m_adopt->setToolTip(tr("Freeze the scenario shown, its pathway and each measure's share, as "
                           "the plan the committee will be measured against. Adopting again "
                           "adds a new version; earlier ones are kept."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_adopt);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("monitoringExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setText(explanation());

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("monitoringHeadlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setFont(headerFont);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("monitoringTabWidget"));
    m_tabs->addTab(buildTrajectoryTab(), tr("Plan and actual"));
    m_tabs->addTab(buildMeasuresTab(), tr("Measures"));
    m_tabs->addTab(buildActualsTab(), tr("Actual emissions"));
    m_tabs->addTab(buildOutlookTab(), tr("Why and what next"));
    m_indicatorsTab = new IndicatorsTab(document);
    m_tabs->addTab(m_indicatorsTab, tr("Indicators"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0);

    connect(m_adopt, &QPushButton::clicked, this, &MonitoringPage::askToAdopt);
    connect(results, &LiveResults::updated, this, &MonitoringPage::onResultsUpdated);
}

QString MonitoringPage::explanation()
{
    return tr("No scenario has been adopted yet. Once the committee has agreed on a scenario, "
              "adopt it here: its pathway and what each measure should cut are kept as they are "
              "that day. Then enter, year by year, the community's actual emissions and how far "
              "each measure has got; this page compares them with the adopted plan, shows which "
              "measures are late, explains why emissions changed and re-forecasts the path to "
              "neutrality.");
}

QWidget *MonitoringPage::buildTrajectoryTab()
{
    auto *tab = new QWidget;
    m_chart = new MonitoringChart(tab);
    m_chart->setObjectName(QStringLiteral("monitoringChart"));
    m_years = smallTable(QStringLiteral("monitoringYearsTable"),
                         {tr("Year"), tr("Planned (%1)").arg(NumberFormat::tonnesUnit()),
                          tr("Actual (%1)").arg(NumberFormat::tonnesUnit()),
                          tr("Gap (%1)").arg(NumberFormat::tonnesUnit()), tr("Gap (%)")},
                         tab);
    m_years->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto *side = new QVBoxLayout;
    side->addWidget(m_years);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(m_chart, 1);
    layout->addLayout(side, 0);
    return tab;
}

QWidget *MonitoringPage::buildMeasuresTab()
{
    auto *tab = new QWidget;
    m_measuresModel = new MeasureTrackModel(this);
    m_measuresView = new QTableView(tab);
    m_measuresView->setObjectName(QStringLiteral("measureTrackView"));
    m_measuresView->setModel(m_measuresModel);
    m_measuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_measuresView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_measuresView->verticalHeader()->hide();
    m_measuresView->setWordWrap(false);
    m_measuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_measuresView->horizontalHeader()->setSectionResizeMode(MeasureTrackModel::Name,
                                                             QHeaderView::Stretch);

    m_progressBox = new QGroupBox(tab);
    m_progressBox->setObjectName(QStringLiteral("progressGroupBox"));
    m_progressMeasure = new QLabel(m_progressBox);
    m_progressMeasure->setObjectName(QStringLiteral("progressMeasureLabel"));
    m_progressMeasure->setWordWrap(true);
    m_adoption = new QDoubleSpinBox(m_progressBox);
    m_adoption->setObjectName(QStringLiteral("progressAdoptionSpinBox"));
    m_adoption->setDecimals(3);
    m_adoption->setRange(0, 1e9);
    m_adoptionUnit = new QLabel(m_progressBox);
    m_adoptionUnit->setObjectName(QStringLiteral("progressUnitLabel"));
    m_status = new QComboBox(m_progressBox);
    m_status->setObjectName(QStringLiteral("progressStatusComboBox"));
    for (ProgressStatus s :
         {ProgressStatus::NotStarted, ProgressStatus::Planning, ProgressStatus::Implementing,
          ProgressStatus::Completed, ProgressStatus::Paused, ProgressStatus::Cancelled})
        m_status->addItem(progressStatusName(s), int(s));
    m_reportProgress = new QPushButton(tr("Report progress"), m_progressBox);
    m_reportProgress->setObjectName(QStringLiteral("reportProgressButton"));
    // One line under the measure's name: the adoption with its unit, the status, the button.
    auto *entry = new QHBoxLayout;
    entry->addWidget(new QLabel(tr("Adoption reached:"), m_progressBox));
    entry->addWidget(m_adoption);
    entry->addWidget(m_adoptionUnit);
    entry->addSpacing(16);
    entry->addWidget(new QLabel(tr("Status:"), m_progressBox));
    entry->addWidget(m_status);
    entry->addStretch(1);
    entry->addWidget(m_reportProgress);
    m_progressDetails = new ProgressDetails(m_progressBox); // spending, a note, the updates
    auto *form = new QVBoxLayout(m_progressBox);
    form->addWidget(m_progressMeasure);
    form->addLayout(entry);
    form->addWidget(m_progressDetails);
    auto *importProgress = new QPushButton(tr("Import progress…"), tab);
    importProgress->setObjectName(QStringLiteral("importProgressButton"));
    connect(importProgress, &QPushButton::clicked, this, &MonitoringPage::askToImportProgress);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(importProgress, 0, Qt::AlignRight);
    layout->addWidget(m_measuresView, 1);
    layout->addWidget(m_progressBox);
    connect(m_measuresView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showProgressOf(current.row()); });
    connect(m_reportProgress, &QPushButton::clicked, this, &MonitoringPage::reportProgress);
    return tab;
}

QWidget *MonitoringPage::buildActualsTab()
{
    auto *tab = new QWidget;
    m_actualYear = new QComboBox(tab);
    m_actualYear->setObjectName(QStringLiteral("actualYearComboBox"));
    m_addYear = new QPushButton(tr("Add actual year…"), tab);
    m_addYear->setObjectName(QStringLiteral("addActualYearButton"));
    m_addYear->setToolTip(tr("A new year's inventory starts as a copy of the baseline's lines: "
                             "correct each amount to what was used that year."));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Year:"), tab));
    row->addWidget(m_actualYear);
    row->addWidget(m_addYear);
    row->addStretch(1);
    m_linesModel = new ActualLinesModel(m_document, this);
    m_linesView = new QTableView(tab);
    m_linesView->setObjectName(QStringLiteral("actualLinesView"));
    m_linesView->setModel(m_linesModel);
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->horizontalHeader()->setSectionResizeMode(ActualLinesModel::Line,
                                                          QHeaderView::Stretch);
    m_actualsBar = new ActualsImportBar(m_document, tab); // import a year, or sector totals
    row->insertWidget(3, m_actualsBar);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_actualsBar->sourceLabel());
    layout->addWidget(m_linesView, 1);
    connect(m_addYear, &QPushButton::clicked, this, &MonitoringPage::askForActualYear);
    connect(m_actualYear, &QComboBox::currentIndexChanged, this, [this]() {
        m_linesModel->setYear(m_actualYear->currentData().toInt());
        m_actualsBar->showYear(m_actualYear->currentData().toInt());
    });
    connect(m_actualsBar, &ActualsImportBar::yearEntered, this, &MonitoringPage::showActualYear);
    return tab;
}

QWidget *MonitoringPage::buildOutlookTab()
{
    auto *tab = new QWidget;
    m_decomposition = smallTable(QStringLiteral("decompositionTable"),
                                 {tr("Why emissions changed"), NumberFormat::tonnesUnit()}, tab);
    m_reforecast = smallTable(
        QStringLiteral("reforecastTable"),
        {tr("Re-forecast"), tr("Neutral from"), tr("Net in target year"), tr("Out of reach")}, tab);
    m_reforecast->horizontalHeader()->setStretchLastSection(true); // the measures' names
    m_reforecast->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_waterfall = new WaterfallChart(tab);
    m_waterfall->setObjectName(QStringLiteral("decompositionChart"));
    auto *why = new QVBoxLayout;
    why->addWidget(m_decomposition);
    why->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(why);
    top->addWidget(m_waterfall, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top, 1);
    layout->addWidget(m_reforecast);
    return tab;
}

void MonitoringPage::setAssessmentDate(const QDate &date)
{
    m_asOf = date;
    refresh();
}

QDate MonitoringPage::assessmentDate() const
{
    return m_asOf.isValid() ? m_asOf : QDate::currentDate();
}

void MonitoringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MonitoringPage::onResultsUpdated()
{
    // Hidden pages only take note; showEvent draws them when they are next looked at.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void MonitoringPage::refresh()
{
    m_stale = false;
    const Plan &plan = m_document->plan();
    const AdoptedPlan *adopted = plan.monitoring.adopted();
    m_adopt->setEnabled(m_results->currentScenario() >= 0);
    m_run.reset();
    QString error;
    if (adopted)
        m_run = MonitoringRun::of(plan, m_results->library(), assessmentDate(), 0, &error);
    const bool shown = adopted && m_run;
    m_header->setText(adopted ? MonitoringText::adoptedText(adopted->label, adopted->date)
                              : tr("Not adopted yet"));
    m_header->setToolTip(
        adopted ? tr("Scenario adopted: %1").arg(DefaultNames::scenario(adopted->scenario().name))
                : QString());
    m_explanation->setText(adopted && !m_run ? error : explanation());
    m_explanation->setVisible(!shown);
    m_headline->setVisible(shown);
    // Before adoption only the committee's indicators: they may be set, with their plan
    // values, before anything is adopted.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabVisible(i, shown || m_tabs->widget(i) == m_indicatorsTab);
    if (!shown) {
        m_measuresModel->setTracking(nullptr, std::nullopt);
        return;
    }
    m_headline->setText(MonitoringText::headline(*m_run));
    m_chart->setData(*adopted, *m_run, m_results->result());
    refreshYears();

    const QString keep = m_selectedMeasure;
    m_measuresModel->setTracking(adopted->plan.get(), m_run->tracking);
    int row = -1;
    for (int i = 0; i < m_measuresModel->rowCount(); ++i) {
        if (m_measuresModel->track(i)->measure == keep)
            row = i;
    }
    if (row < 0 && m_measuresModel->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_measuresView->setCurrentIndex(m_measuresModel->index(row, 0));
    showProgressOf(row);
    refreshActualYears();
    refreshOutlook();
}

void MonitoringPage::refreshYears()
{
    m_years->setRowCount(int(m_run->years.size()));
    for (int i = 0; i < int(m_run->years.size()); ++i) {
        const MonitoredYear &y = m_run->years[size_t(i)];
        const std::optional<double> share = y.gapShare();
        setCell(m_years, i, 0, NumberFormat::year(y.year), false);
        setCell(m_years, i, 1, NumberFormat::number(y.planned, 1));
        setCell(m_years, i, 2, NumberFormat::number(y.actual, 1));
        setCell(m_years, i, 3, NumberFormat::number(y.gap(), 1));
        setCell(m_years, i, 4, share ? NumberFormat::percent(*share, 1) : tr("—"));
    }
}

void MonitoringPage::refreshActualYears()
{
    const int shown = m_actualYear->currentData().toInt();
    QSignalBlocker block(m_actualYear);
    m_actualYear->clear();
    int index = -1;
    for (const ActualInventory &a : m_document->plan().monitoring.actuals) {
        m_actualYear->addItem(NumberFormat::year(a.year), a.year);
        if (a.year == shown)
            index = m_actualYear->count() - 1;
    }
    if (index < 0)
        index = m_actualYear->count() - 1; // the latest
    m_actualYear->setCurrentIndex(index);
    m_linesModel->setYear(m_actualYear->currentData().toInt());
    m_actualsBar->showYear(m_actualYear->currentData().toInt());
}

void MonitoringPage::refreshOutlook()
{
    const Plan *adopted = m_document->plan().monitoring.adopted()->plan.get();
    m_decomposition->setRowCount(0);
    m_waterfall->setSteps({});
    if (const std::optional<ChangeDecomposition> &d = m_run->decomposition) {
        m_decomposition->setHorizontalHeaderLabels(
            {tr("Why emissions changed, %1 to %2")
                 .arg(NumberFormat::year(d->firstYear), NumberFormat::year(d->lastYear)),
             NumberFormat::tonnesUnit()});
        const QList<QPair<QString, double>> rows = {
            {tr("Population and households"), d->drivers},
            {tr("Weather (heating degree days)"), d->weather},
            {tr("Emission factors (grid, fuels)"), d->emissionFactor},
            {tr("Measures"), d->measures},
            {tr("Other (behaviour, economy, data)"), d->residual},
            {tr("Change"), d->change()}};
        m_decomposition->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            setCell(m_decomposition, i, 0, rows.at(i).first, false);
            setCell(m_decomposition, i, 1, NumberFormat::number(rows.at(i).second, 1));
        }
        QList<WaterfallStep> steps{
            {tr("Emissions %1").arg(NumberFormat::year(d->firstYear)), d->first, true}};
        for (int i = 0; i + 1 < rows.size(); ++i)
            steps.append({rows.at(i).first, rows.at(i).second, false});
        steps.append({tr("Emissions %1").arg(NumberFormat::year(d->lastYear)), d->last, true});
        m_waterfall->setSteps(steps);
        // The change is the sum of the rows above it.
        for (int column = 0; column < 2; ++column) {
            QFont font = m_decomposition->item(int(rows.size()) - 1, column)->font();
            font.setBold(true);
            m_decomposition->item(int(rows.size()) - 1, column)->setFont(font);
        }
    }
    m_reforecast->setRowCount(0);
    if (const std::optional<Reforecast> &r = m_run->reforecast) {
        m_reforecast->setHorizontalHeaderLabels(
            {tr("Re-forecast from %1").arg(NumberFormat::year(r->fromYear)), tr("Neutral from"),
             tr("Net in %1 (%2)")
                 .arg(NumberFormat::year(m_run->targetYear), NumberFormat::tonnesUnit()),
             tr("Out of reach")});
        m_reforecast->setRowCount(int(r->paths.size()));
        for (int i = 0; i < int(r->paths.size()); ++i) {
            const ReforecastPath &p = r->paths[size_t(i)];
            QStringList names;
            for (const QString &id : p.unreachable) {
                const Measure *m = adopted ? adopted->findMeasure(id) : nullptr;
                names << (m ? MeasureCatalogue::displayName(*m) : id);
            }
            setCell(m_reforecast, i, 0, reforecastVariantName(p.variant), false);
            setCell(m_reforecast, i, 1,
                    p.neutralFrom ? NumberFormat::year(*p.neutralFrom) : tr("not reached"));
            setCell(m_reforecast, i, 2, NumberFormat::number(p.remainingGap, 1));
            setCell(m_reforecast, i, 3, names.join(tr(", ")), false);
        }
    }
}

} // namespace zeroplan
