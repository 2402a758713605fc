#pragma once

#include "plan/Plan.h"
#include "present/UncertaintyRun.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zeroplan {

class PlanDocument;
class LiveResults;
class FanChart;
class TornadoChart;

// How sure the current scenario's path is: Monte Carlo over the measures' low/likely/high
// ranges (10,000 futures, fixed seed) as a fan of net emissions, the probability of
// neutrality by the target year in the IPCC's calibrated words, and a tornado of the
// parameters that matter most. Runs on request, off the GUI thread, with progress and Cancel.
// Object names: uncertaintyPage, runUncertaintyButton, cancelUncertaintyButton,
// uncertaintyProgressBar, uncertaintyStatusLabel, probabilityLabel, uncertaintyDetailsLabel,
// uncertaintyStaleLabel, fanChart, tornadoChart.
class UncertaintyPage : public QWidget
{
    Q_OBJECT

public:
    UncertaintyPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    UncertaintyRun *run() { return &m_run; }
    // Results are shown and the plan or scenario has changed since they were computed.
    bool isStale() const;

private:
    void startRun();
    void cancelRun();
    void onProgress(int percent);
    void onFinished(const UncertaintyOutcome &outcome);
    void onCancelled();
    void showOutcome();
    void updateStale();
    void setRunning(bool running);

    PlanDocument *m_document;
    LiveResults *m_results;
    FanChart *m_fanChart;
    TornadoChart *m_tornadoChart;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QLabel *m_probability;
    QLabel *m_details;
    QLabel *m_stale;

    // What the run in progress was started on, and what the results shown were computed for.
    struct Snapshot
    {
        Plan plan;
        int scenario = -1;
        QString scenarioName;
    };
    Snapshot m_running;
    Snapshot m_shown;
    std::optional<UncertaintyOutcome> m_outcome;
    // Last member: destroyed first, it cancels a run and waits for its worker.
    UncertaintyRun m_run;
};

} // namespace zeroplan
