#include "TrackCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "TrackTable.h"
#include "monitoring/MonitoringRun.h"
#include "plan/Plan.h"
#include "storage/CsvWriter.h"
#include "storage/FactorLibraryJson.h"
#include "storage/TrackJson.h"

#include <QJsonDocument>

namespace zeroplan {
namespace {

const QString kFormatOption = QStringLiteral("format");
const QString kAsOfOption = QStringLiteral("as-of");
const QString kSamplesOption = QStringLiteral("samples");
constexpr int kMaxSamples = 100'000;

// One long-format record: section, key (measure id, variant, part), year, metric, value.
void record(CsvWriter &csv, const char *section, const QString &key, std::optional<int> year,
            const char *metric, std::optional<double> value)
{
    csv.text(QLatin1String(section));
    csv.text(key);
    if (year)
        csv.number(QByteArray::number(*year));
    else
        csv.empty();
    csv.text(QLatin1String(metric));
    if (value)
        csv.number(QByteArray::number(*value, 'g', 17));
    else
        csv.empty();
    csv.endRecord();
}

} // namespace

QString TrackCommand::name() const
{
    return QStringLiteral("track");
}

QString TrackCommand::summary() const
{
    return tr("Compare what happened with the adopted plan: gaps, measures, why emissions "
              "changed, re-forecast.");
}

int TrackCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kFormatOption, tr("Print as json, csv or table (default: table)."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
        {kAsOfOption,
         tr("The day of the assessment, YYYY-MM-DD (default: today); a measure with no update "
            "in the 12 months before it is stale."),
         QStringLiteral("DATE")},
        {kSamplesOption,
         tr("Also run N Monte Carlo samples (at most %L1) on each re-forecast.").arg(kMaxSamples),
         QStringLiteral("N")},
    });
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (const std::optional<int> status = readOutputFormat(parser.value(kFormatOption), &m_format))
        return *status;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(kAsOfOption)) {
        asOf = QDate::fromString(parser.value(kAsOfOption).trimmed(), Qt::ISODate);
        if (!asOf.isValid())
            return usageError(tr("--as-of needs a date written YYYY-MM-DD, not '%1'")
                                  .arg(parser.value(kAsOfOption)));
    }

    int samples = 0;
    if (parser.isSet(kSamplesOption)) {
        bool ok = false;
        samples = parser.value(kSamplesOption).trimmed().toInt(&ok);
        if (!ok || samples < 1 || samples > kMaxSamples)
            return usageError(tr("--samples needs a whole number from 1 to %L1, not '%2'")
                                  .arg(kMaxSamples)
                                  .arg(parser.value(kSamplesOption)));
    }

    PlanFile file(path);
    const std::optional<Plan> plan =
        file.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    QString error;
    const std::optional<MonitoringRun> run =
        MonitoringRun::of(*plan, FactorLibraryJson::builtIn(), asOf, samples, &error);
    if (!run) {
        Console::error(file.message(error));
        return ExitBadInput;
    }
    Console::outBytes(render(*plan, *run));
    return Console::finish(ExitSuccess);
}

QByteArray TrackCommand::render(const Plan &plan, const MonitoringRun &run) const
{
    switch (m_format) {
    case OutputFormat::Json:
        return QJsonDocument(TrackJson::toJson(plan, run)).toJson(QJsonDocument::Indented);
    case OutputFormat::Csv:
        return csv(plan, run);
    case OutputFormat::Table:
        break;
    }
    return TrackTable::format(plan, run).toUtf8();
}

QByteArray TrackCommand::csv(const Plan &plan, const MonitoringRun &run)
{
    CsvWriter csv;
    for (const char *header : {"section", "key", "year", "metric", "value"})
        csv.text(QLatin1String(header));
    csv.endRecord();
    for (const MonitoredYear &y : run.years) {
        record(csv, "years", QString(), y.year, "planned_t", y.planned);
        record(csv, "years", QString(), y.year, "actual_t", y.actual);
        record(csv, "years", QString(), y.year, "gap_t", y.gap());
    }
    if (run.tracking) {
        const int year = run.tracking->year;
        for (const MeasureTrack &t : run.tracking->measures) {
            record(csv, "measures", t.measure, year, "planned", t.planned);
            record(csv, "measures", t.measure, year, "actual", t.actual);
            record(csv, "measures", t.measure, year, "completion", t.completion);
            record(csv, "measures", t.measure, year, "planned_t", t.plannedAbatement);
            record(csv, "measures", t.measure, year, "realised_t", t.realisedAbatement);
            record(csv, "measures", t.measure, year, "late", t.late ? 1.0 : 0.0);
            record(csv, "measures", t.measure, year, "stale", t.stale ? 1.0 : 0.0);
        }
    }
    if (const std::optional<ChangeDecomposition> &d = run.decomposition) {
        const int year = d->lastYear;
        record(csv, "decomposition", QStringLiteral("drivers"), year, "t", d->drivers);
        record(csv, "decomposition", QStringLiteral("weather"), year, "t", d->weather);
        record(csv, "decomposition", QStringLiteral("emission_factors"), year, "t",
               d->emissionFactor);
        record(csv, "decomposition", QStringLiteral("measures"), year, "t", d->measures);
        record(csv, "decomposition", QStringLiteral("residual"), year, "t", d->residual);
    }
    if (const std::optional<Reforecast> &r = run.reforecast) {
        for (const ReforecastPath &p : r->paths) {
            const QString variant = TrackJson::variantId(p.variant);
            record(csv, "reforecast", variant, p.targetYear, "remaining_gap_t", p.remainingGap);
            record(csv, "reforecast", variant, std::nullopt, "neutral_from",
                   p.neutralFrom ? std::optional<double>(*p.neutralFrom) : std::nullopt);
        }
    }
    for (const Indicator &i : plan.monitoring.indicators) {
        for (const IndicatorValue &v : i.values) {
            record(csv, "indicators", i.id, v.year, "plan", v.plan);
            record(csv, "indicators", i.id, v.year, "actual", v.actual);
        }
    }
    return csv.bytes();
}

} // namespace zeroplan
