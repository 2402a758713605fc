#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace zeroplan {

class PlanDocument;

// The plan's change log (docs/history.md), newest first: one row per change (when, who, what
// kind of change and the step) with a row under it per value it changed (where, before,
// after), and the reason when one was given. A filter keeps the changes any of whose words or
// values contain the text typed; "Give a Reason…" records one for the last change.
// Object names: historyFilterEdit, historyTree, historyReasonButton, historySummaryLabel.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // The plan whose log is shown, or none.
    void setDocument(PlanDocument *document);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void askReason();

    QPointer<PlanDocument> m_document;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_reason;
    QLabel *m_summary;
};

} // namespace zeroplan
