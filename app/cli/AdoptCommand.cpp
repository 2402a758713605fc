#include "AdoptCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "PlanRewrite.h"
#include "ScenarioChoice.h"
#include "monitoring/Adoption.h"
#include "plan/Plan.h"
#include "storage/FactorLibraryJson.h"

#include <QDate>

namespace zeroplan {
namespace {

const QString kScenarioOption = QStringLiteral("scenario");
const QString kLabelOption = QStringLiteral("label");
const QString kDateOption = QStringLiteral("date");

} // namespace

QString AdoptCommand::name() const
{
    return QStringLiteral("adopt");
}

QString AdoptCommand::summary() const
{
    return tr("Adopt a scenario: freeze it with its pathway, for monitoring to compare against.");
}

int AdoptCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kScenarioOption, tr("Adopt the scenario named NAME (default: the plan's current one)."),
         QStringLiteral("NAME")},
        {kLabelOption, tr("The version's label (default: v1, v2, … in order)."),
         QStringLiteral("TEXT")},
        {kDateOption, tr("The day it was adopted, YYYY-MM-DD (default: today)."),
         QStringLiteral("DATE")},
    });
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    QDate date = QDate::currentDate();
    if (parser.isSet(kDateOption)) {
        date = QDate::fromString(parser.value(kDateOption).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return usageError(tr("--date needs a date written YYYY-MM-DD, not '%1'")
                                  .arg(parser.value(kDateOption)));
    }

    PlanRewrite rewrite(path);
    if (const std::optional<int> status = rewrite.begin())
        return *status;
    PlanFile file(path);
    std::optional<Plan> plan =
        file.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    QString error;
    const std::optional<qsizetype> scenario = ScenarioChoice::pick(
        *plan,
        parser.isSet(kScenarioOption) ? std::optional<QString>(parser.value(kScenarioOption))
                                      : std::nullopt,
        &error);
    if (!scenario) {
        Console::error(file.message(error));
        return ExitBadInput;
    }
    const QString label = parser.isSet(kLabelOption)
                              ? parser.value(kLabelOption)
                              : QStringLiteral("v%1").arg(plan->monitoring.adoptions.size() + 1);
    plan->monitoring.adoptions.append(
        adoptScenario(*plan, int(*scenario), FactorLibraryJson::builtIn(), date, label));
    if (const std::optional<int> status = rewrite.check())
        return *status;
    if (!file.write(*plan)) {
        Console::error(file.error());
        return ExitBadInput;
    }
    Console::out(tr("Adopted '%1' as %2 on %3.")
                     .arg(plan->scenarios.at(*scenario).name, label, date.toString(Qt::ISODate)) +
                 QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
