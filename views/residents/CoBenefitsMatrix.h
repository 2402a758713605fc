#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace zeroplan {

class LiveResults;
class PlanDocument;

// What the current scenario's measures do besides carbon, as a CURB-style matrix: one row per
// measure of the scenario (all the plan's measures when it has no scenario), one column per
// co-benefit dimension, ✓ better, – no effect, ✗ worse, ? not assessed; the note, the source
// and any figure show as the cell's tooltip. Read-only: ratings are edited in the measure
// form. Follows the plan and the current scenario (LiveResults::updated,
// currentScenarioChanged). Object names: coBenefitsMatrix, coBenefitsTitleLabel,
// coBenefitsTable, coBenefitsLegendLabel.
class CoBenefitsMatrix : public QWidget
{
    Q_OBJECT

public:
    CoBenefitsMatrix(PlanDocument *document, LiveResults *live, QWidget *parent = nullptr);

    void refresh(); // rebuilds the matrix from the plan and the current scenario

private:
    PlanDocument *m_document;
    LiveResults *m_live;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_legend;
};

} // namespace zeroplan
