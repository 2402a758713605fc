#include "ProgressImportDialog.h"

#include "MonitoringReports.h"
#include "PlanDocument.h"
#include "common/ImportSourceWidget.h"
#include "import/TableFile.h"
#include "measures/MeasureCatalogue.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? NumberFormat::significant(*value) : ProgressImportDialog::tr("—");
}

} // namespace

ProgressImportDialog::ProgressImportDialog(PlanDocument *document, const QString &path,
                                           QWidget *parent)
    : QDialog(parent), m_document(document), m_source(new ImportSourceWidget(path, this)),
      m_entries(table(QStringLiteral("progressEntriesTable"),
                      {tr("Measure"), tr("Year"), tr("Status"), tr("Adoption"),
                       tr("Investment to date"), tr("Running costs to date"), tr("Notes")},
                      this)),
      m_rejected(table(QStringLiteral("rejectedRowsTable"), {tr("Place"), tr("Reason")}, this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("progressImportDialog"));
    setWindowTitle(tr("Import progress"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_importButton = buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("Import"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_entries);
    split->addWidget(m_rejected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("One row per measure and year: measure, year, adoption, "
                                    "status, capex_to_date, opex_to_date, date, author, note, "
                                    "evidence (headers in English or Chinese)."),
                                 this));
    layout->addWidget(m_source);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 560);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgressImportDialog::reject);
    connect(m_source, &ImportSourceWidget::optionsChanged, this, &ProgressImportDialog::reread);
    reread();
}

void ProgressImportDialog::reread()
{
    m_result = {};
    m_problems.clear();
    m_fileError.clear();
    std::unique_ptr<TableFile> file;
    if (m_source->path().isEmpty())
        m_fileError = tr("Choose a file to import.");
    else
        file = TableFile::open(m_source->path(), m_source->options(), &m_fileError);
    if (!file) {
        m_source->showUnreadable();
        showResult();
        return;
    }
    m_fileName = file->fileName();
    m_source->showText(file->description());
    const Plan &plan = m_document->plan();
    m_result = ProgressImport::read(file->reader(), file->fileName(), plan,
                                    m_source->decimal().value_or(file->decimal()));
    if (!m_result.report.failed() && m_result.report.rejectedCount == 0 &&
        !m_result.entries.isEmpty())
        ProgressImport::apply(plan, m_result, FactorLibraryJson::builtIn(), &m_problems);
    showResult();
}

QString ProgressImportDialog::summaryText() const
{
    if (!m_fileError.isEmpty())
        return m_fileError;
    const ImportReport &report = m_result.report;
    if (report.failed())
        return report.error.startsWith(m_fileName)
                   ? report.error
                   : m_fileName + QStringLiteral(": ") + report.error;
    QStringList lines;
    lines << tr("%1: %n row(s) read", nullptr, int(report.rowsRead)).arg(m_fileName) +
                 tr(", %n rejected", nullptr, int(report.rejectedCount)) + QStringLiteral("; ") +
                 tr("progress of %n measure-year(s) to record", nullptr,
                    int(m_result.entries.size()));
    constexpr qsizetype kListed = 5; // the table above lists them all
    for (const RejectedRow &row : report.rejected.mid(0, kListed))
        lines
            << tr("%1, %2: %3", "file, place in it: reason").arg(m_fileName, row.place, row.reason);
    if (report.rejectedCount > kListed)
        lines << tr("… and %1 more").arg(report.rejectedCount - kListed);
    if (report.rejectedCount > 0)
        lines << tr("Nothing is imported while rows are rejected: fix them in the file.");
    for (const QString &problem : m_problems)
        lines << tr("Error: %1").arg(problem);
    return lines.join(QLatin1Char('\n'));
}

void ProgressImportDialog::showResult()
{
    const Plan &plan = m_document->plan();
    const Plan *adopted =
        plan.monitoring.adopted() ? plan.monitoring.adopted()->plan.get() : nullptr;
    m_entries->setRowCount(int(m_result.entries.size()));
    for (int i = 0; i < int(m_result.entries.size()); ++i) {
        const MeasureProgress &p = m_result.entries.at(i);
        const Measure *m = plan.findMeasure(p.measure);
        if (!m && adopted)
            m = adopted->findMeasure(p.measure);
        const bool statusGiven = m_result.statusGiven.value(i, true);
        QStringList notes;
        for (const ProgressUpdate &u : p.updates)
            notes
                << QStringLiteral("%1 %2: %3").arg(u.date.toString(Qt::ISODate), u.author, u.note);
        const QStringList cells{
            m ? MeasureCatalogue::displayName(*m) : p.measure,
            NumberFormat::year(p.year),
            statusGiven ? progressStatusName(p.status) : tr("(kept)"),
            optionalNumber(p.adoption),
            p.capexToDate ? NumberFormat::money(*p.capexToDate, plan.community.currency) : tr("—"),
            p.opexToDate ? NumberFormat::money(*p.opexToDate, plan.community.currency) : tr("—"),
            notes.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_entries->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_entries->resizeColumnsToContents();
    const QList<RejectedRow> &rejected = m_result.report.rejected;
    m_rejected->setRowCount(int(rejected.size()));
    for (int i = 0; i < int(rejected.size()); ++i) {
        m_rejected->setItem(i, 0, new QTableWidgetItem(rejected.at(i).place));
        m_rejected->setItem(i, 1, new QTableWidgetItem(rejected.at(i).reason));
    }
    m_rejected->resizeColumnsToContents();
    m_rejected->setVisible(!rejected.isEmpty());
    m_summary->setText(summaryText());
    m_importButton->setEnabled(m_fileError.isEmpty() && !m_result.report.failed() &&
                               m_result.report.rejectedCount == 0 && m_problems.isEmpty() &&
                               !m_result.entries.isEmpty());
}

void ProgressImportDialog::accept()
{
    if (!m_importButton->isEnabled())
        return;
    // Checked again against the plan as it is now: it applies entirely or not at all.
    m_problems.clear();
    const std::optional<Plan> next = ProgressImport::apply(
        m_document->plan(), m_result, FactorLibraryJson::builtIn(), &m_problems);
    if (!next) {
        showResult();
        return;
    }
    if (EditMonitoring *command = MonitoringReports::importProgress(
            m_document, next->monitoring, m_fileName, int(m_result.entries.size())))
        m_document->undoStack()->push(command);
    QDialog::accept();
}

} // namespace zeroplan
