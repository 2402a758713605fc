#include "MeterImportDialog.h"

#include "PlanDocument.h"
#include "inventory/Sector.h"
#include "present/NumberFormat.h"
#include "storage/ProblemReport.h"

#include <QHeaderView>
#include <QTableWidget>

namespace zeroplan {

namespace {

const QList<ImportField> kMeterFields{
    ImportField::Meter, ImportField::Month,  ImportField::Carrier,  ImportField::Amount,
    ImportField::Unit,  ImportField::Sector, ImportField::Subsector};

QString lineName(const MeterCoverage &c)
{
    const QString carrier = ProblemReport::carrierName(c.carrier);
    return c.subsector.isEmpty() ? carrier
                                 : MeterImportDialog::tr("%1 (%2)", "carrier (subsector)")
                                       .arg(carrier, subsectorName(c.subsector));
}

QString outlierText(const MeterCoverage &c, const MeterCoverage::Outlier &o)
{
    return MeterImportDialog::tr("meter %1, %2-%3: %4 %5, over %6× its median month of %7 (%8)")
        .arg(o.meter)
        .arg(o.month.year)
        .arg(o.month.month, 2, 10, QLatin1Char('0'))
        .arg(NumberFormat::significant(o.amount), c.unit)
        .arg(MeterReadings::kOutlierRatio)
        .arg(NumberFormat::significant(o.medianMonth), o.place);
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = {}, bool number = true)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

MeterImportDialog::MeterImportDialog(PlanDocument *document, const QString &path, QWidget *parent,
                                     const ImportTarget &target)
    : ImportDialog(document, path, kMeterFields, parent, target), m_coverage(new QTableWidget(this))
{
    setObjectName(QStringLiteral("meterImportDialog"));
    setWindowTitle(target.actualYear
                       ? tr("Import actual year %1: meter readings").arg(*target.actualYear)
                       : tr("Import meter readings"));
    m_coverage->setObjectName(QStringLiteral("meterCoverageView"));
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setColumnCount(7);
    m_coverage->setHorizontalHeaderLabels({tr("Line"), tr("Meters"), tr("Readings"),
                                           tr("Meter-months present"), tr("Meters with gaps"),
                                           tr("Outliers"), tr("Total (not extrapolated)")});
    m_coverage->horizontalHeader()->setStretchLastSection(true);
    addReportTab(m_coverage, tr("Coverage"));
    reread();
}

QList<ImportField> MeterImportDialog::requiredFields() const
{
    return {ImportField::Meter, ImportField::Month, ImportField::Carrier, ImportField::Amount};
}

ImportReport MeterImportDialog::readTable(TableReader &reader, const QString &fileName,
                                          const ImportMapping &mapping, DecimalSeparator decimal)
{
    m_result = MeterReadings::read(reader, fileName, document()->plan(), mapping, decimal,
                                   library(), target().actualYear);
    showCoverage();
    return m_result.report;
}

void MeterImportDialog::clearResult()
{
    m_result = {};
    m_coverage->setRowCount(0);
}

// Where each line came from, for problems the plan's validator finds (the CLI words it so).
QStringList MeterImportDialog::places() const
{
    QStringList places;
    for (const MeterCoverage &c : m_result.coverage)
        places << tr("readings of %1").arg(lineName(c));
    return places;
}

void MeterImportDialog::showCoverage()
{
    m_coverage->setRowCount(int(m_result.coverage.size()));
    for (int r = 0; r < m_result.coverage.size(); ++r) {
        const MeterCoverage &c = m_result.coverage.at(r);
        QStringList outliers;
        for (const MeterCoverage::Outlier &o : c.outliers)
            outliers << outlierText(c, o);
        const QString gaps = tr("%1 meter-months missing; e.g. %2")
                                 .arg(NumberFormat::number(double(c.missingMonths)),
                                      c.gapExamples.join(QStringLiteral("; ")));
        m_coverage->setItem(r, 0, item(lineName(c), c.line, false));
        m_coverage->setItem(r, 1, item(NumberFormat::number(double(c.meters))));
        m_coverage->setItem(r, 2, item(NumberFormat::number(double(c.readings))));
        m_coverage->setItem(r, 3, item(NumberFormat::percent(c.share(), 1)));
        m_coverage->setItem(r, 4,
                            item(NumberFormat::number(double(c.metersWithGaps)),
                                 c.metersWithGaps > 0 ? gaps : QString()));
        m_coverage->setItem(
            r, 5,
            item(NumberFormat::number(double(c.outlierCount)), outliers.join(QLatin1Char('\n'))));
        m_coverage->setItem(
            r, 6, item(tr("%1 %2", "amount unit").arg(NumberFormat::significant(c.total), c.unit)));
    }
    m_coverage->resizeColumnsToContents();
}

QStringList MeterImportDialog::extraNotes() const
{
    QStringList notes;
    for (const MeterCoverage &c : m_result.coverage) {
        if (c.metersWithGaps > 0)
            notes << tr("%1: %2 meter-months missing, e.g. %3")
                         .arg(lineName(c), NumberFormat::number(double(c.missingMonths)),
                              c.gapExamples.mid(0, 3).join(QStringLiteral("; ")));
        for (const MeterCoverage::Outlier &o : c.outliers)
            notes << tr("%1: outlier: %2").arg(lineName(c), outlierText(c, o));
        if (c.outlierCount > 0)
            notes << tr("%1: outliers are included in the total; sums are of the readings "
                        "present, not extrapolated")
                         .arg(lineName(c));
    }
    for (const auto &[year, count] : m_result.otherYears) {
        const int readings = int(count);
        notes << (target().actualYear
                      ? tr("%n reading(s) of %1 not summed: the year imported is %2", nullptr,
                           readings)
                      : tr("%n reading(s) of %1 not summed: the plan's base year is %2", nullptr,
                           readings))
                     .arg(NumberFormat::year(year), NumberFormat::year(m_result.year));
    }
    return notes;
}

QString MeterImportDialog::resultSummary() const
{
    const int count = int(m_result.lines.size());
    if (count == 0)
        return (target().actualYear ? tr("no readings for %1")
                                    : tr("no readings for %1, the plan's base year"))
            .arg(NumberFormat::year(m_result.year));
    return tr("%n line(s) for %1 to add", nullptr, count).arg(NumberFormat::year(m_result.year));
}

} // namespace zeroplan
