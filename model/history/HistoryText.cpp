#include "HistoryText.h"

#include <QLocale>

namespace zeroplan {

QString HistoryText::kindName(ChangeEntry::Kind kind)
{
    switch (kind) {
    case ChangeEntry::Kind::Edit:
        return tr("Edit");
    case ChangeEntry::Kind::Undo:
        return tr("Undo");
    case ChangeEntry::Kind::Redo:
        return tr("Redo");
    case ChangeEntry::Kind::Command:
        return tr("Command");
    }
    return {};
}

QString HistoryText::when(const ChangeEntry &entry)
{
    return when(entry.at);
}

QString HistoryText::when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString HistoryText::who(const ChangeEntry &entry)
{
    return who(entry.author, entry.organisation);
}

QString HistoryText::who(const QString &author, const QString &organisation)
{
    if (author.isEmpty() && organisation.isEmpty())
        return QStringLiteral("—");
    if (organisation.isEmpty())
        return author;
    if (author.isEmpty())
        return organisation;
    return tr("%1 (%2)", "author (organisation)").arg(author, organisation);
}

QString HistoryText::what(const ChangeEntry &entry)
{
    return entry.action.isEmpty()
               ? kindName(entry.kind)
               : tr("%1: %2", "kind of change: its step").arg(kindName(entry.kind), entry.action);
}

QString HistoryText::reason(const ChangeEntry &entry)
{
    return entry.reason.isEmpty() ? QString() : tr("Reason: %1").arg(entry.reason);
}

bool HistoryText::matches(const ChangeEntry &entry, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    const auto has = [&filter](const QString &text) {
        return text.contains(filter, Qt::CaseInsensitive);
    };
    if (has(who(entry)) || has(what(entry)) || has(entry.reason) || has(when(entry)))
        return true;
    for (const FieldChange &c : entry.changes)
        if (has(c.path()) || has(FieldChange::valueText(c.before)) ||
            has(FieldChange::valueText(c.after)))
            return true;
    return false;
}

QString HistoryText::kindName(PlanVersion::Kind kind)
{
    return kind == PlanVersion::Kind::Named ? tr("Named") : tr("Automatic");
}

QString HistoryText::title(const PlanVersion &version)
{
    return version.name.isEmpty() ? tr("Saved %1").arg(when(version.at)) : version.name;
}

} // namespace zeroplan
