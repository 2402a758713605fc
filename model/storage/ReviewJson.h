#pragma once

#include "PlanProblem.h"
#include "review/PlanReview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace zeroplan {

struct Plan;

// A plan's comments and review as JSON (docs/review.md, "The comments file"): what an adviser
// sends back from a review copy (File → Export Comments…), what the owner merges (File →
// Merge Comments…), and zeroplan-cli comments --format json.
class ReviewJson
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ReviewJson)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    // {"format": "zeroplan-comments", "format_version": 1, "plan": {"title", "community"},
    //  "comments": [{"id", "thread", "on", "at", "author", "organisation", "kind", "text"}],
    //  "review_states": [{"id", "measure", "state", "at", "author", "organisation"}]}
    static QJsonObject toJson(const Plan &plan, const PlanReview &review);

    struct ReadResult
    {
        std::optional<PlanReview> review; // none when the file is no comments file
        QString planTitle;                // the plan the comments were written on
        QString community;
        PlanProblems problems; // each at its JSON pointer, in the user's language
    };
    static ReadResult read(const QByteArray &json);
    // As read(); a problem with the file itself names it.
    static ReadResult readFile(const QString &path);
    // Written whole or not at all (WriteTarget); *error names the file.
    static bool writeFile(const Plan &plan, const PlanReview &review, const QString &path,
                          QString *error);
};

} // namespace zeroplan
