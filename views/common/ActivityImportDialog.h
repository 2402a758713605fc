#pragma once

#include "ImportDialog.h"
#include "import/ActivityImport.h"

namespace zeroplan {

// Imports activity lines from a CSV or XLSX file (docs/import.md) with ActivityImport, the
// same reading the CLI's `import --activities` does. See ImportDialog for what it shows.
class ActivityImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    ActivityImportDialog(PlanDocument *document, const QString &path, QWidget *parent = nullptr,
                         const ImportTarget &target = {});

    const ActivityImportResult &importResult() const { return m_result; }

protected:
    QList<ImportField> requiredFields() const override;
    ImportReport readTable(TableReader &reader, const QString &fileName,
                           const ImportMapping &mapping, DecimalSeparator decimal) override;
    void clearResult() override { m_result = {}; }
    QList<ActivityLine> lines() const override { return m_result.lines; }
    QStringList places() const override { return m_result.places; }
    QString resultSummary() const override;

private:
    ActivityImportResult m_result;
};

} // namespace zeroplan
