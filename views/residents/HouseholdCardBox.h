#pragma once

#include <QGroupBox>

class QLabel;

namespace zeroplan {

struct HouseholdCard;
struct Residents;

// The typical household of a scenario at a glance (docs/residents.md, "Household card"): the
// households reached, what one pays up front and the subsidy it receives, how its yearly bill
// changes, when it is paid back and whether it can afford it — never "fine" when the plan
// gives no income or threshold to judge by.
// Object names of the figures: householdsFigure, upfrontFigure, subsidyFigure,
// billChangeFigure, paybackFigure, affordabilityFigure.
class HouseholdCardBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit HouseholdCardBox(QWidget *parent = nullptr);
    void setCard(const HouseholdCard &card, const Residents &residents, const QString &currency,
                 int horizonEnd);
    void clear();

private:
    QLabel *addFigure(const char *objectName, const QString &caption, const QString &howComputed);

    QLabel *m_households;
    QLabel *m_upfront;
    QLabel *m_subsidy;
    QLabel *m_billChange;
    QLabel *m_payback;
    QLabel *m_affordability;
};

} // namespace zeroplan
