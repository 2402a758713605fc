#pragma once

#include "FieldChange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// One change recorded in a plan's change log (docs/history.md): who made it and when, what
// it was (the undo step's text: "Change Capacity", or what the command line did), and every
// value it changed, old → new. Undoing and redoing a step are changes of their own.
struct ChangeEntry
{
    enum class Kind
    {
        Edit,   // an undo step made in the app
        Undo,   // an undo step taken back
        Redo,   // and made again
        Command // made by zeroplan-cli (import, optimise --save-as, …)
    };

    QDateTime at; // UTC, to the second
    QString author;
    QString organisation;
    Kind kind = Kind::Edit;
    QString action; // what the step says it does
    QString reason; // the author's own words, optional
    QList<FieldChange> changes;

    bool operator==(const ChangeEntry &) const = default;

    // Now in UTC, to the second, as the log keeps times.
    static QDateTime now();
};

// "edit", "undo", "redo", "command" (the file's and the CLI's names) and back.
QString changeKindId(ChangeEntry::Kind kind);
std::optional<ChangeEntry::Kind> changeKindFromId(const QString &id);

// The change log of a plan, oldest first.
using ChangeLog = QList<ChangeEntry>;

} // namespace zeroplan
