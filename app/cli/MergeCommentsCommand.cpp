#include "MergeCommentsCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "PlanRewrite.h"
#include "storage/ReviewJson.h"

#include <QDir>

namespace zeroplan {

namespace {

const QString kCommentsOption = QStringLiteral("comments");
const QString kAnyPlanOption = QStringLiteral("any-plan");

} // namespace

QString MergeCommentsCommand::name() const
{
    return QStringLiteral("merge-comments");
}

QString MergeCommentsCommand::summary() const
{
    return tr("Add an adviser's comments file to a plan (comments only add: no conflicts).");
}

int MergeCommentsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kCommentsOption, tr("The comments file (.zeroplan-comments) to merge (required)."),
         QStringLiteral("FILE")},
        {kAnyPlanOption, tr("Merge even when the comments were written on another community's "
                            "plan.")},
    });
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    const QString commentsPath = parser.value(kCommentsOption);
    if (commentsPath.isEmpty())
        return usageError(tr("merge-comments needs --comments FILE"));

    const ReviewJson::ReadResult comments = ReviewJson::readFile(commentsPath);
    if (!comments.review) {
        for (const PlanProblem &p : comments.problems)
            Console::error(p.path.isEmpty() ? p.message
                                            : QDir::toNativeSeparators(commentsPath) +
                                                  QStringLiteral(": ") + p.toString());
        return ExitBadInput;
    }
    for (const PlanProblem &p : comments.problems) // warnings only: unknown keys
        Console::error(QDir::toNativeSeparators(commentsPath) + QStringLiteral(": ") +
                       p.toString());
    PlanRewrite rewrite(path);
    if (const std::optional<int> status = rewrite.begin())
        return *status;
    PlanFile file(path);
    const std::optional<PlanReadResult> read = file.readOrReport();
    if (!read)
        return ExitBadInput;
    if (!file.isProject()) {
        Console::error(file.message(
            tr("a JSON plan keeps no comments; convert it to a project file first (zeroplan-cli "
               "convert PLAN.json PLAN.zeroplan)")));
        return ExitBadInput;
    }
    // A file that names no community (written by hand) is taken as it is.
    if (!comments.community.isEmpty() && comments.community != read->plan->community.name &&
        !parser.isSet(kAnyPlanOption)) {
        Console::error(file.message(
            tr("the comments were written on the plan of '%1', and this plan is of '%2'; "
               "nothing merged (--any-plan merges them all the same)")
                .arg(comments.community, read->plan->community.name)));
        return ExitBadInput;
    }
    int added = 0;
    const PlanReview merged = file.history().review.merged(*comments.review, &added);
    if (added == 0) {
        Console::out(tr("The plan has every comment and review state of %1 already; it is "
                        "unchanged.")
                         .arg(QDir::toNativeSeparators(commentsPath)) +
                     QLatin1Char('\n'));
        return Console::finish(ExitSuccess);
    }
    if (const std::optional<int> status = rewrite.check())
        return *status;
    file.setReview(merged);
    if (!file.write(*read->plan)) {
        Console::error(file.error());
        return ExitBadInput;
    }
    Console::out(tr("Added %n comment(s) and review state(s) from %1.", nullptr, added)
                     .arg(QDir::toNativeSeparators(commentsPath)) +
                 QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
