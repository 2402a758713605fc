#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace zeroplan {

class LiveResults;

// The key figures (common/KeyFigures) of the scenario chosen in the strip, always in view.
class KeyFigureStrip : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigureStrip(LiveResults *results, QWidget *parent = nullptr);

private:
    QLabel *addFigure(const char *objectName, const QString &caption);
    void refresh();
    void refreshScenarios();

    LiveResults *m_results;
    QComboBox *m_scenarioComboBox = nullptr;
    QLabel *m_baseline = nullptr;
    QLabel *m_perResident = nullptr;
    QLabel *m_perHousehold = nullptr;
    QLabel *m_interimCaption = nullptr;
    QLabel *m_interim = nullptr;
    QLabel *m_neutrality = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_costPerTonne = nullptr;
    QLabel *m_neutralityCaption = nullptr;
};

} // namespace zeroplan
