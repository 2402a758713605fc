#pragma once

#include <QString>

namespace zeroplan {

struct ParameterSpec;

// How a measure parameter is shown to people, on screen and in the printed plan: shares as
// per cent, "currency" as the plan's currency code, CO₂ with its subscript.
class ParameterDisplay
{
public:
    static bool isShare(const ParameterSpec &spec);
    static double scale(const ParameterSpec &spec) { return isShare(spec) ? 100.0 : 1.0; }
    static QString unit(const ParameterSpec &spec, const QString &currency);
};

} // namespace zeroplan
