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

QList<QStringList> HistoryText::tableRows(const ChangeLog &log)
{
    QList<QStringList> rows;
    for (const ChangeEntry &e : log) {
        const QStringList first{when(e), who(e), what(e)};
        for (qsizetype i = 0; i < e.changes.size(); ++i) {
            const FieldChange &c = e.changes[i];
            rows.append((i == 0 ? first : QStringList{QString(), QString(), QString()}) +
                        QStringList{c.path(), FieldChange::valueText(c.before),
                                    FieldChange::valueText(c.after)});
        }
        if (e.changes.isEmpty())
            rows.append(first + QStringList{QString(), QString(), QString()});
        if (!e.reason.isEmpty())
            rows.append({QString(), QString(), reason(e), QString(), QString(), QString()});
    }
    return rows;
}

QString HistoryText::kindName(PlanVersion::Kind kind)
{
    return kind == PlanVersion::Kind::Named ? tr("Named") : tr("Automatic");
}

QString HistoryText::title(const PlanVersion &version)
{
    return version.name.isEmpty() ? tr("Saved %1").arg(when(version.at)) : version.name;
}

QString HistoryText::versionText(const PlanVersion &version)
{
    const QString by = who(version.author, version.organisation);
    const QString saved = version.author.isEmpty() && version.organisation.isEmpty()
                              ? tr("saved %1").arg(when(version.at))
                              : tr("saved %1 by %2").arg(when(version.at), by);
    return version.name.isEmpty()
               ? tr("version %1, %2").arg(version.number).arg(saved)
               : tr("version %1, “%2”, %3").arg(version.number).arg(version.name, saved);
}

} // namespace zeroplan
