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

QByteArray ActivityCsv::textCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    const bool guarded = text.size() > 1 && text.front() == QLatin1Char('\'') &&
                         (formulaStarts.contains(text[1]) || text[1] == QLatin1Char('\''));
    if (guarded || (!text.isEmpty() && formulaStarts.contains(text.front())))
        return ActivityCsv::cell(QLatin1Char('\'') + text);
    return ActivityCsv::cell(text);
}

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
