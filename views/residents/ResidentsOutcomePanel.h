#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace zeroplan {

class FundingChart;
class HouseholdCardBox;
class LiveResults;
class PayerChart;
class PlanDocument;

// What the plan means for residents, for one scenario (docs/residents.md): the typical
// household's card, a row per measure that reaches households, who pays and who saves
// (PayerChart) and the funding plan with its shortfall years (FundingChart). The scenario is
// the window's current one: choosing another here chooses it there, and the other way round.
// Follows LiveResults; redraws only while visible.
// Object names: residentsOutcomePanel, residentsScenarioComboBox, householdCardBox,
// residentsMeasureTable, payerChart, fundingChart, shortfallLabel, residentsNoteLabel.
class ResidentsOutcomePanel : public QWidget
{
    Q_OBJECT

public:
    ResidentsOutcomePanel(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    HouseholdCardBox *cardBox() const { return m_card; }
    PayerChart *payerChart() const { return m_payers; }
    FundingChart *fundingChart() const { return m_funding; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onUpdated();
    void refreshScenarios();
    void refresh();

    PlanDocument *m_document;
    LiveResults *m_results;
    QComboBox *m_scenarioComboBox;
    QLabel *m_note;
    HouseholdCardBox *m_card;
    QTableWidget *m_table;
    PayerChart *m_payers;
    FundingChart *m_funding;
    QLabel *m_shortfall;
    bool m_stale = false; // results changed while the panel was hidden
};

} // namespace zeroplan
