#pragma once

#include "review/ReviewTarget.h"

#include <QDockWidget>

class QTabWidget;

namespace zeroplan {

class CommentsPanel;
class HistoryPanel;
class PlanDocument;
class VersionsPanel;

// The plan's history as a dock at the bottom of the main window, for whatever plan is open:
// three tabs, Changes (HistoryPanel), Versions (VersionsPanel) and Comments (CommentsPanel). Object
// names: historyDock, historyTabs; its toggleViewAction() is the View menu's entry.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QWidget *parent = nullptr);

    HistoryPanel *panel() const { return m_panel; }
    VersionsPanel *versions() const { return m_versions; }
    CommentsPanel *comments() const { return m_comments; }
    void setDocument(PlanDocument *document);
    void showVersions(); // the dock shown, on the Versions tab
    // The dock shown, on the Comments tab, with the threads on `target`.
    void showComments(const ReviewTarget &target);

signals:
    // The Versions tab's Open: the window opens that version of its plan, read-only.
    void versionOpenRequested(int number);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTabWidget *m_tabs;
    HistoryPanel *m_panel;
    VersionsPanel *m_versions;
    CommentsPanel *m_comments;
};

} // namespace zeroplan
