#pragma once

#include "engine/PlanRun.h"
#include "engine/Results.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <vector>

namespace zeroplan {

struct Plan;

// A plan's results as JSON, in the stable shape documented in docs/cli.md ("simulate"):
// emissions in tCO2e per year, money in the plan's currency. Numbers keep full double
// precision; a number that is not finite is written as null.
class ResultJson
{
public:
    static constexpr int kFormatVersion = 1;

    // `uncertainty` is empty, or holds one entry per scenario of `result`, in its order.
    static QJsonObject toJson(const Plan &plan, const PlanResult &result,
                              const std::vector<ScenarioUncertainty> &uncertainty = {});
    static QJsonObject scenario(const ScenarioResult &result,
                                const ScenarioUncertainty *uncertainty = nullptr);
    static QJsonObject uncertainty(const UncertaintyResult &result);
    static QJsonArray sensitivity(const SensitivityResult &result);
    static QJsonArray series(const YearSeries &values);
    static QJsonValue number(double value);
    static QJsonValue number(const std::optional<double> &value);

    static QString targetKindId(TargetOutcome::Kind kind); // "neutrality", "interim", …
    static QString stageId(MeasureStage stage);            // "demand_reduction", …
    // Measures that reduce gross emissions (every stage but sinks and credits): the wedges.
    static bool isReduction(const MeasureResult &measure);

private:
    static QJsonObject planInfo(const Plan &plan);
    static QJsonObject bySector(const std::vector<SourceResult> &sources, Eigen::Index years);
    static QJsonArray wedges(const ScenarioResult &result);
    static QJsonArray offsets(const ScenarioResult &result); // sinks and credits, per measure
    static QJsonArray measures(const ScenarioResult &result);
    static QJsonArray targets(const ScenarioResult &result);
};

} // namespace zeroplan
