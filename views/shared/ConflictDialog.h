#pragma once

#include "history/PlanMerge.h"

#include <QDialog>

class QTableWidget;

namespace zeroplan {

// The values a check-in could not merge (docs/server.md, "When someone checked in first"):
// both this file and the plan someone checked in first changed them, each in its own way. One
// row each: where, the value both started from, this file's, theirs, and which to keep (this
// file's unless the user chooses theirs). Everything else merges by itself.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QList<MergeConflict> &conflicts, const QString &theirsBy,
                   int theirsRevision, QWidget *parent = nullptr);

    // Each conflict's path and the side chosen.
    QHash<QString, MergeSide> decisions() const;
    void chooseAll(MergeSide side);

private:
    QList<MergeConflict> m_conflicts;
    QTableWidget *m_table = nullptr;
};

} // namespace zeroplan
