#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace zeroplan {

class IndicatorChart;
class IndicatorListModel;
class IndicatorValuesModel;
class PlanDocument;

// The Monitoring page's Indicators tab (docs/monitoring.md, "Indicators"): the committee's own
// yearly series in a list (name, unit, latest actual against plan, source), the years of the
// one chosen in an editable table with its chart, and buttons to add or remove an indicator
// or a year. Every entry is one undo step (IndicatorEdits); one refused says why under the
// list, naming the field.
class IndicatorsTab : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorsTab(PlanDocument *document, QWidget *parent = nullptr);

    IndicatorListModel *listModel() const { return m_listModel; }
    IndicatorValuesModel *valuesModel() const { return m_valuesModel; }
    IndicatorChart *chart() const { return m_chart; }
    QString selectedIndicator() const { return m_selected; }
    QString message() const; // the last refusal ("" when none)

    // What the buttons do once their dialog is answered; false (and the reason shown) when
    // refused.
    bool addIndicator(const QString &name, const QString &unit, const QString &source);
    bool addYear(int year);
    void selectIndicator(const QString &id);

private:
    void refresh();
    void showIndicator(int row);
    void askForIndicator();
    void removeIndicator();
    void removeYear();
    void say(const QString &message);

    PlanDocument *m_document;
    IndicatorListModel *m_listModel = nullptr;
    IndicatorValuesModel *m_valuesModel = nullptr;
    QTableView *m_list = nullptr;
    QTableView *m_values = nullptr;
    IndicatorChart *m_chart = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_year = nullptr;
    QPushButton *m_addYear = nullptr;
    QPushButton *m_removeYear = nullptr;
    QString m_selected; // the indicator shown, kept across refreshes
};

} // namespace zeroplan
