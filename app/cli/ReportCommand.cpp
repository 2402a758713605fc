#include "ReportCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "ScenarioChoice.h"
#include "VersionChoice.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "report/CommunityReports.h"
#include "report/DistrictReport.h"
#include "report/PlanReport.h"
#include "report/ReportLanguage.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanFileReader.h"

#include <QDate>
#include <QDir>

namespace zeroplan {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("Write the printed plan, or a district's summary, as a PDF (A4), in Chinese or "
              "English.");
}

namespace {

// Says on stderr what became of each link of a district that is not as linked: warnings, the
// report is printed all the same (and says so itself).
void warnAboutLinks(const DistrictLoad &load)
{
    for (const LinkState &state : load.links) {
        if (state.status == LinkStatus::Missing || state.status == LinkStatus::Unreadable)
            Console::error(state.message.isEmpty()
                               ? QDir::toNativeSeparators(state.filePath) + QStringLiteral(": ") +
                                     DistrictLoader::statusName(state.status)
                               : state.message);
        else if (state.status == LinkStatus::Changed)
            Console::error(QDir::toNativeSeparators(state.filePath) + QStringLiteral(": ") +
                           ReportCommand::tr("changed since it was linked; printed as it is now"));
    }
}

} // namespace

int ReportCommand::runDistrict(const QString &path, const District &district, bool communities,
                               const ReportOptions &options, const QString &output)
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    const DistrictLoad load = DistrictLoader::load(district, path, &library);
    warnAboutLinks(load);
    if (!communities) {
        QString error;
        if (!DistrictReport::writeFile(district, load, library, options, output, &error)) {
            Console::error(error);
            return ExitBadInput;
        }
        return ExitSuccess;
    }
    const CommunityReportsResult result = CommunityReports::write(load, library, options, output);
    for (const QString &file : result.written)
        Console::out(QDir::toNativeSeparators(file) + QLatin1Char('\n'));
    for (const CommunityReportsResult::Failure &failure : result.failed)
        Console::error(failure.message);
    if (!result.error.isEmpty())
        Console::error(result.error);
    return result.ok() ? ExitSuccess : ExitBadInput;
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the PDF to FILE (required; - is standard output)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("The scenario the plan is about (default: the plan's current one, else its first)."),
        QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("The report's language: zh_CN or en (default: en)."),
                                      QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The date on the cover, as YYYY-MM-DD (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        tr("plan (default): the whole printed plan; monitoring: the cover and the Monitoring "
           "chapter of an adopted plan, its yearly self-evaluation; district: a district "
           "file's summary (a district file is printed so without this option too); "
           "communities: every community plan of a district, one PDF each, into the folder "
           "-o names."),
        QStringLiteral("KIND"), QStringLiteral("plan"));
    const QCommandLineOption changesSince(
        QStringLiteral("changes-since"),
        tr("Add an appendix of every change made since VERSION (its number or name; "
           "zeroplan-cli versions lists them)."),
        QStringLiteral("VERSION"));
    parser.addOptions({output, scenario, language, date, kind, changesSince});
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(tr("give the PDF's file name with -o FILE.pdf (with --kind "
                             "communities, the folder with -o FOLDER)"));
    ReportOptions options;
    options.language = ReportLanguage::normalise(parser.value(language));
    if (options.language.isEmpty())
        return usageError(tr("--lang must be zh_CN or en, not '%1'").arg(parser.value(language)));
    if (parser.isSet(date)) {
        options.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.date.isValid())
            return usageError(
                tr("--date must be a date as YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }
    const QString what = parser.value(kind).trimmed().toLower();
    const bool forDistrict =
        what == QLatin1String("district") || what == QLatin1String("communities");
    if (what != QLatin1String("plan") && what != QLatin1String("monitoring") && !forDistrict)
        return usageError(tr("--kind must be plan, monitoring, district or communities, not "
                             "'%1'")
                              .arg(parser.value(kind)));
    if (forDistrict && parser.isSet(scenario))
        return usageError(tr("--scenario goes with a plan; a district prints each community's "
                             "chosen scenario"));
    if (what == QLatin1String("monitoring"))
        options.setKind(ReportKind::Monitoring);
    // A district file is recognised by its content, whatever its name.
    const DistrictStoreResult district = DistrictStore::load(path);
    if (district.ok() && parser.isSet(scenario))
        return usageError(tr("--scenario goes with a plan; a district prints each community's "
                             "chosen scenario"));
    if (district.ok() && what != QLatin1String("monitoring"))
        return runDistrict(path, *district.district, what == QLatin1String("communities"), options,
                           parser.value(output));
    if (forDistrict) {
        Console::error(PlanFileReader::read(path).ok()
                           ? QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                                 tr("this is a community plan, not a district file; print it "
                                    "without --kind %1")
                                     .arg(what)
                           : district.error);
        return ExitBadInput;
    }
    if (district.ok()) {
        Console::error(QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                       tr("this is a district file; it has no monitoring report of its own"));
        return ExitBadInput;
    }
    PlanFile file(path);
    const std::optional<Plan> plan =
        file.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    if (what == QLatin1String("monitoring") && !plan->monitoring.adopted()) {
        Console::error(file.message(
            tr("the plan has not been adopted yet: adopt a scenario first (zeroplan-cli adopt), "
               "then its monitoring report can be printed")));
        return ExitBadInput;
    }
    if (parser.isSet(scenario)) {
        QString why;
        const std::optional<qsizetype> index =
            ScenarioChoice::pick(*plan, parser.value(scenario), &why);
        if (!index)
            return usageError(why);
        options.scenario = int(*index);
    } else {
        options.scenario = int(ScenarioChoice::byDefault(*plan).value_or(0));
    }
    if (parser.isSet(changesSince)) {
        const PlanVersion *version =
            VersionChoice::find(file.history().versions, parser.value(changesSince));
        if (!version) {
            QString why;
            if (VersionChoice::pick(file.history().versions, *plan, parser.value(changesSince),
                                    &why))
                return usageError(tr("--changes-since needs a version's number or name"));
            Console::error(file.message(why));
            return ExitBadInput;
        }
        options.changesSince = ReportChanges::of(file.history(), version->number);
    }
    QString error;
    if (!PlanReport::writeFile(*plan, FactorLibraryJson::builtIn(), options, parser.value(output),
                               &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

} // namespace zeroplan
