#include "ResultsCsv.h"

#include "ExportFile.h"

#include <cmath>

namespace zeroplan {

namespace {

void appendRecord(QByteArray &out, const QList<QByteArray> &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += fields[i];
    }
    out += "\r\n";
}

} // namespace

QByteArray ResultsCsv::number(double value)
{
    if (!std::isfinite(value))
        return {};
    QByteArray text = QByteArray::number(value, 'f', kDecimals);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    if (text == "-0")
        return QByteArrayLiteral("0");
    return text;
}

QByteArray ResultsCsv::cell(const ExportCell &cell)
{
    if (cell.isNumber())
        return number(cell.toNumber());
    if (cell.isText())
        return ActivityCsv::textCell(cell.toText()); // names a user typed: no formulas
    return {};
}

QByteArray ResultsCsv::write(const ExportTable &table, ActivityCsv::Bom bom)
{
    QByteArray out = bom == ActivityCsv::Bom::With ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    QList<QByteArray> fields;
    for (const QString &name : table.header)
        fields.append(ActivityCsv::textCell(name));
    appendRecord(out, fields);
    for (const ExportRow &row : table.rows) {
        fields.clear();
        for (const ExportCell &c : row)
            fields.append(cell(c));
        appendRecord(out, fields);
    }
    return out;
}

bool ResultsCsv::writeFile(const ExportTable &table, const QString &path, QString *error)
{
    return ExportFile::write(write(table, ActivityCsv::Bom::With), path, error);
}

} // namespace zeroplan
