#include "ResultsCsv.h"

#include "ExportFile.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

QByteArray ResultsCsv::number(double value, Precision precision)
{
    if (!std::isfinite(value))
        return {};
    if (precision == Precision::Full)
        return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    QByteArray text = QByteArray::number(value, 'f', kDecimals);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    if (text == "-0")
        return QByteArrayLiteral("0");
    return text;
}

QByteArray ResultsCsv::cell(const ExportCell &cell, Precision precision)
{
    if (cell.isNumber())
        return number(cell.toNumber(), precision);
    if (cell.isText())
        return CsvWriter::textCell(cell.toText()); // names a user typed: no formulas
    return {};
}

QByteArray ResultsCsv::write(const ExportTable &table, CsvWriter::Bom bom, Precision precision)
{
    CsvWriter csv(bom);
    for (const QString &name : table.header)
        csv.text(name);
    csv.endRecord();
    for (const ExportRow &row : table.rows) {
        for (const ExportCell &c : row) {
            if (c.isNumber())
                csv.number(number(c.toNumber(), precision));
            else if (c.isText())
                csv.text(c.toText());
            else
                csv.empty();
        }
        csv.endRecord();
    }
    return csv.bytes();
}

bool ResultsCsv::writeFile(const ExportTable &table, const QString &path, QString *error)
{
    return ExportFile::write(write(table, CsvWriter::Bom::With), path, error);
}

namespace {

// One column of the simulation table: its header and the series it shows.
struct Column
{
    QString header;
    const YearSeries *values = nullptr;
};

std::vector<Column> simulationColumns(const PlanResult &result,
                                      const std::vector<ScenarioUncertainty> &uncertainty)
{
    std::vector<Column> out{{QStringLiteral("bau_gross"), &result.bauGross}};
    for (size_t i = 0; i < result.scenarios.size(); ++i) {
        const ScenarioResult &s = result.scenarios[i];
        const QString prefix = s.name + QStringLiteral(": ");
        out.push_back({prefix + QStringLiteral("gross"), &s.gross});
        out.push_back({prefix + QStringLiteral("sinks"), &s.sinks});
        out.push_back({prefix + QStringLiteral("credits"), &s.credits});
        out.push_back({prefix + QStringLiteral("net"), &s.net});
        for (const MeasureResult &m : s.measures) {
            if (ResultJson::isReduction(m))
                out.push_back({prefix + QStringLiteral("wedge ") + m.name, &m.wedge});
        }
        if (i >= uncertainty.size())
            continue;
        const Percentiles &p = uncertainty[i].monteCarlo.net;
        out.push_back({prefix + QStringLiteral("net p5"), &p.p5});
        out.push_back({prefix + QStringLiteral("net p25"), &p.p25});
        out.push_back({prefix + QStringLiteral("net p50"), &p.p50});
        out.push_back({prefix + QStringLiteral("net p75"), &p.p75});
        out.push_back({prefix + QStringLiteral("net p95"), &p.p95});
    }
    return out;
}

} // namespace

ExportTable ResultsCsv::simulationTable(const PlanResult &result,
                                        const std::vector<ScenarioUncertainty> &uncertainty)
{
    const std::vector<Column> columns = simulationColumns(result, uncertainty);
    ExportTable table;
    table.header.append(QStringLiteral("year"));
    for (const Column &c : columns)
        table.header.append(c.header);
    for (size_t t = 0; t < result.years.size(); ++t) {
        ExportRow row{ExportCell::number(result.years[t])};
        for (const Column &c : columns) {
            const auto i = Eigen::Index(t);
            row.append(i < c.values->size() ? ExportCell::number((*c.values)[i]) : ExportCell());
        }
        table.rows.append(row);
    }
    return table;
}

QByteArray ResultsCsv::writeSimulation(const PlanResult &result,
                                       const std::vector<ScenarioUncertainty> &uncertainty)
{
    return write(simulationTable(result, uncertainty), CsvWriter::Bom::Without, Precision::Full);
}

} // namespace zeroplan
