#include "CommunityRun.h"

#include "engine/PlanRun.h"
#include "monitoring/InventoryEmissions.h"
#include "monitoring/MonitoringRun.h"
#include "storage/PlanJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>

namespace zeroplan {

namespace {

// The GPC BASIC sectors without a line, for a community with residents.
QList<Sector> missingSectorsOf(const Plan &plan)
{
    QList<Sector> missing;
    if (plan.community.population <= 0)
        return missing;
    for (const Sector s : {Sector::StationaryEnergy, Sector::Transport, Sector::Waste}) {
        if (std::none_of(plan.activities.cbegin(), plan.activities.cend(),
                         [s](const ActivityLine &a) { return a.sector == s; }))
            missing.append(s);
    }
    return missing;
}

// Fills what monitoring says: delivered share and off track (MonitoringRun, as `track` does).
void readMonitoring(CommunityRun &run, const Plan &plan, const FactorLibrary &library,
                    const QDate &asOf)
{
    if (const ActualInventory *latest = plan.monitoring.latestActual()) {
        if (latest->year > run.latestDataYear) {
            run.latestDataYear = latest->year;
            run.latestActualGross = InventoryEmissions::actual(plan, *latest, library).gross;
        }
    }
    if (!plan.monitoring.adopted())
        return;
    const std::optional<MonitoringRun> m = MonitoringRun::of(plan, library, asOf);
    if (!m)
        return;
    run.monitored = true;
    bool behind = false;
    if (!m->years.empty()) {
        const std::optional<double> share = m->years.back().gapShare();
        behind = share && *share > MeasureTrack::kRoundingShare;
    }
    if (m->tracking) {
        double planned = 0, realised = 0;
        bool reported = false;
        for (const MeasureTrack &t : m->tracking->measures) {
            planned += t.plannedAbatement;
            realised += t.realisedAbatement.value_or(0.0);
            reported = reported || t.realisedAbatement.has_value();
        }
        if (reported && planned > 0) {
            run.deliveredShare = realised / planned;
            behind = behind || *run.deliveredShare < 1.0 - MeasureTrack::kRoundingShare;
        }
    }
    run.offTrack = behind;
}

} // namespace

double CommunityRun::netIn(int year) const
{
    const YearSeries &net = result.net;
    if (net.size() == 0)
        return 0.0;
    return net[std::clamp<Eigen::Index>(year - baseYear, 0, net.size() - 1)];
}

QByteArray CommunityRun::inputKey(const Plan &plan, const QString &scenario)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256); // 4× SHA-256's speed here
    hash.addData(QJsonDocument(PlanJson::toJson(plan)).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView("\0", 1)); // the JSON never holds a NUL: no ambiguity
    hash.addData(scenario.toUtf8());
    return hash.result();
}

const QByteArray &CommunityRun::inputsKey()
{
    if (key.isEmpty())
        key = inputKey(plan, scenarioAsked);
    return key;
}

CommunityRun CommunityRun::of(const DistrictMember &member, const FactorLibrary &library,
                              const QDate &asOf)
{
    const Plan &plan = member.plan;
    CommunityRun run;
    run.plan = plan;
    run.scenarioAsked = member.scenario;
    run.name = member.name;
    run.type = member.type;
    run.currency = plan.community.currency;
    run.population = plan.community.population;
    run.households = plan.community.households;
    run.baseYear = plan.community.baseYear;
    run.horizonEnd = plan.community.horizonEnd;
    run.neutralityTarget = plan.community.targets.neutralityYear;

    const Scenario *scenario = member.scenarioToRun(&run.scenarioNotFound);
    run.noScenario = scenario == nullptr;
    if (scenario) {
        PlanRun planRun = PlanRun::run(plan, library, {scenario});
        run.bauGross = std::move(planRun.result.bauGross);
        run.result = std::move(planRun.result.scenarios.front());
        run.scenario = scenario->name;
    } else {
        // PlanRun with no scenario to run: its BAU, targets assessed, is the pathway.
        PlanRun planRun = PlanRun::run(plan, library, {});
        run.bauGross = std::move(planRun.result.bauGross);
        run.result = std::move(planRun.bau);
    }
    run.result.sources.clear(); // per line: not read by the roll-up, and the bulk of a result
    run.result.sources.shrink_to_fit();

    run.missingSectors = missingSectorsOf(plan);
    run.latestDataYear = run.baseYear;
    readMonitoring(run, plan, library, asOf);
    return run;
}

} // namespace zeroplan
