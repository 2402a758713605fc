#pragma once

#include "JsonObjectReader.h"
#include "plan/Residents.h"

#include <QJsonObject>

namespace zeroplan {

// The JSON shape of a plan's residents section (docs/plan-format.md, "residents", format
// version 3): each measure's payer split, the median household income, the affordability
// threshold and the funding sources.
class ResidentsJson
{
public:
    static QJsonObject write(const Residents &residents);
    // Reads the residents object `r`, reporting each problem at its JSON pointer.
    static Residents read(JsonObjectReader &r);
};

} // namespace zeroplan
