#include "ActualImport.h"

#include "storage/JsonObjectReader.h"
#include "storage/PlanJson.h"
#include "storage/PlanValidator.h"

namespace zeroplan {

std::optional<Plan> ActualImport::apply(const Plan &plan, int year,
                                        const QList<ActivityLine> &lines, const QStringList &places,
                                        const QString &fileName, const FactorLibrary &library,
                                        QStringList *problems)
{
    const Community &c = plan.community;
    if (year <= c.baseYear || year > c.horizonEnd) {
        *problems << tr("actual figures are for a year after the base year %1, up to %2; not %3")
                         .arg(c.baseYear)
                         .arg(c.horizonEnd)
                         .arg(year);
        return std::nullopt;
    }
    Plan next = plan;
    QList<ActualInventory> &actuals = next.monitoring.actuals;
    qsizetype index = 0;
    while (index < actuals.size() && actuals[index].year != year)
        ++index;
    if (index == actuals.size()) {
        ActualInventory inventory;
        inventory.year = year;
        inventory.source = fileName;
        inventory.quality = ActualQuality::Measured;
        actuals.append(inventory);
    }
    ActualInventory &inventory = actuals[index];
    const qsizetype before = inventory.activities.size();
    if (before + lines.size() > PlanJson::kMaxListItems) {
        *problems << tr("the actual inventory of %1 would have more than %2 lines")
                         .arg(year)
                         .arg(PlanJson::kMaxListItems);
        return std::nullopt;
    }
    inventory.activities.append(lines);
    const PlanProblems old = PlanValidator::validate(plan, library);
    const QString prefix = jsonPointer(jsonPointer(QStringLiteral("/monitoring/actuals"), index),
                                       QStringLiteral("activities")) +
                           QLatin1Char('/');
    QStringList found;
    for (const PlanProblem &p : PlanValidator::validate(next, library)) {
        if (p.severity != PlanProblem::Severity::Error || old.contains(p))
            continue;
        const qsizetype line =
            p.path.startsWith(prefix) ? p.path.mid(prefix.size()).section(u'/', 0, 0).toInt() : -1;
        const qsizetype imported = line - before;
        if (imported >= 0 && imported < places.size())
            found << fileName + QStringLiteral(", ") + places[imported] + QStringLiteral(": ") +
                         p.message;
        else
            found << p.toString();
    }
    if (!found.isEmpty()) {
        *problems << found;
        return std::nullopt;
    }
    return next;
}

} // namespace zeroplan
