#include "HouseholdCardBox.h"

#include "plan/Residents.h"
#include "present/NumberFormat.h"
#include "present/ResidentsText.h"
#include "residents/HouseholdCard.h"

#include <QFormLayout>
#include <QLabel>

namespace zeroplan {

HouseholdCardBox::HouseholdCardBox(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("householdCardBox"));
    setTitle(tr("A typical household"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_households =
        addFigure("householdsFigure", tr("Households reached"),
                  tr("The households of the measure that reaches most; each measure reaches "
                     "the households its split gives, or every household of the community"));
    m_upfront = addFigure("upfrontFigure", tr("Pays up front"),
                          tr("The residents' share of the investment in the first purchase "
                             "cycle of every measure, per household reached"));
    m_subsidy = addFigure("subsidyFigure", tr("Subsidy received"),
                          tr("The government's share of the investment in the same years, per "
                             "household reached"));
    m_billChange = addFigure("billChangeFigure", tr("Yearly bill change"),
                             tr("The residents' running cost less their bill savings, per "
                                "household, in the first year every measure is fully adopted; "
                                "a minus sign: the bill falls"));
    m_payback = addFigure("paybackFigure", tr("Paid back after"),
                          tr("From the first year a household pays until its savings have "
                             "covered what it paid, for good"));
    m_affordability = addFigure("affordabilityFigure", tr("Affordability"),
                                tr("Years in which a household's outlay is above the plan's "
                                   "threshold share of the median income"));
    clear();
}

QLabel *HouseholdCardBox::addFigure(const char *objectName, const QString &caption,
                                    const QString &howComputed)
{
    auto *value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    QFont font = value->font();
    font.setBold(true);
    value->setFont(font);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(howComputed);
    auto *label = new QLabel(caption, this);
    label->setToolTip(howComputed);
    static_cast<QFormLayout *>(layout())->addRow(label, value);
    return value;
}

void HouseholdCardBox::setCard(const HouseholdCard &card, const Residents &residents,
                               const QString &currency, int horizonEnd)
{
    m_households->setText(NumberFormat::number(card.households));
    m_upfront->setText(NumberFormat::money(card.upfront, currency));
    m_subsidy->setText(NumberFormat::money(card.subsidy, currency));
    m_billChange->setText(tr("%1 (in %2)")
                              .arg(ResidentsText::billChange(card.yearlyBillChange, currency),
                                   NumberFormat::year(card.billYear)));
    m_payback->setText(ResidentsText::payback(card, horizonEnd));
    m_affordability->setText(ResidentsText::affordability(card, residents));
}

void HouseholdCardBox::clear()
{
    for (QLabel *label :
         {m_households, m_upfront, m_subsidy, m_billChange, m_payback, m_affordability})
        label->setText(tr("—"));
}

} // namespace zeroplan
