#pragma once

#include "history/ChangeEntry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zeroplan {

// A plan's change log as JSON (docs/cli.md, "history"): the command line's output, and later
// the review package's.
class ChangeLogJson
{
public:
    static constexpr int kFormatVersion = 1;
    // {"format_version": 1, "changes": [{"at", "author", "organisation", "kind", "action",
    // "reason", "fields": [{"object", "part", "key", "field", "before", "after"}]}]}
    static QJsonObject toJson(const ChangeLog &log);
    static QJsonObject entryJson(const ChangeEntry &entry);
    // [{"object", "part", "key", "field", "before", "after"}]: values changed.
    static QJsonArray fieldsJson(const QList<FieldChange> &changes);
};

} // namespace zeroplan
