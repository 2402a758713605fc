#pragma once

#include "JsonObjectReader.h"
#include "plan/People.h"

#include <QJsonObject>

namespace zeroplan {

// The JSON shape of a plan's people section (docs/plan-format.md, "people", format version
// 4): the working groups, the volunteer network and the activity calendar.
class PeopleJson
{
public:
    static QJsonObject write(const People &people);
    // Reads the people object `r`, reporting each problem at its JSON pointer.
    static People read(JsonObjectReader &r);
};

} // namespace zeroplan
