#pragma once

#include "import/ColumnLayout.h"
#include "import/ImportReport.h"
#include "import/TableFile.h"
#include "inventory/ActivityLine.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace zeroplan {

class ColumnMappingWidget;
class ImportSourceWidget;
class PlanDocument;
class FactorLibrary;
struct Plan;

// Where an import's lines go: the baseline, or the actual inventory of a later year
// (docs/monitoring.md), added to the lines it has or replacing that year's inventory.
struct ImportTarget
{
    std::optional<int> actualYear; // none: the baseline
    bool replace = false;          // the year's inventory is replaced by the file's lines
};

// What the two import dialogs share: the file and how to read it, a preview of its first
// rows, the column mapping, and — before anything is applied — every rejected row with its
// place and reason, the notes on how the file was read, and a one-line summary. The Import
// button stays disabled while rows are rejected, unless the user ticks "Skip rejected rows",
// and while the plan would not be valid with the new lines. Import pushes one
// ImportActivities command (one undo step), or for an actual year one EditMonitoring;
// Cancel changes nothing.
//
// The file is read again whenever an option or the mapping changes. It is read three times
// (preview, header, all rows), each streaming, which for the files committees have takes a
// few milliseconds.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ~ImportDialog() override;

    ImportSourceWidget *source() const { return m_source; }
    ColumnMappingWidget *mappingWidget() const { return m_mapping; }
    // Reads the file again with the options and mapping as they are now.
    void reread();
    void accept() override;

protected:
    static constexpr int kPreviewRows = 20;

    ImportDialog(PlanDocument *document, const QString &path, const QList<ImportField> &fields,
                 QWidget *parent, const ImportTarget &target = {});

    PlanDocument *document() const { return m_document; }
    const ImportTarget &target() const { return m_target; }
    const FactorLibrary &library() const;
    // A tab next to the rejected rows and notes, shown first (the meters' coverage).
    void addReportTab(QWidget *widget, const QString &title);

    virtual QList<ImportField> requiredFields() const = 0;
    // Reads every row; the subclass keeps what it found until the next read.
    virtual ImportReport readTable(TableReader &reader, const QString &fileName,
                                   const ImportMapping &mapping, DecimalSeparator decimal) = 0;
    virtual void clearResult() = 0;
    virtual QList<ActivityLine> lines() const = 0;
    virtual QStringList places() const = 0; // where each line came from, for problems
    virtual QStringList extraNotes() const { return {}; }
    virtual QString resultSummary() const { return {}; }

private:
    std::unique_ptr<TableFile> openTable(QString *error) const;
    std::unique_ptr<TableFile> openSource();
    QList<TableRow> readPreview(TableReader &reader) const;
    void showPreview(const QList<TableRow> &rows, qint64 headerRow);
    void showColumns(const QList<TableRow> &rows, const ColumnLayout *layout);
    void showRejected(const TableReader &reader, const ColumnLayout *layout);
    void showNotes();
    void checkPlan();
    // The plan with the lines added where the target says, or nothing with m_problems set.
    std::optional<Plan> applied(const QList<ActivityLine> &added);
    void updateState();
    QString summary() const;

    PlanDocument *m_document;
    ImportTarget m_target;
    QList<ImportField> m_fields;
    ImportSourceWidget *m_source;
    ColumnMappingWidget *m_mapping;
    QTableView *m_previewView;
    QStandardItemModel *m_preview;
    QTableView *m_rejectedView;
    QStandardItemModel *m_rejected;
    QListWidget *m_notes;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QCheckBox *m_skipRejected;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;

    QString m_fileError;     // the file could not be opened or read at all
    QString m_fileName;      // without the folder, as messages name it
    QString m_description;   // "GB18030 text, comma-separated"
    bool m_workbook = false; // rows, not lines
    QStringList m_headers;   // the header row's cells
    ImportReport m_report;
    QStringList m_problems; // what the plan's validator says about the new lines
};

} // namespace zeroplan
