#pragma once

#include "review/ReviewTarget.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace zeroplan {

class PlanDocument;

// The comment threads of a plan (docs/review.md), for the object chosen in "On" (the plan,
// a baseline line, a factor, a measure, a scenario) or for all of them: each thread with its
// comments under it, open ones first. "Comment" starts a thread on the object chosen with the
// words typed; "Reply" answers the thread chosen; "Resolve" marks it resolved, "Reopen" opens
// it again. Nothing here is an undo step: it is kept when the plan is saved.
// Object names: commentsTargetCombo, showResolvedCheck, commentsTree, commentEdit,
// addCommentButton, replyCommentButton, resolveThreadButton, commentsMessageLabel.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    // Shows the threads on `target`, ready for a comment on it.
    void showTarget(const ReviewTarget &target);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshTargets();
    void refreshThreads();
    void updateButtons();
    void addComment();
    void reply();
    void toggleResolved();
    // The thread of the item chosen (a thread or one of its comments); empty for none.
    QString chosenThread() const;
    std::optional<ReviewTarget> chosenTarget() const; // none: all objects
    void showMessage(const QString &message);

    QPointer<PlanDocument> m_document;
    QLabel *m_onLabel;
    QComboBox *m_target;
    QCheckBox *m_showResolved;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_text;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QLabel *m_message;
    QString m_hint; // what the message says of an empty list, while it says it
};

} // namespace zeroplan
