#include "CostsPage.h"

#include "MeasureCostSortModel.h"
#include "PlanDocument.h"
#include "charts/MaccChart.h"
#include "charts/MeasureColours.h"
#include "present/LiveResults.h"
#include "present/MeasureCostModel.h"
#include "present/NumberFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

CostsPage::CostsPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results),
      m_model(new MeasureCostModel(this)), m_sortModel(new MeasureCostSortModel(this)),
      m_chart(new MaccChart), m_table(new QTableView), m_summary(new QLabel), m_empty(new QLabel),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("costsPage"));
    m_chart->setObjectName(QStringLiteral("maccChart"));
    m_sortModel->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("measureCostView"));
    m_table->setModel(m_sortModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MeasureCostModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("costsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("costsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_table);
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // scaled to the height: the chart gets three fifths
    m_chart->setMinimumHeight(240);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(results, &LiveResults::updated, this, &CostsPage::onUpdated);
    refresh();
}

void CostsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CostsPage::onUpdated()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void CostsPage::refresh()
{
    m_stale = false;
    const ScenarioResult *result = m_results->currentResult();
    const QString currency = m_document->plan().community.currency;
    m_model->setScenario(result, currency);
    if (!result || result->measures.empty()) {
        m_empty->setText(result ? tr("The scenario \"%1\" has no measures yet. Add measures on "
                                     "the Measures page and include them in the scenario to "
                                     "see what they cost.")
                                      .arg(result->name)
                                : tr("The plan has no scenario yet. Add one on the Scenarios "
                                     "page to see what its measures cost."));
        m_stack->setCurrentWidget(m_empty);
        m_chart->setPoints({}, currency);
        return;
    }
    m_chart->setPoints(result->macc(), currency, result->creditPoints(),
                       MeasureColours(m_document->plan()));
    m_summary->setText(summary());
    m_stack->setCurrentIndex(0);
}

QString CostsPage::summary() const
{
    const ScenarioResult &r = *m_results->currentResult();
    const Community &c = m_document->plan().community;
    const QString rate = NumberFormat::percent(c.discountRate, 1);
    const QString cost = NumberFormat::money(r.presentCost, c.currency);
    QString text =
        r.costPerTonne
            ? tr("Present cost of \"%1\": %2 at a %3 discount rate. The measures that abate "
                 "cost %4, %5 per tonne abated on average.")
                  .arg(r.name, cost, rate, NumberFormat::money(r.presentAbatementCost, c.currency),
                       NumberFormat::moneyPerTonne(*r.costPerTonne, c.currency))
            : tr("Present cost of \"%1\": %2 at a %3 discount rate; its measures abate nothing.")
                  .arg(r.name, cost, rate);
    // Credits apart: they offset on paper and never lower the cost per tonne abated.
    if (r.creditedTotal > 0) {
        text += QLatin1Char(' ') +
                tr("Carbon credits bought, not abatement: %1 for %2 (%3 per credit).")
                    .arg(NumberFormat::money(r.presentCreditCost, c.currency),
                         NumberFormat::tonnes(r.creditedTotal),
                         r.costPerCredit ? NumberFormat::moneyPerTonne(*r.costPerCredit, c.currency)
                                         : tr("—"));
    }
    return text;
}

} // namespace zeroplan
