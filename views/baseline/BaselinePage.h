#pragma once

#include "present/BaselineTotals.h"
#include "review/ReviewTarget.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace zeroplan {

class ActivityTableModel;
class LiveResults;
class PlanDocument;
class SectorDonutChart;
struct ChangeEvent;

// The baseline inventory: its activity lines in an editable table, totals by GPC sector,
// per resident and per household, the sectors as a donut, and the imports of activity lines
// and meter readings. Every edit is an undo command on the document's stack.
class BaselinePage : public QWidget
{
    Q_OBJECT

public:
    BaselinePage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    ActivityTableModel *activityModel() const { return m_model; }
    // What the totals and the donut show now.
    const BaselineTotals &totals() const { return m_totals; }
    // Selects line `row` with the cell of `column` (ActivityTableModel::Column) current and
    // in view, for the Problems panel; false if there is no such line.
    bool showActivity(int row, int column);

public slots:
    // Opens the import dialog on the file (the main window calls it for a dropped file, and
    // with an empty path from its File menu: the dialog then opens without a file, and its
    // Browse… picks one). The dialog is window-modal and deletes itself when closed.
    void importActivitiesFrom(const QString &path);
    void importMeterReadingsFrom(const QString &path);
    // A new line of grid electricity at the end, with the factor a new line gets.
    void addActivity();
    // The selected lines: one undo step, however many.
    void removeSelectedActivities();

signals:
    // Comments… (or a double click on a line's Comments cell): the comments on the line
    // chosen, or on the plan when none is.
    void commentsRequested(const zeroplan::ReviewTarget &target);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTablePanel();
    QWidget *createSummaryPanel();
    void showMessage(const QString &message);
    void onChanged(const ChangeEvent &event);
    void updateTotals();
    void fillSectorTotals();
    void updateButtons();
    ReviewTarget currentTarget() const;
    QString newActivityId() const;
    QString chooseFile(const QString &title);

    PlanDocument *m_document;
    LiveResults *m_results;
    ActivityTableModel *m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_sectorTotals = nullptr;
    QLabel *m_perCapita = nullptr;
    QLabel *m_perHousehold = nullptr;
    SectorDonutChart *m_donut = nullptr;
    BaselineTotals m_totals;
    bool m_donutStale = true; // changed while the page was hidden
};

} // namespace zeroplan
