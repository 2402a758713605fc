#pragma once

#include "plan/ActualInventory.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace zeroplan {

class ImportDialog;
class PlanDocument;

// The Actual emissions tab's entries beyond "Add actual year…" (docs/monitoring.md): "Import
// actual year…" (a year and a file of activity lines or meter readings, read by the baseline's
// import dialogs into that year's actual inventory) and "Enter sector totals…" (a year where
// only totals are known); and a line saying where the shown year's figures come from, their
// quality and its sector totals. Each entry is one undo step.
class ActualsImportBar : public QWidget
{
    Q_OBJECT

public:
    explicit ActualsImportBar(PlanDocument *document, QWidget *parent = nullptr);

    // Says the source, quality and sector totals of the actual inventory of `year`, in
    // sourceLabel(), which the page lays out under the row of buttons.
    void showYear(int year);
    QLabel *sourceLabel() const { return m_summary; }
    // Opens the import dialog (window-modal) for `path` into the actual inventory of `year`:
    // activity lines, or meter readings summed over the year; `replace`: the year's inventory
    // is replaced, else the lines are added to it.
    ImportDialog *importFile(int year, const QString &path, bool meterReadings, bool replace);
    // The year's sector totals with their source and quality; false when nothing changed.
    bool enterSectorTotals(int year, const QList<SectorTotal> &totals, const QString &source,
                           ActualQuality quality);

signals:
    void yearEntered(int year); // a year's figures were imported or entered: show them

private:
    void askToImport();
    void askForTotals();
    QString folder() const;

    PlanDocument *m_document;
    QPushButton *m_import;
    QPushButton *m_totals;
    QLabel *m_summary;
    int m_year = 0;
};

} // namespace zeroplan
