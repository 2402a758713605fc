#pragma once

#include <QDockWidget>

namespace zeroplan {

class HistoryPanel;
class PlanDocument;

// The History panel (HistoryPanel) as a dock at the bottom of the main window, for whatever
// plan is open. Object name: historyDock; its toggleViewAction() is the View menu's entry.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QWidget *parent = nullptr);

    HistoryPanel *panel() const { return m_panel; }
    void setDocument(PlanDocument *document);

protected:
    void changeEvent(QEvent *event) override;

private:
    HistoryPanel *m_panel;
};

} // namespace zeroplan
