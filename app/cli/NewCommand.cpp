#include "NewCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "inventory/FactorLibrary.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/FactorLibraryJson.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace zeroplan {
namespace {

// Installs the translation of `language` for the plan's default names while it lives.
class PlanLanguage
{
public:
    explicit PlanLanguage(const QString &language)
    {
        if (!language.isEmpty())
            QLocale::setDefault(QLocale(language)); // the prices' sources follow it
        if (language == QLatin1String("zh_CN") &&
            m_translator.load(QStringLiteral(":/i18n/zeroplan_zh_CN")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~PlanLanguage()
    {
        QLocale::setDefault(m_previous);
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    PlanLanguage(const PlanLanguage &) = delete;
    PlanLanguage &operator=(const PlanLanguage &) = delete;

private:
    QTranslator m_translator;
    QLocale m_previous;
    bool m_installed = false;
};

} // namespace

QString NewCommand::name() const
{
    return QStringLiteral("new");
}

QString NewCommand::summary() const
{
    return tr("Start a new plan for a community, as File → New does in the app.");
}

int NewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpBareParser(parser);
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 tr("The plan to write: .zeroplan for a project file, .json "
                                    "for JSON."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The community's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), tr("The city or region, as text."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption grid(
        QStringLiteral("grid-region"),
        tr("The grid region, which sets the electricity factor, the currency and the energy "
           "prices: one of %1.")
            .arg(FactorLibraryJson::builtIn().gridRegions().join(QStringLiteral(", "))),
        QStringLiteral("R"));
    const int lastYear = QDate::currentDate().year() - 1;
    const QCommandLineOption baseYear(QStringLiteral("base-year"),
                                      tr("The base year (default: last year, %1).").arg(lastYear),
                                      QStringLiteral("Y"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("The language of the plan's default names (community, "
                                         "scenario): zh_CN or en (default: the system's)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({nameOption, region, grid, baseYear, language});
    if (const std::optional<int> answered = parseOptions(parser, arguments))
        return *answered;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || files[0].isEmpty())
        return usageError(tr("give the file to write: new OUT --name NAME --grid-region R"));
    const QString out = files[0];
    if (!PlanFile::isProjectPath(out) && !out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return usageError(tr("'%1': name the file to write .zeroplan or .json").arg(out));
    const QString gridRegion = parser.value(grid);
    if (!FactorLibraryJson::builtIn().gridRegions().contains(gridRegion))
        return usageError(
            tr("--grid-region must be one of %1, not '%2'")
                .arg(FactorLibraryJson::builtIn().gridRegions().join(QStringLiteral(", ")),
                     gridRegion));
    const QString lang = parser.value(language);
    if (parser.isSet(language) && lang != QLatin1String("en") && lang != QLatin1String("zh_CN"))
        return usageError(tr("--lang must be zh_CN or en, not '%1'").arg(lang));
    int year = lastYear;
    if (parser.isSet(baseYear)) {
        bool ok = false;
        year = parser.value(baseYear).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return usageError(tr("--base-year must be a year from 1990 to 2100, not '%1'")
                                  .arg(parser.value(baseYear)));
    }
    if (QFileInfo::exists(out)) {
        Console::error(tr("%1: the file exists already; new never writes over a plan").arg(out));
        return ExitBadInput;
    }
    Plan plan;
    {
        const PlanLanguage translated(lang);
        plan = StartingPlan::make(parser.value(nameOption).trimmed(), gridRegion, year,
                                  FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
    }
    plan.community.region = parser.value(region).trimmed();
    QString error;
    if (!PlanFile::writeTo(plan, out, &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

} // namespace zeroplan
