#pragma once

#include "ChangeEntry.h"
#include "PlanVersion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zeroplan {

// A change of the log in words, the same in the app's History panel and zeroplan-cli history
// (docs/history.md): when (local time, to the minute), who (and their organisation), and what
// (the kind of change and its step).
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::HistoryText)

public:
    static QString kindName(ChangeEntry::Kind kind); // "Edit", "Undo", "Redo", "Command"
    static QString when(const ChangeEntry &entry);   // "2026-12-07 14:05"
    static QString who(const ChangeEntry &entry); // "李伟 (新桥社区居委会)"; "—" for no one
    static QString who(const QString &author, const QString &organisation);
    static QString when(const QDateTime &at);
    static QString what(const ChangeEntry &entry);   // "Edit: Change population"
    static QString reason(const ChangeEntry &entry); // "Reason: …"; empty when none was given
    // Whether `filter` (any case) is in its words, a value's path or a value; an empty filter
    // matches every change.
    static bool matches(const ChangeEntry &entry, const QString &filter);
    // The log as the rows of a table (zeroplan-cli history, the printed appendix): when, who,
    // change, value, before, after; one row per value changed, the entry's own words on its
    // first, and a row for its reason, if any.
    static QList<QStringList> tableRows(const ChangeLog &log);

    // A version in words (the app's Versions dialog and zeroplan-cli versions).
    static QString kindName(PlanVersion::Kind kind); // "Automatic", "Named"
    // "draft for committee", or for an automatic version "Saved 2026-12-07 14:05".
    static QString title(const PlanVersion &version);
    // "version 3, “draft for committee 2026-03”, saved 2026-03-01 14:00 by 李伟": a version as
    // the printed appendix of changes names it.
    static QString versionText(const PlanVersion &version);
};

} // namespace zeroplan
