#pragma once

#include "PlanProblem.h"
#include "measures/Measure.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace zeroplan {

// The JSON shape of one measure of a plan. Parameters the file leaves out take their
// catalogue default; written, every parameter is an object so that a round trip is exact.
class MeasureJson
{
public:
    // Reads the measure found at `path`; appends every problem to `problems`. Returns nothing
    // if `value` is not an object or its kind is missing or unknown.
    static std::optional<Measure> read(const QJsonValue &value, const QString &path,
                                       PlanProblems &problems);
    static QJsonObject write(const Measure &measure);
    // One parameter's value, as a measure holds it in the file ({value, low, high, source} or
    // a bare number); also used by the district file's template.
    static std::optional<UncertainValue> readValue(const QJsonValue &value, const QString &path,
                                                   PlanProblems &problems);
    static QJsonObject writeValue(const UncertainValue &value);
    // The measure a file gets for a kind: catalogue defaults, untranslated, so that reading
    // a file gives the same plan in every language.
    static Measure withDefaults(MeasureKind kind);
};

} // namespace zeroplan
