#pragma once

#include <QDockWidget>

class QTabWidget;

namespace zeroplan {

class HistoryPanel;
class PlanDocument;
class VersionsPanel;

// The plan's history as a dock at the bottom of the main window, for whatever plan is open:
// two tabs, Changes (HistoryPanel) and Versions (VersionsPanel). Object names: historyDock,
// historyTabs; its toggleViewAction() is the View menu's entry.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QWidget *parent = nullptr);

    HistoryPanel *panel() const { return m_panel; }
    VersionsPanel *versions() const { return m_versions; }
    void setDocument(PlanDocument *document);
    void showVersions(); // the dock shown, on the Versions tab

signals:
    // The Versions tab's Open: the window opens that version of its plan, read-only.
    void versionOpenRequested(int number);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTabWidget *m_tabs;
    HistoryPanel *m_panel;
    VersionsPanel *m_versions;
};

} // namespace zeroplan
