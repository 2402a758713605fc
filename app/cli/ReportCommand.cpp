#include "ReportCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "ScenarioChoice.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"
#include "report/ReportLanguage.h"
#include "storage/FactorLibraryJson.h"

#include <QDate>
#include <QDir>

namespace zeroplan {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("Write the printed plan as a PDF (A4), in Chinese or English.");
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
           "chapter of an adopted plan, its yearly self-evaluation."),
        QStringLiteral("KIND"), QStringLiteral("plan"));
    parser.addOptions({output, scenario, language, date, kind});
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(tr("give the PDF's file name with -o FILE.pdf"));
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
    if (what != QLatin1String("plan") && what != QLatin1String("monitoring"))
        return usageError(
            tr("--kind must be plan or monitoring, not '%1'").arg(parser.value(kind)));
    if (what == QLatin1String("monitoring"))
        options.setKind(ReportKind::Monitoring);
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
    QString error;
    if (!PlanReport::writeFile(*plan, FactorLibraryJson::builtIn(), options, parser.value(output),
                               &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

} // namespace zeroplan
