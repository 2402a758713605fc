#include "ImportDialog.h"

#include "ColumnMappingWidget.h"
#include "ImportActivities.h"
#include "ImportSourceWidget.h"
#include "MonitoringEdits.h"
#include "PlanDocument.h"
#include "import/ActivityImport.h"
#include "import/ActualImport.h"
#include "import/XlsxReader.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {

namespace {

QTableView *tableView(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ImportDialog::ImportDialog(PlanDocument *document, const QString &path,
                           const QList<ImportField> &fields, QWidget *parent,
                           const ImportTarget &target)
    : QDialog(parent), m_document(document), m_target(target), m_fields(fields),
      m_source(new ImportSourceWidget(path, this)),
      m_mapping(new ColumnMappingWidget(fields, this)), m_preview(new QStandardItemModel(this)),
      m_rejected(new QStandardItemModel(this)), m_notes(new QListWidget(this)),
      m_tabs(new QTabWidget(this)), m_summary(new QLabel(this)),
      m_skipRejected(new QCheckBox(tr("Skip rejected rows and import the others"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_previewView = tableView(QStringLiteral("previewTableView"), m_preview, this);
    m_rejectedView = tableView(QStringLiteral("rejectedRowsView"), m_rejected, this);
    m_notes->setObjectName(QStringLiteral("importNotesView"));
    m_notes->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("importReportTabs"));
    m_tabs->addTab(m_rejectedView, tr("Rejected rows"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheckBox"));
    m_buttons->setObjectName(QStringLiteral("importButtonBox"));
    m_importButton = m_buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("Import"));
    m_importButton->setObjectName(QStringLiteral("importButton"));

    auto *mappingArea = new QScrollArea(this);
    mappingArea->setWidget(m_mapping);
    mappingArea->setWidgetResizable(true);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_previewView);
    top->addWidget(mappingArea);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 1);
    top->setSizes({620, 360});
    mappingArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipRejected);
    layout->addWidget(m_buttons);
    resize(1000, 660); // fits 1366×768 with the window's frame and the taskbar

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_source, &ImportSourceWidget::fileChanged, m_mapping,
            &ColumnMappingWidget::clearChoices);
    connect(m_source, &ImportSourceWidget::optionsChanged, this, &ImportDialog::reread);
    connect(m_mapping, &ColumnMappingWidget::mappingChanged, this, &ImportDialog::reread);
    connect(m_skipRejected, &QCheckBox::toggled, this, &ImportDialog::updateState);
}

ImportDialog::~ImportDialog() = default;

const FactorLibrary &ImportDialog::library() const
{
    return FactorLibraryJson::builtIn(); // as the CLI and LiveResults of the main window use it
}

void ImportDialog::addReportTab(QWidget *widget, const QString &title)
{
    m_tabs->insertTab(0, widget, title);
    m_tabs->setCurrentIndex(0);
}

std::unique_ptr<TableFile> ImportDialog::openTable(QString *error) const
{
    return TableFile::open(m_source->path(), m_source->options(), error);
}

void ImportDialog::reread()
{
    clearResult();
    m_report = {};
    m_problems.clear();
    m_fileError.clear();
    m_preview->clear();
    m_rejected->clear();
    m_headers.clear();
    std::unique_ptr<TableFile> table = openSource();
    // Three streaming reads: the first rows for the preview, the header for the mapping's
    // combos, then every row.
    std::unique_ptr<TableFile> header = table ? openTable(&m_fileError) : nullptr;
    std::unique_ptr<TableFile> body = header ? openTable(&m_fileError) : nullptr;
    if (!body) {
        m_source->showUnreadable();
        showNotes();
        updateState();
        return;
    }
    const QList<TableRow> rows = readPreview(table->reader());
    const ImportMapping mapping = m_mapping->mapping();
    const DecimalSeparator decimal =
        m_source->decimal().value_or(mapping.decimal.value_or(table->decimal()));
    ImportReport headerReport;
    const std::optional<ColumnLayout> layout =
        ColumnLayout::read(header->reader(), mapping, requiredFields(), &headerReport);
    showPreview(rows, layout ? layout->headerRow() : 0);
    showColumns(rows, layout ? &*layout : nullptr);
    m_report = readTable(body->reader(), body->fileName(), mapping, decimal);
    showRejected(body->reader(), layout ? &*layout : nullptr);
    checkPlan();
    showNotes();
    updateState();
}

// Opens the file and shows what it turned out to be: a workbook and its sheets, or text
// with the encoding and delimiter found.
std::unique_ptr<TableFile> ImportDialog::openSource()
{
    if (m_source->path().isEmpty()) {
        m_fileError = tr("Choose a file to import.");
        return nullptr;
    }
    std::unique_ptr<TableFile> table = openTable(&m_fileError);
    if (!table)
        return nullptr;
    m_fileName = table->fileName();
    m_description = table->description();
    const auto *workbook = dynamic_cast<const XlsxReader *>(&table->reader());
    m_workbook = workbook != nullptr;
    if (workbook)
        m_source->showWorkbook(workbook->sheetNames(), workbook->sheetName());
    else
        m_source->showText(m_description);
    return table;
}

QList<TableRow> ImportDialog::readPreview(TableReader &reader) const
{
    QList<TableRow> rows;
    TableRow row;
    while (rows.size() < kPreviewRows && reader.next(row))
        rows.append(row);
    return rows;
}

void ImportDialog::showPreview(const QList<TableRow> &rows, qint64 headerRow)
{
    int columns = 0;
    for (const TableRow &row : rows)
        columns = std::max(columns, row.size());
    m_preview->setColumnCount(columns);
    QStringList rowNames;
    QFont bold = font();
    bold.setBold(true);
    for (const TableRow &row : rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < columns; ++c) {
            auto *item = new QStandardItem(row.text(c));
            if (row.number() == headerRow)
                item->setFont(bold);
            items.append(item);
        }
        m_preview->appendRow(items);
        rowNames << QString::number(row.number());
    }
    m_preview->setVerticalHeaderLabels(rowNames);
    QStringList columnNames;
    for (int c = 0; c < columns; ++c)
        columnNames << (m_workbook ? XlsxReader::columnLetters(c) : QString::number(c + 1));
    m_preview->setHorizontalHeaderLabels(columnNames);
    m_previewView->resizeColumnsToContents();
}

// The header's cells, for the mapping combos: the row ColumnLayout took as the header, else
// the first row with two cells or more (most likely a header of words it doesn't know).
void ImportDialog::showColumns(const QList<TableRow> &rows, const ColumnLayout *layout)
{
    QStringList headers;
    for (const TableRow &row : rows) {
        int filled = 0;
        for (int c = 0; c < row.size(); ++c)
            filled += !row.text(c).trimmed().isEmpty();
        if (layout ? row.number() == layout->headerRow() : filled >= 2) {
            for (int c = 0; c < row.size(); ++c)
                headers << row.text(c).trimmed();
            break;
        }
    }
    m_headers = headers;
    QHash<ImportField, int> found;
    for (const ImportField field : m_fields)
        found.insert(field, layout ? layout->column(field) : -1);
    m_mapping->showColumns(headers, found);
}

void ImportDialog::showRejected(const TableReader &reader, const ColumnLayout *layout)
{
    m_rejected->setHorizontalHeaderLabels(
        {m_workbook ? tr("Row") : tr("Line"), tr("Column"), tr("Header"), tr("Reason")});
    for (const RejectedRow &rejected : m_report.rejected) {
        // The field a rejection is about: the one whose place, as ColumnLayout words it,
        // is the rejection's place (the import wrote it with the same layout).
        QString column, header;
        for (const ImportField field : m_fields) {
            if (!layout || layout->place(reader, rejected.row, field) != rejected.place)
                continue;
            const int c = layout->column(field);
            column = c < 0        ? QStringLiteral("—")
                     : m_workbook ? XlsxReader::columnLetters(c)
                                  : QString::number(c + 1);
            header = c >= 0 ? m_headers.value(c)
                            : QStringLiteral("(%1)").arg(ImportVocabulary::fieldName(field));
            break;
        }
        QList<QStandardItem *> items{new QStandardItem(reader.rowName(rejected.row)),
                                     new QStandardItem(column), new QStandardItem(header),
                                     new QStandardItem(rejected.reason)};
        for (QStandardItem *item : items)
            item->setToolTip(rejected.toString());
        m_rejected->appendRow(items);
    }
    if (const qint64 more = m_report.rejectedCount - m_report.rejected.size(); more > 0)
        m_rejected->appendRow(new QStandardItem(tr("… and %1 more").arg(more)));
    m_rejectedView->resizeColumnsToContents();
    const int count = int(m_report.rejectedCount);
    m_tabs->setTabText(m_tabs->indexOf(m_rejectedView), tr("Rejected rows (%1)").arg(count));
    if (count > 0)
        m_tabs->setCurrentWidget(m_rejectedView);
}

void ImportDialog::checkPlan()
{
    const QList<ActivityLine> added = lines();
    if (m_report.failed() || added.isEmpty())
        return;
    applied(added);
}

std::optional<Plan> ImportDialog::applied(const QList<ActivityLine> &added)
{
    if (!m_target.actualYear)
        return ActivityImport::apply(m_document->plan(), added, places(), m_fileName, library(),
                                     &m_problems);
    Plan plan = m_document->plan();
    if (m_target.replace) {
        QList<ActualInventory> &actuals = plan.monitoring.actuals;
        actuals.removeIf([&](const ActualInventory &a) { return a.year == *m_target.actualYear; });
    }
    std::optional<Plan> next = ActualImport::apply(plan, *m_target.actualYear, added, places(),
                                                   m_fileName, library(), &m_problems);
    if (next) {
        // In year order, as addActualYear keeps them.
        std::stable_sort(
            next->monitoring.actuals.begin(), next->monitoring.actuals.end(),
            [](const ActualInventory &a, const ActualInventory &b) { return a.year < b.year; });
    }
    return next;
}

void ImportDialog::showNotes()
{
    m_notes->clear();
    if (!m_description.isEmpty() && m_fileError.isEmpty())
        m_notes->addItem(tr("Read as %1.").arg(m_description));
    m_notes->addItems(m_report.notes);
    m_notes->addItems(extraNotes());
    for (const QString &warning : m_report.warnings)
        m_notes->addItem(tr("Warning: %1").arg(warning));
    for (const QString &problem : m_problems)
        m_notes->addItem(tr("Error: %1").arg(problem));
    if (!m_problems.isEmpty() || !m_report.warnings.isEmpty())
        m_tabs->setCurrentWidget(m_notes);
}

QString ImportDialog::summary() const
{
    if (!m_fileError.isEmpty())
        return m_fileError;
    if (m_report.failed())
        return m_report.error.startsWith(m_source->path()) || m_report.error.startsWith(m_fileName)
                   ? m_report.error
                   : m_fileName + QStringLiteral(": ") + m_report.error;
    const int read = int(m_report.rowsRead);
    const int rejected = int(m_report.rejectedCount);
    QString text =
        m_workbook ? tr("%n row(s) read", nullptr, read) : tr("%n line(s) read", nullptr, read);
    text += tr(", %n rejected", nullptr, rejected);
    const QString more = resultSummary();
    if (!more.isEmpty())
        text += QStringLiteral("; ") + more;
    if (rejected > 0 && !m_skipRejected->isChecked())
        text += QLatin1Char('\n') + tr("Nothing is imported while rows are rejected: fix them in "
                                       "the file, or tick “Skip rejected rows”.");
    if (!m_problems.isEmpty())
        text += QLatin1Char('\n') + tr("The plan would not be valid with these lines; see Notes.");
    return text;
}

void ImportDialog::updateState()
{
    m_summary->setText(summary());
    const bool readable = m_fileError.isEmpty() && !m_report.failed();
    const bool rowsOk = m_report.rejectedCount == 0 || m_skipRejected->isChecked();
    m_importButton->setEnabled(readable && rowsOk && m_problems.isEmpty() && !lines().isEmpty());
}

void ImportDialog::accept()
{
    if (!m_importButton->isEnabled())
        return;
    // Checked again against the plan as it is now: it applies entirely or not at all.
    const QList<ActivityLine> added = lines();
    m_problems.clear();
    const std::optional<Plan> next = applied(added);
    if (!next) {
        showNotes();
        updateState();
        return;
    }
    if (m_target.actualYear)
        m_document->undoStack()->push(new EditMonitoring(
            m_document, next->monitoring,
            tr("Import actual year %1 from %2").arg(*m_target.actualYear).arg(m_fileName)));
    else
        m_document->undoStack()->push(new ImportActivities(m_document, added));
    QDialog::accept();
}

} // namespace zeroplan
