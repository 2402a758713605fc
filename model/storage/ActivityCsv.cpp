#include "ActivityCsv.h"

#include <QLocale>

namespace zeroplan {

namespace {

QByteArray number(double value)
{
    // Shortest exact digits, without an exponent a spreadsheet would show as 6E+06.
    return QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray ActivityCsv::write(const Plan &plan, Bom bom)
{
    CsvWriter csv(bom);
    for (const char *name : {"id", "sector", "subsector", "scope", "carrier", "amount", "unit",
                             "factor", "data_quality", "notation_key", "driver", "source", "note"})
        csv.text(QString::fromLatin1(name));
    csv.endRecord();
    for (const ActivityLine &line : plan.activities) {
        csv.text(line.id);
        csv.text(sectorId(line.sector));
        csv.text(line.subsector);
        csv.number(QByteArray::number(line.scope));
        csv.text(line.carrier);
        csv.number(number(line.amount));
        csv.text(line.unit);
        csv.text(line.factor);
        csv.text(dataQualityId(line.dataQuality));
        csv.text(notationKeyId(line.notationKey));
        csv.text(driverId(line.driver));
        csv.text(line.source);
        csv.text(line.note);
        csv.endRecord();
    }
    return csv.bytes();
}

} // namespace zeroplan
