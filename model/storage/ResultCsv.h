#pragma once

#include "ResultJson.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace zeroplan {

// A plan's results as one CSV table (RFC 4180: comma separated, CRLF line ends, fields with
// a comma, quote or line break quoted, UTF-8 without BOM), one row per year:
//   year, bau_gross, then per scenario "<name>: gross", "…: sinks", "…: credits", "…: net",
//   one "…: wedge <measure>" column per reduction measure and, with uncertainty,
//   "…: net p5" … "…: net p95".
// Emissions in tCO2e; numbers at full precision (shortest form that reads back exactly);
// a number that is not finite is an empty field.
class ResultCsv
{
public:
    // `uncertainty` is empty, or holds one entry per scenario of `result`, in its order.
    static QByteArray write(const PlanResult &result,
                            const std::vector<ScenarioUncertainty> &uncertainty = {});
    static QString field(const QString &text); // quoted when RFC 4180 requires it
    static QString number(double value);

private:
    struct Column
    {
        QString header;
        const YearSeries *values = nullptr;
    };
    static std::vector<Column> columns(const PlanResult &result,
                                       const std::vector<ScenarioUncertainty> &uncertainty);
    static QString row(const QStringList &fields);
};

} // namespace zeroplan
