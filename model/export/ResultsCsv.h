#pragma once

#include "ExportTable.h"
#include "engine/Results.h"
#include "storage/CsvWriter.h"
#include "storage/ResultJson.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace zeroplan {

// Results as CSV, the one writer for both kinds of results table, through CsvWriter (RFC 4180,
// CRLF, UTF-8, the formula guard on every text cell, headers included):
//  - a results table (ResultTables: pathway, wedges, costs; `export --format …-csv` and the
//    Results export dialog): numbers rounded to 6 decimal places without trailing zeros
//    ("404.2", "2030", "-0.000001");
//  - `simulate --format csv` (docs/cli.md): one row per year, columns
//    year, bau_gross, then per scenario "<name>: gross", "…: sinks", "…: credits", "…: net",
//    one "…: wedge <measure>" per reduction measure and, with uncertainty, "…: net p5" …
//    "…: net p95"; numbers at full precision (the shortest form that reads back exactly).
// A blank cell, or a number that is not finite, is an empty field. Numbers have a '.' decimal
// point, no thousands separators, and are never guarded: -3.5 stays a number.
class ResultsCsv
{
public:
    static constexpr int kDecimals = 6;
    enum class Precision
    {
        Rounded, // kDecimals places
        Full     // the shortest form that reads back exactly
    };

    static QByteArray write(const ExportTable &table, CsvWriter::Bom bom = CsvWriter::Bom::Without,
                            Precision precision = Precision::Rounded);
    // The table written to `path` with a byte order mark (Excel reads UTF-8 only with one),
    // atomically (ExportFile); false and *error ("<file>: cannot be written: …") on failure.
    static bool writeFile(const ExportTable &table, const QString &path, QString *error);

    // `simulate --format csv`: `uncertainty` is empty, or holds one entry per scenario of
    // `result`, in its order.
    static QByteArray writeSimulation(const PlanResult &result,
                                      const std::vector<ScenarioUncertainty> &uncertainty = {});
    static ExportTable simulationTable(const PlanResult &result,
                                       const std::vector<ScenarioUncertainty> &uncertainty = {});

    static QByteArray number(double value, Precision precision = Precision::Rounded);
    static QByteArray cell(const ExportCell &cell, Precision precision = Precision::Rounded);
};

} // namespace zeroplan
