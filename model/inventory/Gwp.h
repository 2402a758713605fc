#pragma once

#include <QString>
#include <optional>

namespace zeroplan {

enum class Gas
{
    CO2e,
    CO2,
    CH4,
    CH4Fossil,
    CH4Biogenic,
    N2O
};
enum class GwpSet
{
    AR5,
    AR6
};

// 100-year global warming potentials.
// AR5: IPCC AR5 WG1 Table 8.A.1 (CH4 28, fossil CH4 30, N2O 265).
// AR6: IPCC AR6 WG1 Table 7.15 (CH4 27.9, fossil 29.8, non-fossil 27.0, N2O 273).
double gwp100(Gas gas, GwpSet set);

QString gasId(Gas gas); // "CO2e", "CO2", "CH4", "CH4_fossil", …
std::optional<Gas> gasFromId(const QString &id);
QString gwpSetId(GwpSet set); // "AR5", "AR6"
std::optional<GwpSet> gwpSetFromId(const QString &id);

} // namespace zeroplan
