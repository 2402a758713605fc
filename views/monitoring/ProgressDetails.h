#pragma once

#include "MonitoringReports.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace zeroplan {

struct MeasureTrack;
struct Plan;

// The rest of the Monitoring page's progress form (docs/monitoring.md): investment and running
// costs to date in the plan's currency, shown against what the adopted plan spends by that
// year; a dated note with its author and evidence (a link typed in, or a file chosen, kept as
// its name and SHA-256); and the measure's earlier updates, newest first.
class ProgressDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressDetails(QWidget *parent = nullptr);

    // Shows the measure's figures of `year` and all its updates in `plan`'s monitoring; none:
    // empties the form.
    void showMeasure(const Plan &plan, const MeasureTrack *track, int year);
    // Fills the report's spending and update (dated `day`) from the form.
    void fillReport(ProgressReport &report, const QDate &day) const;
    // After a report: the note and evidence are emptied (the author stays for the next one).
    void clearNote();
    // The evidence of a file: "name sha256:…", its hash computed here; empty if it can't be read.
    static QString fileEvidence(const QString &path);
    // Sets the evidence to the file at `path` (what "Attach file…" does once a file is chosen).
    bool attachFile(const QString &path);

private:
    void chooseFile();

    QDoubleSpinBox *m_capex;
    QDoubleSpinBox *m_opex;
    QLabel *m_capexPlanned;
    QLabel *m_opexPlanned;
    QLineEdit *m_author;
    QLineEdit *m_note;
    QLineEdit *m_evidence;
    QPushButton *m_attach;
    QTableWidget *m_updates;
};

} // namespace zeroplan
