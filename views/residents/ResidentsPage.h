#pragma once

#include <QWidget>

class QTabWidget;

namespace zeroplan {

class CoBenefitsMatrix;
class FundingTab;
class LiveResults;
class PayerSplitTab;
class PlanDocument;
class ResidentsOutcomePanel;

// The Residents page: who pays for each measure and what households see (docs/residents.md).
// Tabs: "Households and payers" (the household card, the payer and funding charts of the
// current scenario), "Co-benefits" (the scenario's measures × air quality, health, comfort,
// jobs, neighbourliness, bills), "Who pays" (each measure's payer split, households reached,
// presets) and "Funding and income" (funding sources and their amounts, median household income,
// affordability). Every edit is an undo step on the document; the results follow through
// LiveResults. Object names: residentsPage, residentsTabs, residentsOutcomePanel, coBenefitsMatrix,
// payerSplitTab, fundingTab.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    ResidentsPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ResidentsOutcomePanel *outcomePanel() const { return m_outcome; }
    CoBenefitsMatrix *coBenefits() const { return m_coBenefits; }
    PayerSplitTab *payerTab() const { return m_payers; }
    FundingTab *fundingTab() const { return m_funding; }

private:
    QTabWidget *m_tabs;
    ResidentsOutcomePanel *m_outcome;
    CoBenefitsMatrix *m_coBenefits;
    PayerSplitTab *m_payers;
    FundingTab *m_funding;
};

} // namespace zeroplan
