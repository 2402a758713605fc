#include "ImportCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "import/ActivityImport.h"
#include "import/ActualImport.h"
#include "import/MeterReadings.h"
#include "import/ProgressImport.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Sector.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ProblemReport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace zeroplan {

namespace {

const QString kActivities = QStringLiteral("activities");
const QString kMeters = QStringLiteral("meter-readings");
const QString kActuals = QStringLiteral("actuals");
const QString kProgress = QStringLiteral("progress");
const QString kYear = QStringLiteral("year");
const QString kSheet = QStringLiteral("sheet");
const QString kEncoding = QStringLiteral("encoding");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kDecimal = QStringLiteral("decimal");
const QString kMapping = QStringLiteral("mapping");
const QString kSkipRejected = QStringLiteral("skip-rejected");
const QString kDryRun = QStringLiteral("dry-run");

std::optional<CsvOptions::Encoding> encodingFromName(const QString &name)
{
    const QString n = name.toLower().remove(QLatin1Char('-'));
    if (n == QLatin1String("auto"))
        return CsvOptions::Encoding::Detect;
    if (n == QLatin1String("utf8"))
        return CsvOptions::Encoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        return CsvOptions::Encoding::Gb18030;
    if (n == QLatin1String("utf16"))
        return CsvOptions::Encoding::Utf16;
    return std::nullopt;
}

std::optional<char> delimiterFromName(const QString &name)
{
    if (name == QLatin1String("auto"))
        return '\0';
    if (name == QLatin1String("comma") || name == QLatin1String(","))
        return ',';
    if (name == QLatin1String("semicolon") || name == QLatin1String(";"))
        return ';';
    if (name == QLatin1String("tab") || name == QLatin1String("\\t"))
        return '\t';
    return std::nullopt;
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Add activity lines to a plan from a CSV or XLSX file or meter readings; actual "
              "figures of later years; measure progress.");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {kActivities, tr("Activity lines, one per row (CSV or XLSX)."), QStringLiteral("FILE")},
        {kMeters,
         tr("Monthly meter readings, one per row, summed to annual lines for the "
            "plan's base year."),
         QStringLiteral("FILE")},
        {kActuals,
         tr("Activity lines of a later year's actual inventory, one per row (CSV or XLSX); "
            "with --year."),
         QStringLiteral("FILE")},
        {kProgress,
         tr("Measure progress, one row per measure and year: measure, year, adoption, status, "
            "capex_to_date, opex_to_date, date, author, note, evidence (CSV or XLSX)."),
         QStringLiteral("FILE")},
        {kYear,
         tr("The year of the actual figures (--actuals, or --meter-readings for a year after "
            "the base year)."),
         QStringLiteral("Y")},
        {kSheet, tr("The workbook's sheet to read (default: the first)."), QStringLiteral("S")},
        {kEncoding,
         tr("The text file's encoding: auto, utf-8, gb18030 (gbk) or utf-16 "
            "(default: auto)."),
         QStringLiteral("E")},
        {kDelimiter,
         tr("The text file's delimiter: auto, comma, semicolon or tab (default: "
            "auto)."),
         QStringLiteral("D")},
        {kDecimal,
         tr("The numbers' decimal separator: point or comma (default: comma in "
            "semicolon-separated text, else point)."),
         QStringLiteral("point|comma")},
        {kMapping,
         tr("A JSON file that names the columns, by header text or by number from 1, and gives "
            "values every row gets, e.g. {\"columns\": {\"amount\": \"Verbrauch\"}, "
            "\"values\": {\"unit\": \"MWh\"}}."),
         QStringLiteral("M")},
        {kSkipRejected, tr("Import the good rows even when some are rejected.")},
        {kDryRun, tr("Read and check the file, report, change nothing.")},
    });
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    addOptions(parser);
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (const std::optional<int> status = readOptions(parser))
        return *status;
    if (!m_dryRun) {
        m_rewrite = std::make_unique<PlanRewrite>(path);
        if (const std::optional<int> status = m_rewrite->begin())
            return *status;
    }
    PlanFile planFile(path);
    const std::optional<Plan> plan =
        planFile.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    return importInto(planFile, *plan);
}

std::optional<int> ImportCommand::readOptions(const QCommandLineParser &parser)
{
    int sources = 0;
    for (const auto &[option, kind] :
         {std::pair{kActivities, Source::Activities}, std::pair{kMeters, Source::Meters},
          std::pair{kActuals, Source::Actuals}, std::pair{kProgress, Source::Progress}}) {
        if (parser.isSet(option)) {
            ++sources;
            m_kind = kind;
            m_source = parser.value(option);
        }
    }
    if (sources != 1)
        return usageError(tr("give one of --activities FILE, --meter-readings FILE, --actuals "
                             "FILE --year Y or --progress FILE"));
    if (parser.isSet(kYear)) {
        bool ok = false;
        m_year = parser.value(kYear).trimmed().toInt(&ok);
        if (!ok)
            return usageError(tr("--year needs a year, not '%1'").arg(parser.value(kYear)));
        if (m_kind == Source::Activities || m_kind == Source::Progress)
            return usageError(tr("--year goes with --actuals or --meter-readings; the baseline "
                                 "is for the plan's base year, and progress rows name their "
                                 "year"));
    } else if (m_kind == Source::Actuals) {
        return usageError(tr("--actuals needs --year Y, the year of the figures"));
    }
    m_tableOptions.sheet = parser.value(kSheet);
    if (parser.isSet(kEncoding)) {
        const auto encoding = encodingFromName(parser.value(kEncoding));
        if (!encoding)
            return usageError(tr("unknown encoding '%1'; use auto, utf-8, gb18030 or utf-16")
                                  .arg(parser.value(kEncoding)));
        m_tableOptions.csv.encoding = *encoding;
    }
    if (parser.isSet(kDelimiter)) {
        const auto delimiter = delimiterFromName(parser.value(kDelimiter));
        if (!delimiter)
            return usageError(tr("unknown delimiter '%1'; use auto, comma, semicolon or tab")
                                  .arg(parser.value(kDelimiter)));
        m_tableOptions.csv.delimiter = *delimiter;
    }
    if (parser.isSet(kMapping)) {
        if (const std::optional<int> status = readMapping(parser.value(kMapping)))
            return status;
    }
    if (parser.isSet(kDecimal)) {
        const QString d = parser.value(kDecimal);
        if (d != QLatin1String("point") && d != QLatin1String("comma"))
            return usageError(tr("--decimal must be point or comma, not '%1'").arg(d));
        m_mapping.decimal =
            d == QLatin1String("comma") ? DecimalSeparator::Comma : DecimalSeparator::Point;
    }
    m_skipRejected = parser.isSet(kSkipRejected);
    m_dryRun = parser.isSet(kDryRun);
    return std::nullopt;
}

std::optional<int> ImportCommand::readMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Console::error(path + QStringLiteral(": ") +
                       tr("cannot be opened: %1").arg(file.errorString()));
        return ExitBadInput;
    }
    QString error;
    const auto mapping = ImportMapping::fromJson(file.read(1 << 20), &error);
    if (!mapping) {
        Console::error(path + QStringLiteral(": ") + error);
        return ExitBadInput;
    }
    for (const QString &warning : mapping->warnings)
        Console::error(path + QStringLiteral(": ") + tr("warning: %1").arg(warning));
    m_mapping = *mapping;
    return std::nullopt;
}

DecimalSeparator ImportCommand::decimal(const TableFile &table) const
{
    return m_mapping.decimal.value_or(table.decimal());
}

int ImportCommand::importInto(PlanFile &planFile, const Plan &plan)
{
    QString error;
    const std::unique_ptr<TableFile> table = TableFile::open(m_source, m_tableOptions, &error);
    if (!table) {
        Console::error(error);
        return ExitBadInput;
    }
    const QString decimalName =
        decimal(*table) == DecimalSeparator::Comma ? tr("decimal comma") : tr("decimal point");
    Console::out(
        tr("Reading %1: %2, %3.").arg(table->fileName(), table->description(), decimalName) +
        QLatin1Char('\n'));
    switch (m_kind) {
    case Source::Meters:
        return importMeters(planFile, plan, *table);
    case Source::Progress:
        return importProgress(planFile, plan, *table);
    case Source::Activities:
    case Source::Actuals:
        break;
    }
    return importActivities(planFile, plan, *table);
}

std::optional<int> ImportCommand::reportRows(const ImportReport &report, const TableFile &table,
                                             bool nothingToAdd) const
{
    const QString file = m_source;
    if (report.failed()) {
        Console::error(report.error.startsWith(file) ? report.error
                                                     : file + QStringLiteral(": ") + report.error);
        return ExitBadInput;
    }
    QString text;
    for (const QString &note : report.notes)
        text += tr("note: %1").arg(note) + QLatin1Char('\n');
    for (const QString &warning : report.warnings)
        text += tr("warning: %1").arg(warning) + QLatin1Char('\n');
    if (report.rejectedCount > 0) {
        text += tr("Rejected rows:") + QLatin1Char('\n');
        for (const RejectedRow &row : report.rejected)
            text += QStringLiteral("  ") +
                    tr("%1, %2: %3", "file, place in it: reason")
                        .arg(table.fileName(), row.place, row.reason) +
                    QLatin1Char('\n');
        if (const qint64 more = report.rejectedCount - report.rejected.size(); more > 0)
            text += QStringLiteral("  ") + tr("… and %1 more").arg(more) + QLatin1Char('\n');
    }
    Console::out(text);
    if (report.rejectedCount > 0 && !m_skipRejected) {
        Console::error(file + QStringLiteral(": ") +
                       tr("nothing imported: %1 of %2 rows rejected; fix them, or use "
                          "--skip-rejected to import the others")
                           .arg(report.rejectedCount)
                           .arg(report.rowsRead));
        return ExitBadInput;
    }
    if (nothingToAdd) {
        Console::error(file + QStringLiteral(": ") + tr("nothing to import: no rows to add"));
        return ExitBadInput;
    }
    return std::nullopt;
}

int ImportCommand::importActivities(PlanFile &planFile, const Plan &plan, TableFile &table)
{
    const ActivityImportResult result =
        ActivityImport::read(table.reader(), table.fileName(), plan, m_mapping, decimal(table),
                             FactorLibraryJson::builtIn(), m_year);
    if (const std::optional<int> status = reportRows(result.report, table, result.lines.isEmpty()))
        return *status;
    return save(planFile, plan, result.lines, result.places);
}

int ImportCommand::importMeters(PlanFile &planFile, const Plan &plan, TableFile &table)
{
    const MeterImportResult result =
        MeterReadings::read(table.reader(), table.fileName(), plan, m_mapping, decimal(table),
                            FactorLibraryJson::builtIn(), m_year);
    if (const std::optional<int> status = reportRows(result.report, table, false))
        return *status;
    Console::out(coverageText(result));
    if (result.lines.isEmpty()) {
        Console::error(m_source + QStringLiteral(": ") +
                       (m_year ? tr("nothing to import: no readings for %1").arg(result.year)
                               : tr("nothing to import: no readings for %1, the plan's base year")
                                     .arg(result.year)));
        return ExitBadInput;
    }
    QStringList places;
    for (const MeterCoverage &c : result.coverage)
        places << tr("readings of %1").arg(ProblemReport::carrierName(c.carrier));
    return save(planFile, plan, result.lines, places);
}

QString ImportCommand::coverageText(const MeterImportResult &result)
{
    QString text = tr("Meter readings for %1:").arg(result.year) + QLatin1Char('\n');
    const QLocale locale;
    for (const MeterCoverage &c : result.coverage) {
        text += QStringLiteral("  ") +
                tr("%1 (%2): %3 meters, %4 readings, %5 % of meter-months; total %6 %7")
                    .arg(ProblemReport::carrierName(c.carrier), subsectorName(c.subsector),
                         locale.toString(c.meters), locale.toString(c.readings),
                         locale.toString(100 * c.share(), 'f', 1),
                         locale.toString(c.total, 'f',
                                         c.total >= 1000 ? 0 : QLocale::FloatingPointShortest),
                         c.unit) +
                QLatin1Char('\n');
        if (c.metersWithGaps > 0) {
            const int meters = int(c.metersWithGaps);
            text += QStringLiteral("    ") +
                    tr("%n meter(s) miss %1 meter-months, e.g. %2", nullptr, meters)
                        .arg(locale.toString(c.missingMonths),
                             c.gapExamples.mid(0, 3).join(QStringLiteral("; "))) +
                    QLatin1Char('\n');
        }
        for (const MeterCoverage::Outlier &o : c.outliers.mid(0, 5))
            text += QStringLiteral("    ") +
                    tr("outlier: meter %1, %2-%3: %4 %5, over %6× its median month of %7 (%8)")
                        .arg(o.meter)
                        .arg(o.month.year)
                        .arg(o.month.month, 2, 10, QLatin1Char('0'))
                        .arg(locale.toString(o.amount, 'g', 6), c.unit)
                        .arg(MeterReadings::kOutlierRatio)
                        .arg(locale.toString(o.medianMonth, 'g', 6), o.place) +
                    QLatin1Char('\n');
        if (c.outlierCount > 5)
            text += QStringLiteral("    ") +
                    tr("… %1 outliers in all; they are included in the total")
                        .arg(locale.toString(c.outlierCount)) +
                    QLatin1Char('\n');
    }
    for (const auto &[year, count] : result.otherYears) {
        const int readings = int(count);
        text += QStringLiteral("  ") +
                tr("%n reading(s) of %1 not summed: the plan's base year is %2", nullptr, readings)
                    .arg(year)
                    .arg(result.year) +
                QLatin1Char('\n');
    }
    return text;
}

int ImportCommand::save(PlanFile &planFile, const Plan &plan, const QList<ActivityLine> &added,
                        const QStringList &places) const
{
    QStringList problems;
    // Figures of a later year go to its actual inventory; the base year's to the baseline.
    const bool actual = m_kind == Source::Actuals || (m_year && *m_year != plan.community.baseYear);
    const std::optional<Plan> next =
        actual ? ActualImport::apply(plan, *m_year, added, places, QFileInfo(m_source).fileName(),
                                     FactorLibraryJson::builtIn(), &problems)
               : ActivityImport::apply(plan, added, places, QFileInfo(m_source).fileName(),
                                       FactorLibraryJson::builtIn(), &problems);
    if (!next) {
        for (const QString &p : problems)
            Console::out(tr("error: %1").arg(p) + QLatin1Char('\n'));
        Console::error(planFile.message(tr("nothing imported: the plan would not be valid with "
                                           "these lines")));
        return ExitBadInput;
    }
    const QLocale locale;
    QString text;
    for (const ActivityLine &line : added)
        text += QStringLiteral("  ") + line.id + QStringLiteral(": ") +
                tr("%1, %2 %3, factor %4")
                    .arg(ProblemReport::carrierName(line.carrier),
                         locale.toString(line.amount, 'g', 10), line.unit, line.factor) +
                QLatin1Char('\n');
    Console::out(text);
    const int count = int(added.size());
    return writePlan(
        planFile, *next,
        tr("Dry run: %n line(s) would be added; nothing was changed.", nullptr, count),
        actual ? tr("Added %n line(s) to the actual inventory of %2 in %1.", nullptr, count)
                     .arg(planFile.path())
                     .arg(*m_year)
               : tr("Added %n activity line(s) to %1.", nullptr, count).arg(planFile.path()));
}

int ImportCommand::importProgress(PlanFile &planFile, const Plan &plan, TableFile &table)
{
    const ProgressImportResult read =
        ProgressImport::read(table.reader(), table.fileName(), plan, decimal(table));
    if (const std::optional<int> status = reportRows(read.report, table, read.entries.isEmpty()))
        return *status;
    QStringList problems;
    const std::optional<Plan> next =
        ProgressImport::apply(plan, read, FactorLibraryJson::builtIn(), &problems);
    if (!next) {
        for (const QString &p : problems)
            Console::out(tr("error: %1").arg(p) + QLatin1Char('\n'));
        Console::error(planFile.message(tr("nothing imported: the plan would not be valid with "
                                           "this progress")));
        return ExitBadInput;
    }
    const QLocale locale;
    QString text;
    for (const MeasureProgress &p : read.entries)
        text += QStringLiteral("  ") +
                tr("%1, %2: %3, adoption %4", "measure, year: status, adoption")
                    .arg(p.measure)
                    .arg(p.year)
                    .arg(progressStatusName(p.status),
                         p.adoption ? locale.toString(*p.adoption, 'g', 10) : tr("—")) +
                QLatin1Char('\n');
    Console::out(text);
    const int count = int(read.entries.size());
    return writePlan(planFile, *next,
                     tr("Dry run: progress of %n measure-year(s) would be recorded; nothing was "
                        "changed.",
                        nullptr, count),
                     tr("Recorded the progress of %n measure-year(s) in %1.", nullptr, count)
                         .arg(planFile.path()));
}

int ImportCommand::writePlan(PlanFile &planFile, const Plan &next, const QString &dryRun,
                             const QString &done) const
{
    if (m_dryRun) {
        Console::out(dryRun + QLatin1Char('\n'));
        return Console::finish(ExitSuccess);
    }
    if (m_rewrite) {
        if (const std::optional<int> status = m_rewrite->check())
            return *status;
    }
    if (!planFile.write(next)) {
        Console::error(planFile.error());
        return ExitBadInput;
    }
    Console::out(done + QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
