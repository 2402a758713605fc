#pragma once

#include "import/ProgressImport.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zeroplan {

class ImportSourceWidget;
class PlanDocument;

// "Import progress…" on the Monitoring page's Measures tab: a file of measure progress rows in
// the format of `zeroplan-cli import --progress` (docs/monitoring.md), read by ProgressImport
// as the CLI reads it. Before anything is applied it shows each measure-year found, the rows
// rejected with their place and reason, and what the plan's validator would say; Import is
// enabled only when every row was taken and the plan stays valid, and pushes one undo step.
class ProgressImportDialog : public QDialog
{
    Q_OBJECT

public:
    ProgressImportDialog(PlanDocument *document, const QString &path, QWidget *parent = nullptr);

    const ProgressImportResult &importResult() const { return m_result; }
    QString summaryText() const;
    // Reads the file again with the options as they are now.
    void reread();
    void accept() override;

private:
    void showResult();

    PlanDocument *m_document;
    ImportSourceWidget *m_source;
    QTableWidget *m_entries;
    QTableWidget *m_rejected;
    QLabel *m_summary;
    QPushButton *m_importButton;
    QString m_fileError;
    QString m_fileName;
    ProgressImportResult m_result;
    QStringList m_problems;
};

} // namespace zeroplan
