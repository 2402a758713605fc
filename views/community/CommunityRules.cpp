#include "CommunityRules.h"

#include "present/NumberFormat.h"

#include <QRegularExpression>

namespace zeroplan {

QString CommunityRules::horizon(const Plan &plan, int base, int end, const QString &field)
{
    if (end <= base) {
        return tr("%1: the horizon end (%2) must come after the base year (%3).")
            .arg(field, NumberFormat::year(end), NumberFormat::year(base));
    }
    if (end - base > kMaxHorizonYears) {
        const int length = end - base;
        return tr("%1: the horizon %2–%3 would be %4 years long; at most %5 are allowed.")
            .arg(field, NumberFormat::year(base), NumberFormat::year(end))
            .arg(length)
            .arg(kMaxHorizonYears);
    }
    const auto outside = [&](int year) { return year < base || year > end; };
    const std::optional<int> neutrality = plan.community.targets.neutralityYear;
    if (neutrality && outside(*neutrality)) {
        return tr("%1: the neutrality year %2 would fall outside the horizon %3–%4; change the "
                  "neutrality year first.")
            .arg(field, NumberFormat::year(*neutrality), NumberFormat::year(base),
                 NumberFormat::year(end));
    }
    for (const InterimTarget &t : plan.community.targets.interim) {
        if (outside(t.year)) {
            return tr("%1: the interim target for %2 would fall outside the horizon %3–%4; "
                      "change or remove it first.")
                .arg(field, NumberFormat::year(t.year), NumberFormat::year(base),
                     NumberFormat::year(end));
        }
    }
    return {};
}

QString CommunityRules::baseYear(const Plan &plan, int year)
{
    if (year < kEarliestBaseYear || year > kLatestBaseYear) {
        return tr("Base year: %1 is not plausible; enter a year from %2 to %3.")
            .arg(NumberFormat::year(year), NumberFormat::year(kEarliestBaseYear),
                 NumberFormat::year(kLatestBaseYear));
    }
    return horizon(plan, year, plan.community.horizonEnd, tr("Base year"));
}

QString CommunityRules::horizonEnd(const Plan &plan, int year)
{
    return horizon(plan, plan.community.baseYear, year, tr("Horizon end"));
}

QString CommunityRules::neutralityYear(const Plan &plan, std::optional<int> year)
{
    const Community &c = plan.community;
    if (year && (*year < c.baseYear || *year > c.horizonEnd)) {
        return tr("Neutrality year: %1 is outside the plan's horizon %2–%3.")
            .arg(NumberFormat::year(*year), NumberFormat::year(c.baseYear),
                 NumberFormat::year(c.horizonEnd));
    }
    return {};
}

QString CommunityRules::interimTarget(const Plan &plan, qsizetype row, const InterimTarget &target)
{
    const Community &c = plan.community;
    const QString field = tr("Interim target %1").arg(row + 1);
    if (target.year < c.baseYear || target.year > c.horizonEnd) {
        return tr("%1: the year %2 is outside the plan's horizon %3–%4.")
            .arg(field, NumberFormat::year(target.year), NumberFormat::year(c.baseYear),
                 NumberFormat::year(c.horizonEnd));
    }
    if (!(target.cut >= 0 && target.cut <= 1)) { // also refuses NaN
        return tr("%1: a cut of %2 is outside 0–100 %.")
            .arg(field, NumberFormat::percent(target.cut, 1));
    }
    const QList<InterimTarget> &interim = c.targets.interim;
    for (qsizetype i = 0; i < interim.size(); ++i) {
        if (i != row && interim[i].year == target.year) {
            return tr("%1: there is already a target for %2 (row %3).")
                .arg(field, NumberFormat::year(target.year))
                .arg(i + 1);
        }
    }
    return {};
}

QString CommunityRules::currency(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(code).hasMatch())
        return tr("Currency: enter a three-letter ISO 4217 code such as CNY, EUR or USD.");
    return {};
}

} // namespace zeroplan
