#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace zeroplan {

class PlanDocument;
class LiveResults;
class GridRegionField;
class InterimTargetsEditor;
class PricesEditor;
class PlanFieldEditors;
struct ChangeEvent;

// The community and its targets as a form: who and where, the years, the targets, money and
// growth. Every edit is a ChangeValue (typing in a field is one undo step); a value the plan
// would not accept is not pushed, and the field says why in a line under it. The plan's own
// problems about the community (LiveResults::problems()) are listed at the top.
// Object names: communityPage, titleEdit, preparedByEdit, communityNameEdit, regionEdit,
// gridRegionComboBox, gridFactorLabel, populationSpinBox, householdsSpinBox, areaSpinBox,
// communitySourceEdit, baseYearSpinBox, horizonEndSpinBox, neutralityCheckBox,
// neutralityYearSpinBox, interimTargetsView, addInterimTargetButton, removeInterimTargetButton,
// carbonBudgetCheckBox, carbonBudgetSpinBox, currencyComboBox, discountRateSpinBox,
// populationGrowthSpinBox, householdGrowthSpinBox, pricesView (PricesEditor),
// communityProblemLabel, the working groups and volunteers (WorkingGroupsEditor) and the
// activity calendar (ActivityCalendarEditor); messages under a
// field: gridRegionMessageLabel, baseYearMessageLabel, horizonEndMessageLabel,
// neutralityYearMessageLabel, currencyMessageLabel, interimTargetsMessageLabel.
class CommunityPage : public QWidget
{
    Q_OBJECT

public:
    CommunityPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    // Scrolls to the field of this object name and gives it the focus, for the Problems panel;
    // in a table (interimTargetsView) row `row` becomes current. False if there is no such field.
    bool showField(const QString &objectName, int row = -1);

private:
    QGroupBox *buildCommunityGroup();
    QGroupBox *buildTargetsGroup();
    QGroupBox *buildEconomicsGroup();
    QGroupBox *buildGrowthGroup();
    // The field's row, and under it a line for the reason an edit was refused (if named).
    void addRow(QFormLayout *form, const QString &label, QWidget *field,
                const char *messageName = nullptr, QWidget *messageFor = nullptr);
    QSpinBox *yearField(const char *name);
    void setMessage(QWidget *field, const QString &message);

    void editBaseYear(int year);
    void editHorizonEnd(int year);
    // `toggled`: the check box was clicked (its own undo step), else the year or amount typed.
    void editNeutralityYear(bool toggled);
    void editCarbonBudget(bool toggled);
    void editArea(double hectares);
    void editSource();
    void editCurrency(const QString &text);
    void finishCurrency();

    void onChanged(const ChangeEvent &event);
    void refresh();
    void refreshYears();
    void refreshTargets();
    void refreshProblems();

    PlanDocument *m_document;
    LiveResults *m_results;
    PlanFieldEditors *m_editors;
    QHash<QWidget *, QLabel *> m_messages;
    GridRegionField *m_gridRegion = nullptr;
    InterimTargetsEditor *m_interimTargets = nullptr;
    PricesEditor *m_prices = nullptr;
    QDoubleSpinBox *m_area = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QSpinBox *m_baseYear = nullptr;
    QSpinBox *m_horizonEnd = nullptr;
    QCheckBox *m_neutralityCheck = nullptr;
    QSpinBox *m_neutralityYear = nullptr;
    QCheckBox *m_budgetCheck = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace zeroplan
