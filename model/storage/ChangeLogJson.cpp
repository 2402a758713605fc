#include "ChangeLogJson.h"

namespace zeroplan {

QJsonObject ChangeLogJson::entryJson(const ChangeEntry &entry)
{
    QJsonArray fields;
    for (const FieldChange &c : entry.changes)
        fields.append(QJsonObject{
            {QStringLiteral("object"), c.object()},
            {QStringLiteral("part"), c.part},
            {QStringLiteral("key"), c.key},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("before"), c.before},
            {QStringLiteral("after"), c.after},
        });
    return {
        {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("author"), entry.author},
        {QStringLiteral("organisation"), entry.organisation},
        {QStringLiteral("kind"), changeKindId(entry.kind)},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("fields"), fields},
    };
}

QJsonObject ChangeLogJson::toJson(const ChangeLog &log)
{
    QJsonArray changes;
    for (const ChangeEntry &e : log)
        changes.append(entryJson(e));
    return {{QStringLiteral("format_version"), kFormatVersion},
            {QStringLiteral("changes"), changes}};
}

} // namespace zeroplan
