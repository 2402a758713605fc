#pragma once

#include <QCoreApplication>

class QWidget;

namespace zeroplan {

class PlanDocument;

// Review by e-mail or WeChat from the window (docs/review.md, "Review by e-mail"): the owner
// sends a review copy of the plan, the adviser comments in it and sends back a small comments
// file, the owner merges it. Each asks for a file, writes or reads it, and says what it did
// or why it could not in a message box.
class ReviewFiles
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ReviewFiles)

public:
    // File → Export Review Copy…: the plan, its history and its comments as a new project file
    // to send; the window keeps its own file.
    static bool exportReviewCopy(QWidget *parent, const PlanDocument &document);
    // File → Export Comments…: the plan's comments and review states as a comments file
    // (.zeroplan-comments).
    static bool exportComments(QWidget *parent, const PlanDocument &document);
    // File → Merge Comments…: adds the comments and review states of a comments file that the
    // plan lacks. A file written on another plan is merged only when the user says so; a
    // damaged one changes nothing.
    static bool mergeComments(QWidget *parent, PlanDocument &document);
};

} // namespace zeroplan
