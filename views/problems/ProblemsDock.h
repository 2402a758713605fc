#pragma once

#include <QDockWidget>
#include <QPointer>

namespace zeroplan {

class LiveResults;
class PlanDocument;
class ProblemListModel;
class ProblemsPanel;

// The Problems panel as a dock at the bottom of the main window, for whatever plan is open
// (setResults). It also places the key-figure strip's marker (addMarkerTo) and says in the
// status bar when a plan with errors is saved (statusMessage).
// Object name: problemsDock; its toggleViewAction() is the View menu's entry.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    ProblemListModel *model() const { return m_model; }
    ProblemsPanel *panel() const { return m_panel; }
    // The results of the open plan, or null when none is open (before they go away).
    void setResults(LiveResults *results);
    // Adds the "problems affect these figures" marker at the end of the key-figure strip.
    void addMarkerTo(QWidget *strip);

public slots:
    // Shows the dock, raised, with the problem list focused.
    void showAndRaise();

signals:
    void problemActivated(const QString &path);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSaved();
    // After a change of language: the title, and the validator's messages in the new words.
    void retranslate();

    ProblemListModel *m_model;
    ProblemsPanel *m_panel;
    QPointer<LiveResults> m_results;
    QPointer<PlanDocument> m_document;
    bool m_reportedErrors = false; // the last save said it kept errors
    bool m_retranslatePending = false;
};

} // namespace zeroplan
