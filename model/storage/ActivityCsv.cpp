#include "ActivityCsv.h"

#include <QLocale>

namespace zeroplan {

namespace {

QByteArray textCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return ActivityCsv::cell(QLatin1Char('\'') + text);
    return ActivityCsv::cell(text);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray ActivityCsv::cell(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
                       bytes.contains('\r') || bytes != bytes.trimmed();
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray ActivityCsv::write(const Plan &plan, Bom bom)
{
    QByteArray out = bom == Bom::With ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += "id,sector,subsector,scope,carrier,amount,unit,factor,data_quality,notation_key,"
           "driver,source,note\r\n";
    for (const ActivityLine &line : plan.activities) {
        const QList<QByteArray> cells = {
            textCell(line.id),          sectorId(line.sector).toUtf8(),
            textCell(line.subsector),   QByteArray::number(line.scope),
            line.carrier.toUtf8(),      number(line.amount),
            cell(line.unit),            textCell(line.factor),
            dataQualityId(line.dataQuality).toUtf8(), notationKeyId(line.notationKey).toUtf8(),
            driverId(line.driver).toUtf8(), textCell(line.source),
            textCell(line.note)};
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += cells[i];
        }
        out += "\r\n";
    }
    return out;
}

} // namespace zeroplan
