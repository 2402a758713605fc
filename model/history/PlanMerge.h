#pragma once

#include "FieldChange.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace zeroplan {

// Which of the two sides a conflict takes.
enum class MergeSide
{
    Mine,  // the plan being checked in (this file)
    Theirs // the plan checked in by someone else since this file's revision
};

// A value both sides changed from the base, each in its own way: where it is (as FieldChange
// names it), and its three values (Null: not there).
struct MergeConflict
{
    QString part;
    QString key;
    QString field;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;

    FieldChange where() const { return {part, key, field, {}, {}}; }
    QString path() const { return where().path(); } // the key of a decision
};

struct PlanMergeResult
{
    QJsonObject merged;
    QList<MergeConflict> conflicts; // in the order of the plan's parts
    int fromTheirs = 0;             // values taken from theirs without conflict
};

// The three-way merge of two plans that started from one (docs/server.md, "When someone
// checked in first"), field by field, on their JSON form: a value only one side changed takes
// that side's value; a value both changed alike is taken once; a value both changed each in
// its own way is a conflict, which takes the side `decided` names for its path (mine when it
// names none). Objects merge key by key; lists of objects item by item, each known by its key
// as PlanDiff knows it (a measure by its id, a scenario by its name), so that one side adding a
// measure and the other changing another merge cleanly; an item one side removed and the other
// changed is a conflict on the whole item. Merged lists keep mine's order, then theirs' new
// items. A list of plain values is one value.
class PlanMerge
{
public:
    static PlanMergeResult merge(const QJsonObject &base, const QJsonObject &mine,
                                 const QJsonObject &theirs,
                                 const QHash<QString, MergeSide> &decided = {});
};

} // namespace zeroplan
