// PlanValidation: who pays and what households see (docs/residents.md) — each measure's payer
// split (shares of at least 0 that add up to 100 %), the households it reaches, the median
// income and affordability threshold, and the funding sources.
#include "PlanValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"

#include <cmath>

namespace zeroplan {
namespace {

// How far a list of shares may be from 100 % (rounding in a hand-written file).
constexpr double kShareTolerance = 1e-6;

// The translated name of one of a split's share lists, for messages.
QString shareListName(const char *key)
{
    if (qstrcmp(key, "capex") == 0 || qstrcmp(key, "capex_amounts") == 0)
        return PlanJson::tr("investment");
    if (qstrcmp(key, "opex") == 0 || qstrcmp(key, "opex_amounts") == 0)
        return PlanJson::tr("running cost");
    return PlanJson::tr("bill savings");
}

} // namespace

void PlanValidation::checkResidents()
{
    const Residents &r = m_plan.residents;
    QHash<QString, QString> measures;
    for (qsizetype i = 0; i < r.splits.size(); ++i)
        checkPayerSplit(r.splits[i], jsonPointer(QStringLiteral("/residents/splits"), i), measures);

    QHash<QString, QString> years;
    for (qsizetype i = 0; i < r.medianIncome.size(); ++i) {
        const YearAmount &a = r.medianIncome[i];
        const QString path = jsonPointer(QStringLiteral("/residents/median_income"), i);
        checkUnique(m_report, years, QString::number(a.year), at(path, "year"));
        if (!(a.amount > 0) || !std::isfinite(a.amount)) {
            m_report.error(at(path, "amount"),
                           PlanJson::tr("the median household income of %1 is %2; it must be "
                                        "above 0")
                               .arg(a.year)
                               .arg(ProblemReport::number(a.amount)));
        }
    }
    if (!r.medianIncome.isEmpty() && r.incomeSource.trimmed().isEmpty()) {
        m_report.warning(QStringLiteral("/residents/income_source"),
                         PlanJson::tr("the median household income has no source"));
    }
    if (r.affordabilityShare) {
        const QString path = QStringLiteral("/residents/affordability_share");
        if (!(*r.affordabilityShare > 0 && *r.affordabilityShare <= 1)) {
            m_report.error(path, PlanJson::tr("the affordability threshold %1 is outside 0–1 "
                                              "(0.1 means 10 % of the median income)")
                                     .arg(ProblemReport::number(*r.affordabilityShare)));
        } else if (r.medianIncome.isEmpty()) {
            m_report.warning(path, PlanJson::tr("the affordability threshold needs the median "
                                                "household income; no household is flagged "
                                                "without it"));
        }
        if (r.affordabilitySource.trimmed().isEmpty()) {
            m_report.warning(QStringLiteral("/residents/affordability_source"),
                             PlanJson::tr("the affordability threshold has no source"));
        }
    }
    for (qsizetype i = 0; i < r.funding.size(); ++i)
        checkFundingSource(r.funding[i], jsonPointer(QStringLiteral("/residents/funding"), i));
}

void PlanValidation::checkPayerSplit(const PayerSplit &split, const QString &path,
                                     QHash<QString, QString> &seen)
{
    const Measure *measure = m_plan.findMeasure(split.measure);
    if (!measure) {
        m_report.warning(at(path, "measure"),
                         PlanJson::tr("the payer split is for measure \"%1\", which the plan "
                                      "does not have; it is ignored")
                             .arg(split.measure));
        return;
    }
    checkUnique(m_report, seen, split.measure, at(path, "measure"));
    const QString name = measure->name.isEmpty() ? measure->id : measure->name;
    for (const auto &[shares, key] :
         {std::pair{&split.capex, "capex"}, std::pair{&split.opex, "opex"},
          std::pair{&split.savings, "savings"}}) {
        double sum = 0;
        bool valid = true;
        for (const PartyShare &s : *shares) {
            if (!ProblemReport::inRange(s.share, 0, 1)) {
                m_report.error(jsonPointer(at(path, key), partyId(s.party)),
                               PlanJson::tr("measure \"%1\": the %2 share of %3 is %4; a share "
                                            "is from 0 to 1 (0.3 means 30 %)")
                                   .arg(name, shareListName(key), partyName(s.party),
                                        ProblemReport::number(s.share)));
                valid = false;
            }
            sum += s.share;
        }
        if (valid && !shares->isEmpty() && std::abs(sum - 1) > kShareTolerance) {
            m_report.error(at(path, key),
                           PlanJson::tr("measure \"%1\": the %2 shares add up to %3 %; they must "
                                        "add up to 100 %")
                               .arg(name, shareListName(key),
                                    ProblemReport::number(std::round(sum * 10000) / 100)));
        }
    }
    for (const auto &[list, key] : {std::pair{&split.capexAmounts, "capex_amounts"},
                                    std::pair{&split.opexAmounts, "opex_amounts"}}) {
        for (const PartyAmounts &pa : *list) {
            checkYearAmounts(pa.amounts, jsonPointer(at(path, key), partyId(pa.party)),
                             PlanJson::tr("measure \"%1\": the fixed %2 of %3")
                                 .arg(name, shareListName(key), partyName(pa.party)));
        }
    }
    if (split.households && split.householdShare) {
        m_report.error(path, PlanJson::tr("measure \"%1\": give either households or "
                                          "household_share, not both")
                                 .arg(name));
    }
    if (split.households && !(*split.households > 0 && std::isfinite(*split.households))) {
        m_report.error(at(path, "households"),
                       PlanJson::tr("measure \"%1\": the households it reaches must be more than "
                                    "0; this is %2")
                           .arg(name, ProblemReport::number(*split.households)));
    }
    if (split.householdShare && !(*split.householdShare > 0 && *split.householdShare <= 1)) {
        m_report.error(at(path, "household_share"),
                       PlanJson::tr("measure \"%1\": the share of households %2 is outside 0–1 "
                                    "(0.5 means half of the community's households)")
                           .arg(name, ProblemReport::number(*split.householdShare)));
    }
}

void PlanValidation::checkFundingSource(const FundingSource &source, const QString &path)
{
    if (source.name.trimmed().isEmpty())
        m_report.error(at(path, "name"), PlanJson::tr("the funding source has no name"));
    checkPrintable(m_report, source.name, at(path, "name"));
    checkYearAmounts(source.amounts, at(path, "amounts"),
                     PlanJson::tr("funding source \"%1\"").arg(source.name));
}

// A list of amounts per year (a funding source's, a payer's fixed amounts): each year once,
// within the horizon, each amount at least 0; `owner` names whose amounts they are.
void PlanValidation::checkYearAmounts(const QList<YearAmount> &amounts, const QString &path,
                                      const QString &owner)
{
    QHash<QString, QString> years;
    for (qsizetype j = 0; j < amounts.size(); ++j) {
        const YearAmount &a = amounts[j];
        const QString amountPath = jsonPointer(path, j);
        if (!inHorizon(a.year)) {
            m_report.error(at(amountPath, "year"),
                           outsideHorizon(PlanJson::tr("%1: year").arg(owner), a.year));
        } else {
            checkUnique(m_report, years, QString::number(a.year), at(amountPath, "year"));
        }
        if (!ProblemReport::isNonNegative(a.amount)) {
            m_report.error(at(amountPath, "amount"),
                           PlanJson::tr("%1: the amount of %2 is %3; it must be at least 0")
                               .arg(owner)
                               .arg(a.year)
                               .arg(ProblemReport::number(a.amount)));
        }
    }
}

} // namespace zeroplan
