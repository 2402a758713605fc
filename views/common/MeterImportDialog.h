#pragma once

#include "ImportDialog.h"
#include "import/MeterReadings.h"

class QTableWidget;

namespace zeroplan {

// Imports monthly meter readings (docs/import.md), summed by MeterReadings to one annual line
// per sector, subsector and carrier of the plan's base year, as the CLI's
// `import --meter-readings` does. Before anything is applied it shows, per line, the
// coverage report: meters, readings, the share of meter-months present, meters with gaps
// and the months they miss, and outliers; and the readings of other years left out.
class MeterImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    MeterImportDialog(PlanDocument *document, const QString &path, QWidget *parent = nullptr,
                      const ImportTarget &target = {});

    const MeterImportResult &importResult() const { return m_result; }

protected:
    QList<ImportField> requiredFields() const override;
    ImportReport readTable(TableReader &reader, const QString &fileName,
                           const ImportMapping &mapping, DecimalSeparator decimal) override;
    void clearResult() override;
    QList<ActivityLine> lines() const override { return m_result.lines; }
    QStringList places() const override;
    QStringList extraNotes() const override;
    QString resultSummary() const override;

private:
    void showCoverage();

    MeterImportResult m_result;
    QTableWidget *m_coverage;
};

} // namespace zeroplan
