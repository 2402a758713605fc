#include "CommentsPanel.h"

#include "PlanDocument.h"
#include "review/ReviewText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

enum Column
{
    RemarkColumn,
    OnColumn,
    StateColumn
};

constexpr int kThreadRole = Qt::UserRole;

} // namespace

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent), m_onLabel(new QLabel), m_target(new QComboBox),
      m_showResolved(new QCheckBox), m_tree(new QTreeWidget), m_text(new QPlainTextEdit),
      m_add(new QPushButton), m_reply(new QPushButton), m_resolve(new QPushButton),
      m_message(new QLabel)
{
    m_target->setObjectName(QStringLiteral("commentsTargetCombo"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(24);
    m_onLabel->setBuddy(m_target);
    m_showResolved->setObjectName(QStringLiteral("showResolvedCheck"));
    m_tree->setObjectName(QStringLiteral("commentsTree"));
    m_tree->setColumnCount(3);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RemarkColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OnColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_text->setObjectName(QStringLiteral("commentEdit"));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_text->setTabChangesFocus(true);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_reply->setObjectName(QStringLiteral("replyCommentButton"));
    m_resolve->setObjectName(QStringLiteral("resolveThreadButton"));
    m_message->setObjectName(QStringLiteral("commentsMessageLabel"));
    m_message->setWordWrap(true);

    // Compact, so that the dock takes little of the window: what acts on the thread chosen
    // goes in the top row, what sends the words typed beside them.
    auto *top = new QHBoxLayout;
    top->addWidget(m_onLabel);
    top->addWidget(m_target, 1);
    top->addWidget(m_showResolved);
    top->addWidget(m_resolve);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reply);
    buttons->addStretch();
    auto *writing = new QHBoxLayout;
    writing->addWidget(m_text, 1);
    writing->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(writing);

    connect(m_target, &QComboBox::currentIndexChanged, this, &CommentsPanel::refreshThreads);
    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsPanel::refreshThreads);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CommentsPanel::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::addComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentsPanel::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    QEvent language(QEvent::LanguageChange);
    changeEvent(&language);
}

void CommentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_onLabel->setText(tr("&On:"));
        m_showResolved->setText(tr("Show resolved"));
        m_tree->setHeaderLabels({tr("Comment"), tr("On"), tr("Thread")});
        m_text->setPlaceholderText(tr("A comment on the object chosen above, or an answer to "
                                      "the thread chosen"));
        m_add->setText(tr("Comment"));
        m_add->setToolTip(tr("Start a thread on the object chosen above with these words"));
        m_reply->setText(tr("Reply"));
        m_reply->setToolTip(tr("Answer the thread chosen with these words; a resolved thread "
                               "opens again"));
        m_message->clear();
        refreshTargets();
    }
    QWidget::changeEvent(event);
}

void CommentsPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::reviewChanged, this, &CommentsPanel::refreshThreads);
        connect(m_document, &PlanDocument::changed, this, &CommentsPanel::refreshTargets);
    }
    m_message->clear();
    refreshTargets();
}

void CommentsPanel::showTarget(const ReviewTarget &target)
{
    const int index = m_target->findData(target.object());
    if (index >= 0)
        m_target->setCurrentIndex(index);
    m_text->setFocus();
}

void CommentsPanel::refreshTargets()
{
    const QString chosen = m_target->currentData().toString();
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        m_target->addItem(tr("All objects"), QString());
        if (m_document) {
            const Plan &plan = m_document->plan();
            for (const ReviewTarget &t : ReviewText::targets(plan))
                m_target->addItem(ReviewText::targetName(plan, t), t.object());
        }
        m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
    }
    refreshThreads();
}

std::optional<ReviewTarget> CommentsPanel::chosenTarget() const
{
    return ReviewTarget::fromObject(m_target->currentData().toString());
}

void CommentsPanel::refreshThreads()
{
    const QString current = chosenThread();
    m_tree->clear();
    if (!m_document) {
        updateButtons();
        return;
    }
    const Plan &plan = m_document->plan();
    const PlanReview &review = m_document->review();
    const std::optional<ReviewTarget> target = chosenTarget();
    QList<CommentThread> threads = target ? review.threadsOn(*target) : review.threads();
    // Open threads first, each kind newest first.
    std::stable_sort(threads.begin(), threads.end(),
                     [](const CommentThread &a, const CommentThread &b) {
                         return a.resolved != b.resolved ? !a.resolved : a.latest.at > b.latest.at;
                     });
    QTreeWidgetItem *toChoose = nullptr;
    int hidden = 0;
    for (const CommentThread &t : threads) {
        if (t.resolved && !m_showResolved->isChecked()) {
            ++hidden;
            continue;
        }
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(RemarkColumn, ReviewText::remarkLine(t.comments.constFirst()));
        item->setToolTip(RemarkColumn, t.comments.constFirst().text);
        item->setText(OnColumn, ReviewText::targetName(plan, t.target));
        item->setText(StateColumn, ReviewText::threadState(t));
        item->setData(RemarkColumn, kThreadRole, t.id);
        if (!t.resolved) {
            QFont bold = item->font(StateColumn);
            bold.setBold(true);
            item->setFont(StateColumn, bold);
        }
        for (const Remark &r : review.remarks) {
            if (r.thread != t.id || r.startsThread())
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(RemarkColumn, ReviewText::remarkLine(r));
            child->setToolTip(RemarkColumn, r.text);
            child->setData(RemarkColumn, kThreadRole, t.id);
        }
        item->setExpanded(true);
        if (t.id == current)
            toChoose = item;
    }
    if (toChoose)
        m_tree->setCurrentItem(toChoose);
    // An empty list says why: nothing yet, or only resolved threads, hidden.
    const QString hint =
        m_tree->topLevelItemCount() > 0 ? QString()
        : hidden > 0
            ? tr("%n resolved thread(s) hidden: Show resolved lists them.", nullptr, hidden)
            : tr("No comments here yet: type one below and press Comment.");
    if (!hint.isEmpty())
        m_message->setText(hint);
    else if (m_message->text() == m_hint)
        m_message->clear();
    m_hint = hint;
    updateButtons();
}

QString CommentsPanel::chosenThread() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(RemarkColumn, kThreadRole).toString() : QString();
}

void CommentsPanel::updateButtons()
{
    QString why;
    const bool can = m_document && m_document->canReview(&why);
    const bool words = !m_text->toPlainText().trimmed().isEmpty();
    const QString thread = chosenThread();
    m_add->setEnabled(can && words);
    m_reply->setEnabled(can && words && !thread.isEmpty());
    const std::optional<CommentThread> t =
        m_document && !thread.isEmpty() ? m_document->review().thread(thread) : std::nullopt;
    m_resolve->setEnabled(can && t.has_value());
    m_resolve->setText(t && t->resolved ? tr("Reopen") : tr("Resolve"));
    m_resolve->setToolTip(t && t->resolved ? tr("Open the thread chosen again")
                                           : tr("Mark the thread chosen resolved"));
    m_text->setEnabled(can);
    if (m_document && !can)
        m_message->setText(why);
}

void CommentsPanel::showMessage(const QString &message)
{
    m_message->setText(message);
}

void CommentsPanel::addComment()
{
    if (!m_document)
        return;
    const ReviewTarget target = chosenTarget().value_or(ReviewTarget::plan());
    QString error;
    if (m_document->addComment(target, m_text->toPlainText(), &error).isEmpty()) {
        showMessage(error);
        return;
    }
    m_text->clear();
    showMessage(tr("Comment added on %1; it is kept when the plan is saved.")
                    .arg(ReviewText::targetName(m_document->plan(), target)));
}

void CommentsPanel::reply()
{
    if (!m_document)
        return;
    QString error;
    if (m_document->addComment({}, m_text->toPlainText(), &error, chosenThread()).isEmpty()) {
        showMessage(error);
        return;
    }
    m_text->clear();
    showMessage(tr("Reply added; it is kept when the plan is saved."));
}

void CommentsPanel::toggleResolved()
{
    if (!m_document)
        return;
    const QString thread = chosenThread();
    const std::optional<CommentThread> t = m_document->review().thread(thread);
    if (!t)
        return;
    QString error;
    if (!m_document->setThreadResolved(thread, !t->resolved, &error)) {
        showMessage(error);
        return;
    }
    showMessage(t->resolved ? tr("The thread is open again.") : tr("The thread is resolved."));
}

} // namespace zeroplan
