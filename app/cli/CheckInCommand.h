#pragma once

#include "CliCommand.h"

namespace zeroplan {

struct MergeConflict;

// zeroplan-cli checkin PLAN [--server CONNECTION] [--community COMMUNITY] [--prefer
// mine|theirs]: checks a project file's plan in to the shared store it was checked out of
// (docs/server.md, "Check-out and check-in"). When someone checked in first, their changes are
// merged field by field; conflicts take the side --prefer names, and without it nothing is
// written and they are listed (exit status 5). The file gets the revision made, the merged
// plan and the server's comments only once the server has them.
class CheckInCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CheckInCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // The conflicts as a table: where, the value the two started from, this file's, theirs.
    static QString conflictTable(const QList<MergeConflict> &conflicts);
};

} // namespace zeroplan
