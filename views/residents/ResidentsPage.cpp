#include "ResidentsPage.h"

#include "CoBenefitsMatrix.h"
#include "FundingTab.h"
#include "PayerSplitTab.h"
#include "ResidentsOutcomePanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace zeroplan {

ResidentsPage::ResidentsPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("residentsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("residentsTabs"));
    m_outcome = new ResidentsOutcomePanel(document, results, m_tabs);
    m_coBenefits = new CoBenefitsMatrix(document, results, m_tabs);
    m_payers = new PayerSplitTab(document, m_tabs);
    m_funding = new FundingTab(document, m_tabs);
    m_tabs->addTab(m_outcome, tr("Households and payers"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("What a typical household pays and saves, who pays how much, and "
                             "the funding plan against the spending."));
    m_tabs->addTab(m_coBenefits, tr("Co-benefits"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("What each measure of the scenario does besides carbon: air "
                             "quality, health, comfort, jobs, neighbourliness, bills."));
    m_tabs->addTab(m_payers, tr("Who pays"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("Who pays each measure's investment and running cost, and who "
                             "receives its bill savings."));
    m_tabs->addTab(m_funding, tr("Funding and income"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("The funding sources the plan counts on, the median household "
                             "income and the affordability threshold."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace zeroplan
