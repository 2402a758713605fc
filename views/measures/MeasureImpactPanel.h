#pragma once

#include <QString>
#include <QWidget>
#include <optional>

class QLabel;

namespace zeroplan {

class LiveResults;
class RampChart;
struct MeasureResult;

// Beside the measure form: what the measure does on its own at full adoption (the engine run
// with a scenario of this one measure at level 1), its levelised cost per tonne, what it does
// in the current scenario, and its adoption ramp. A carbon-credit purchase abates nothing: for
// it the panel shows the credits bought (an offset) and the price per credit instead.
// Object names: fullAdoptionLabel, costPerTonneLabel, scenarioImpactLabel, rampChart.
class MeasureImpactPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureImpactPanel(LiveResults *results, QWidget *parent = nullptr);

    void setMeasure(const QString &measureId); // then refresh() when shown
    void refresh();

    // The figures the labels show (tCO₂e): abatement in the horizon's last year and summed
    // over the horizon, at full adoption on its own; nothing when no measure is shown.
    std::optional<double> lastYearAbatement() const { return m_lastYear; }
    std::optional<double> horizonAbatement() const { return m_horizon; }
    std::optional<double> costPerTonne() const { return m_costPerTonne; }
    // For a carbon-credit purchase instead (then the three above are empty): tCO₂e of credits
    // bought in the horizon's last year and over the horizon, and the levelised price per
    // credit (present cost ÷ present credits, plan currency per tCO₂e).
    std::optional<double> lastYearCredits() const { return m_lastYearCredits; }
    std::optional<double> horizonCredits() const { return m_horizonCredits; }
    std::optional<double> pricePerCredit() const { return m_pricePerCredit; }

private:
    void clear();
    void showFullAdoption();
    void showCredits(const MeasureResult &m);
    void showInScenario();
    void showRamp();

    LiveResults *m_results;
    QString m_measureId;
    QLabel *m_fullAdoption;
    QLabel *m_cost;
    QLabel *m_inScenario;
    RampChart *m_ramp;
    std::optional<double> m_lastYear;
    std::optional<double> m_horizon;
    std::optional<double> m_costPerTonne;
    std::optional<double> m_lastYearCredits;
    std::optional<double> m_horizonCredits;
    std::optional<double> m_pricePerCredit;
};

} // namespace zeroplan
