#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace zeroplan {

class LiveResults;

// The key figures (present/KeyFigures) of the scenario chosen in the strip, always in view.
// The figures sit in one row, or in two when one row is wider than the window (English
// figures such as "1.97 tCO₂e/household/yr" made the window wider than a 1366-pixel screen).
class KeyFigureStrip : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigureStrip(LiveResults *results, QWidget *parent = nullptr);

    int rows() const { return m_rows; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int rows);
    int oneRowWidth() const;
    void fitRows();
    // A figure's box: its caption above its value, both with `howComputed` as their tool tip.
    QLabel *addFigure(const char *objectName, const QString &caption, const QString &howComputed);
    void refresh();
    void refreshScenarios();

    LiveResults *m_results;
    QWidget *m_figures = nullptr; // the figures' boxes, in m_grid
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_boxes;
    int m_rows = 1;
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
