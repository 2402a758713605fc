#pragma once

#include "history/PlanHistory.h"
#include "storage/PlanJson.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

// A plan file named on the command line, read for a command through PlanFileReader (the
// app's reader too: the format is told by the content, the messages are the same), with all
// its problems; written back in the format it was read in. A project file's change log
// (docs/history.md) is written back with one more entry, made by the command (author()),
// holding every value the command changed.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanFile)

public:
    explicit PlanFile(QString path);

    // Nothing when the file cannot be read at all; then error() says why in one line.
    std::optional<PlanReadResult> read();
    // The same, but a file that cannot be read is reported on stderr right here.
    std::optional<PlanReadResult> readOrReport();
    // The plan, if it reads without errors; else nothing, reported on stderr: why it can't
    // be read, or "<path>: <why>" for a plan with errors.
    std::optional<Plan> readValid(const QString &why);
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    // Writes `plan` back to this file, in the format it was read in (a .zeroplan project file
    // or JSON), atomically: on failure the file is as it was and error() says why. A project
    // file also keeps the plan as a version: named `versionName` if given, else automatic.
    bool write(const Plan &plan, const QString &versionName = {},
               const QString &versionComment = {});
    bool isProject() const { return m_isProject; }
    // Writes `plan` to `path` in the format its extension names: .zeroplan or .json; a
    // .zeroplan with `history` as its history, else with the history of the file it replaces.
    static bool writeTo(const Plan &plan, const QString &path, QString *error,
                        const PlanHistory *history = nullptr);
    static bool isProjectPath(const QString &path);
    // "<path>: <message>", the shape of every message about the file.
    QString message(const QString &text) const;
    // The change log and versions the file had when read (none for a JSON plan).
    const ChangeLog &changeLog() const { return m_history.changeLog; }
    const PlanHistory &history() const { return m_history; }
    // The comments and review the next write() keeps (docs/review.md): merge-comments.
    void setReview(PlanReview review) { m_history.review = std::move(review); }
    // Where the file was checked out from, as the next write() keeps it: checkin.
    void setCheckout(SharedCheckout checkout) { m_history.checkout = std::move(checkout); }

    // Who the command's changes are recorded as (`--author`, else $ZEROPLAN_AUTHOR, else the
    // login name), with $ZEROPLAN_ORGANISATION; and what made them ("zeroplan-cli import").
    static void setAuthor(const QString &author);
    static QString author();
    static void setAction(const QString &action);

private:
    QString m_path;
    QString m_error;
    bool m_isProject = false;
    std::optional<Plan> m_read; // the plan as read or last written: what a write changes
    PlanHistory m_history;
};

} // namespace zeroplan
