#include "ChangeLogJson.h"

namespace zeroplan {

QJsonArray ChangeLogJson::fieldsJson(const QList<FieldChange> &changes)
{
    QJsonArray fields;
    for (const FieldChange &c : changes)
        fields.append(QJsonObject{
            {QStringLiteral("object"), c.object()},
            {QStringLiteral("part"), c.part},
            {QStringLiteral("key"), c.key},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("before"), c.before},
            {QStringLiteral("after"), c.after},
        });
    return fields;
}

QJsonObject ChangeLogJson::entryJson(const ChangeEntry &entry)
{
    return {
        {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("author"), entry.author},
        {QStringLiteral("organisation"), entry.organisation},
        {QStringLiteral("kind"), changeKindId(entry.kind)},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("fields"), fieldsJson(entry.changes)},
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
