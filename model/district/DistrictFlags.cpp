#include "DistrictFlags.h"

#include "DistrictRollup.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <map>

namespace zeroplan {

namespace {

QString tonnes(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString sectorList(const QList<Sector> &sectors)
{
    QStringList names;
    for (const Sector s : sectors)
        names << sectorName(s);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString districtFlagKindId(DistrictFlagKind kind)
{
    switch (kind) {
    case DistrictFlagKind::OffTrack:
        return QStringLiteral("off_track");
    case DistrictFlagKind::MissesTarget:
        return QStringLiteral("misses_target");
    case DistrictFlagKind::StaleData:
        return QStringLiteral("stale_data");
    case DistrictFlagKind::MissingBaseline:
        return QStringLiteral("missing_baseline");
    case DistrictFlagKind::CostlyAbatement:
        return QStringLiteral("costly_abatement");
    case DistrictFlagKind::NoScenario:
        return QStringLiteral("no_scenario");
    case DistrictFlagKind::PartialYears:
        return QStringLiteral("partial_years");
    }
    return {};
}

std::optional<double> DistrictFlags::medianCostPerTonne(const std::vector<LeagueRow> &rows,
                                                        const QString &currency)
{
    std::vector<double> costs;
    for (const LeagueRow &r : rows) {
        if (r.costPerTonne && r.currency == currency)
            costs.push_back(*r.costPerTonne);
    }
    if (costs.empty())
        return std::nullopt;
    std::sort(costs.begin(), costs.end());
    const size_t n = costs.size();
    return n % 2 == 1 ? costs[n / 2] : (costs[n / 2 - 1] + costs[n / 2]) / 2.0;
}

std::vector<DistrictFlag> DistrictFlags::of(const DistrictRollup &rollup,
                                            const std::vector<LeagueRow> &rows,
                                            const DistrictFlagOptions &options)
{
    std::map<QString, std::optional<double>> medians; // per currency
    for (const LeagueRow &r : rows) {
        if (!medians.count(r.currency))
            medians[r.currency] = medianCostPerTonne(rows, r.currency);
    }
    std::vector<DistrictFlag> flags;
    for (const LeagueRow &r : rows) {
        const CommunityRun &run = rollup.community(r.index);
        const double atStake = std::max(0.0, r.targetNet);
        auto flag = [&](DistrictFlagKind kind, const QString &message) {
            flags.push_back({kind, r.index, r.name, atStake, message});
        };
        if (run.offTrack) {
            flag(DistrictFlagKind::OffTrack,
                 run.deliveredShare
                     ? QCoreApplication::translate(
                           "DistrictFlags",
                           "%1 is behind its adopted plan: %2 % of the planned abatement "
                           "delivered")
                           .arg(r.name, QLocale().toString(*run.deliveredShare * 100.0, 'f', 0))
                     : QCoreApplication::translate(
                           "DistrictFlags",
                           "%1 is behind its adopted plan: its emissions are above the "
                           "adopted pathway")
                           .arg(r.name));
        }
        if (run.noScenario) {
            flag(DistrictFlagKind::NoScenario,
                 QCoreApplication::translate(
                     "DistrictFlags",
                     "%1 has no scenario: only its business-as-usual emissions are counted")
                     .arg(r.name));
        }
        if (run.neutralityTarget &&
            (!r.neutralityYear || *r.neutralityYear > *run.neutralityTarget)) {
            flag(DistrictFlagKind::MissesTarget,
                 QCoreApplication::translate(
                     "DistrictFlags",
                     "%1 has no plan reaching neutrality by %2: %3 tCO2e still emitted that "
                     "year")
                     .arg(r.name)
                     .arg(*run.neutralityTarget)
                     .arg(tonnes(r.targetNet)));
        }
        if (r.latestDataYear < options.currentYear - options.staleYears) {
            flag(DistrictFlagKind::StaleData,
                 QCoreApplication::translate("DistrictFlags", "%1's latest data are of %2")
                     .arg(r.name)
                     .arg(r.latestDataYear));
        }
        if (!run.missingSectors.isEmpty()) {
            flag(DistrictFlagKind::MissingBaseline,
                 QCoreApplication::translate("DistrictFlags", "%1 has no baseline line for %2")
                     .arg(r.name, sectorList(run.missingSectors)));
        }
        const std::optional<double> median = medians[r.currency];
        if (r.costPerTonne && median && *median > 0 &&
            *r.costPerTonne > options.costFactor * *median) {
            flag(DistrictFlagKind::CostlyAbatement,
                 QCoreApplication::translate(
                     "DistrictFlags",
                     "%1 abates at %2 %3 per tonne, more than %4 times the district's median "
                     "(%5)")
                     .arg(r.name, QLocale().toString(*r.costPerTonne, 'f', 0), r.currency,
                          QLocale().toString(options.costFactor, 'g', 3),
                          QLocale().toString(*median, 'f', 0)));
        }
        if (rollup.coversPart(r.index)) {
            flag(
                DistrictFlagKind::PartialYears,
                QCoreApplication::translate(
                    "DistrictFlags",
                    "%1 plans %2–%3 only: in the district's other years it counts with its nearest "
                    "year")
                    .arg(r.name)
                    .arg(run.baseYear)
                    .arg(run.horizonEnd));
        }
    }
    std::stable_sort(flags.begin(), flags.end(), [](const DistrictFlag &a, const DistrictFlag &b) {
        if (a.tonnesAtStake != b.tonnesAtStake)
            return a.tonnesAtStake > b.tonnesAtStake;
        if (a.community != b.community)
            return a.community < b.community;
        return int(a.kind) < int(b.kind);
    });
    return flags;
}

} // namespace zeroplan
