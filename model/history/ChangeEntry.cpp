#include "ChangeEntry.h"

#include "EnumId.h"

namespace zeroplan {

QDateTime ChangeEntry::now()
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute(), at.time().second()),
                     Qt::UTC);
}

QString changeKindId(ChangeEntry::Kind kind)
{
    switch (kind) {
    case ChangeEntry::Kind::Edit:
        return QStringLiteral("edit");
    case ChangeEntry::Kind::Undo:
        return QStringLiteral("undo");
    case ChangeEntry::Kind::Redo:
        return QStringLiteral("redo");
    case ChangeEntry::Kind::Command:
        return QStringLiteral("command");
    }
    return QStringLiteral("edit");
}

std::optional<ChangeEntry::Kind> changeKindFromId(const QString &id)
{
    using K = ChangeEntry::Kind;
    return enumFromId(id, {K::Edit, K::Undo, K::Redo, K::Command}, &changeKindId);
}

} // namespace zeroplan
