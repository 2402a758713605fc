#include "ActualsImportBar.h"

#include "ActualYearChoiceDialog.h"
#include "MonitoringReports.h"
#include "PlanDocument.h"
#include "SectorTotalsDialog.h"
#include "common/ActivityImportDialog.h"
#include "common/MeterImportDialog.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace zeroplan {

ActualsImportBar::ActualsImportBar(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_import(new QPushButton(tr("Import actual year…"), this)),
      m_totals(new QPushButton(tr("Enter sector totals…"), this)), m_summary(new QLabel(this))
{
    m_import->setObjectName(QStringLiteral("importActualYearButton"));
    m_import->setToolTip(tr("Read a year's actual activity lines, or its monthly meter "
                            "readings, from a CSV or XLSX file, as the baseline's import does."));
    m_totals->setObjectName(QStringLiteral("enterSectorTotalsButton"));
    m_totals->setToolTip(tr("Enter a year's gross emissions per sector where only totals are "
                            "known, with their source and data quality."));
    m_summary->setObjectName(QStringLiteral("actualSourceLabel"));
    m_summary->setWordWrap(true);
    auto *buttons = new QHBoxLayout(this);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_import);
    buttons->addWidget(m_totals);
    connect(m_import, &QPushButton::clicked, this, &ActualsImportBar::askToImport);
    connect(m_totals, &QPushButton::clicked, this, &ActualsImportBar::askForTotals);
}

void ActualsImportBar::showYear(int year)
{
    m_year = year;
    const ActualInventory *actual = m_document->plan().monitoring.actual(year);
    if (!actual) {
        m_summary->clear();
        return;
    }
    QString text = tr("%1: source %2; data quality: %3")
                       .arg(NumberFormat::year(year),
                            actual->source.isEmpty() ? tr("not given") : actual->source,
                            actualQualityName(actual->quality));
    QStringList totals;
    for (const SectorTotal &t : actual->sectorTotals)
        totals << tr("%1 %2", "sector tonnes")
                      .arg(sectorName(t.sector), NumberFormat::tonnes(t.tonnes));
    if (!totals.isEmpty())
        text += QLatin1Char('\n') + tr("Sector totals: %1").arg(totals.join(tr(", ")));
    m_summary->setText(text);
}

QString ActualsImportBar::folder() const
{
    return m_document->isUntitled() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
}

void ActualsImportBar::askToImport()
{
    ActualYearChoiceDialog choice(m_document->plan(), folder(), this);
    if (choice.exec() != QDialog::Accepted)
        return;
    const int year = choice.year();
    bool replace = false;
    if (const ActualInventory *actual = m_document->plan().monitoring.actual(year)) {
        QMessageBox ask(QMessageBox::Question, tr("Import actual year"),
                        tr("The actual emissions of %1 are already entered (%n line(s)). "
                           "Replace them with the file's, or add the file's lines to them?",
                           nullptr, int(actual->activities.size()))
                            .arg(NumberFormat::year(year)),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("replaceActualYearBox"));
        QPushButton *replaceButton = ask.addButton(tr("Replace"), QMessageBox::AcceptRole);
        replaceButton->setObjectName(QStringLiteral("replaceButton"));
        QPushButton *addButton = ask.addButton(tr("Add to them"), QMessageBox::AcceptRole);
        addButton->setObjectName(QStringLiteral("addToButton"));
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != replaceButton && ask.clickedButton() != addButton)
            return;
        replace = ask.clickedButton() == replaceButton;
    }
    importFile(year, choice.path(), choice.meterReadings(), replace);
}

ImportDialog *ActualsImportBar::importFile(int year, const QString &path, bool meterReadings,
                                           bool replace)
{
    const ImportTarget target{year, replace};
    ImportDialog *dialog =
        meterReadings
            ? static_cast<ImportDialog *>(new MeterImportDialog(m_document, path, this, target))
            : new ActivityImportDialog(m_document, path, this, target);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, year]() { emit yearEntered(year); });
    dialog->open();
    return dialog;
}

void ActualsImportBar::askForTotals()
{
    const ActualInventory *latest = m_document->plan().monitoring.latestActual();
    SectorTotalsDialog dialog(m_document->plan(), m_year ? m_year : (latest ? latest->year : 0),
                              this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int year = dialog.year();
    const QList<SectorTotal> totals = dialog.totals();
    const qsizetype dropped =
        MonitoringReports::linesReplacedBy(m_document->plan().monitoring, year, totals);
    if (dropped > 0 &&
        QMessageBox::question(this, tr("Enter sector totals"),
                              tr("The totals replace %n activity line(s) of %1 in the sectors "
                                 "given. Go on?",
                                 nullptr, int(dropped))
                                  .arg(NumberFormat::year(year))) != QMessageBox::Yes)
        return;
    enterSectorTotals(year, totals, dialog.source(), dialog.quality());
}

bool ActualsImportBar::enterSectorTotals(int year, const QList<SectorTotal> &totals,
                                         const QString &source, ActualQuality quality)
{
    EditMonitoring *command =
        MonitoringReports::setSectorTotals(m_document, year, totals, source, quality);
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    emit yearEntered(year);
    return true;
}

} // namespace zeroplan
