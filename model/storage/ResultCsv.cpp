#include "ResultCsv.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

QString ResultCsv::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString ResultCsv::number(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString ResultCsv::row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

std::vector<ResultCsv::Column>
ResultCsv::columns(const PlanResult &result, const std::vector<ScenarioUncertainty> &uncertainty)
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

QByteArray ResultCsv::write(const PlanResult &result,
                            const std::vector<ScenarioUncertainty> &uncertainty)
{
    const std::vector<Column> cols = columns(result, uncertainty);
    QStringList header{QStringLiteral("year")};
    for (const Column &c : cols)
        header.append(c.header);
    QString text = row(header);
    for (size_t t = 0; t < result.years.size(); ++t) {
        QStringList fields{QString::number(result.years[t])};
        for (const Column &c : cols) {
            const auto i = Eigen::Index(t);
            fields.append(i < c.values->size() ? number((*c.values)[i]) : QString());
        }
        text += row(fields);
    }
    return text.toUtf8();
}

} // namespace zeroplan
