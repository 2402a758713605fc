#include "ResidentsOutcomePanel.h"

#include "HouseholdCardBox.h"
#include "PlanDocument.h"
#include "charts/FundingChart.h"
#include "charts/PayerChart.h"
#include "plan/DefaultNames.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/ResidentsText.h"
#include "residents/ResidentsRun.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {

ResidentsOutcomePanel::ResidentsOutcomePanel(PlanDocument *document, LiveResults *results,
                                             QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results), m_scenarioComboBox(new QComboBox),
      m_note(new QLabel), m_card(new HouseholdCardBox), m_table(new QTableWidget),
      m_payers(new PayerChart), m_funding(new FundingChart), m_shortfall(new QLabel)
{
    setObjectName(QStringLiteral("residentsOutcomePanel"));
    m_scenarioComboBox->setObjectName(QStringLiteral("residentsScenarioComboBox"));
    m_note->setObjectName(QStringLiteral("residentsNoteLabel"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("residentsMeasureTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_payers->setObjectName(QStringLiteral("payerChart"));
    m_funding->setObjectName(QStringLiteral("fundingChart"));
    m_payers->setMinimumHeight(180); // the page fits a 1366×768 laptop (TestMainWindow)
    m_funding->setMinimumHeight(180);
    m_shortfall->setObjectName(QStringLiteral("shortfallLabel"));
    m_shortfall->setWordWrap(true);
    m_shortfall->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chooser = new QFormLayout;
    chooser->addRow(tr("Scenario:"), m_scenarioComboBox);
    auto *top = new QWidget;
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    left->addLayout(chooser);
    left->addWidget(m_card);
    left->addStretch(1);
    topLayout->addLayout(left, 2);
    topLayout->addWidget(m_table, 5);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QGridLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_payers, 0, 0);
    bottomLayout->addWidget(m_funding, 0, 1);
    bottomLayout->addWidget(m_shortfall, 1, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(results, &LiveResults::updated, this, &ResidentsOutcomePanel::onUpdated);
    connect(m_scenarioComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_results->setCurrentScenario(index);
    });
    connect(results, &LiveResults::currentScenarioChanged, this, [this] {
        refreshScenarios();
        onUpdated();
    });
    refreshScenarios();
    refresh();
}

void ResidentsOutcomePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ResidentsOutcomePanel::onUpdated()
{
    refreshScenarios(); // cheap: the chooser follows even while hidden
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ResidentsOutcomePanel::refreshScenarios()
{
    QStringList names;
    for (const Scenario &s : m_document->plan().scenarios)
        names.append(DefaultNames::scenario(s.name));
    QStringList shown;
    for (int i = 0; i < m_scenarioComboBox->count(); ++i)
        shown.append(m_scenarioComboBox->itemText(i));
    const QSignalBlocker blocker(m_scenarioComboBox);
    if (names != shown) {
        m_scenarioComboBox->clear();
        m_scenarioComboBox->addItems(names);
    }
    m_scenarioComboBox->setCurrentIndex(m_results->currentScenario());
    m_scenarioComboBox->setEnabled(!names.isEmpty());
}

void ResidentsOutcomePanel::refresh()
{
    m_stale = false;
    const Plan &plan = m_document->plan();
    const QString currency = plan.community.currency;
    const ScenarioResult *result = m_results->currentResult();
    if (!result) {
        m_note->setText(tr("The plan has no scenario yet. Add one on the Scenarios page to see "
                           "what it means for residents."));
        m_note->setVisible(true);
        m_card->clear();
        m_table->clear();
        m_table->setRowCount(0);
        m_payers->setTable({}, plan.community.baseYear, plan.community.horizonEnd, currency);
        m_funding->setPlan({}, plan.community.baseYear, currency);
        m_shortfall->clear();
        return;
    }
    m_note->setText(
        plan.residents.isEmpty()
            ? tr("The plan does not say yet who pays: every measure's money is unassigned and "
                 "no household pays anything. Give each measure's payer split on the other tabs "
                 "of this page.")
            : QString());
    m_note->setVisible(plan.residents.isEmpty());
    const ResidentsRun run = ResidentsRun::of(plan, *result);
    const int horizonEnd = result->firstYear + int(result->gross.size()) - 1;
    m_card->setCard(run.household, plan.residents, currency, horizonEnd);

    const QStringList header = ResidentsText::measureHeader();
    const QList<QStringList> rows = ResidentsText::measureRows(run, *result, currency, horizonEnd);
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0 && c < 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }

    m_payers->setTable(run.total, result->firstYear, horizonEnd, currency);
    m_funding->setPlan(run.funding, result->firstYear, currency);
    m_shortfall->setText(
        run.funding.shortfallYears.isEmpty()
            ? tr("No shortfall: the funding sources cover what the parties "
                 "that need them spend in every year.")
            : tr("Shortfall in %1: %2 in all.")
                  .arg(ResidentsText::years(run.funding.shortfallYears),
                       NumberFormat::money(run.funding.shortfall.sum(), currency)));
}

} // namespace zeroplan
