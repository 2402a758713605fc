#include "IndicatorEdits.h"

#include "PlanDocument.h"
#include "plan/IdSlug.h"
#include "plan/Plan.h"

#include <cmath>
#include <functional>

namespace zeroplan {

namespace {

Indicator *findIn(Monitoring &monitoring, const QString &id)
{
    for (Indicator &i : monitoring.indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

IndicatorValue *yearIn(Indicator &indicator, int year)
{
    for (IndicatorValue &v : indicator.values) {
        if (v.year == year)
            return &v;
    }
    return nullptr;
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// A copy of the monitoring with `change` applied to indicator `id`, as one step named `text`;
// nothing when there is no such indicator or `change` says nothing changed.
EditMonitoring *editIndicator(PlanDocument *document, const QString &id, const QString &text,
                              const std::function<bool(Indicator &)> &change)
{
    Monitoring after = document->plan().monitoring;
    Indicator *indicator = findIn(after, id);
    if (!indicator || !change(*indicator))
        return nullptr;
    return new EditMonitoring(document, std::move(after), text);
}

} // namespace

int IndicatorEdits::firstYear(const Plan &plan)
{
    return plan.community.baseYear;
}

int IndicatorEdits::lastYear(const Plan &plan)
{
    return std::max(plan.community.baseYear, plan.community.horizonEnd);
}

int IndicatorEdits::nextYear(const Plan &plan, const Indicator &indicator)
{
    int last = 0;
    for (const IndicatorValue &v : indicator.values)
        last = std::max(last, v.year);
    const auto taken = [&](int year) {
        for (const IndicatorValue &v : indicator.values) {
            if (v.year == year)
                return true;
        }
        return false;
    };
    const int start = last > 0 ? last + 1 : firstYear(plan);
    if (start >= firstYear(plan) && start <= lastYear(plan) && !taken(start))
        return start;
    for (int year = firstYear(plan); year <= lastYear(plan); ++year) {
        if (!taken(year))
            return year;
    }
    return 0;
}

QString IndicatorEdits::uniqueId(const Monitoring &monitoring, const QString &name)
{
    QString base = idSlug(name);
    if (base.isEmpty())
        base = QStringLiteral("indicator");
    QString id = base;
    for (int n = 2; find(monitoring, id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

const Indicator *IndicatorEdits::find(const Monitoring &monitoring, const QString &id)
{
    for (const Indicator &i : monitoring.indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const IndicatorValue *IndicatorEdits::latestActual(const Indicator &indicator)
{
    const IndicatorValue *latest = nullptr;
    for (const IndicatorValue &v : indicator.values) {
        if (v.actual && (!latest || v.year > latest->year))
            latest = &v;
    }
    return latest;
}

EditMonitoring *IndicatorEdits::add(PlanDocument *document, const QString &name,
                                    const QString &unit, const QString &source, QString *error,
                                    QString *id)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("Name: an indicator needs a name."));
        return nullptr;
    }
    Monitoring after = document->plan().monitoring;
    Indicator indicator;
    indicator.id = uniqueId(after, name);
    indicator.name = name.trimmed();
    indicator.unit = unit.trimmed();
    indicator.source = source.trimmed();
    if (id)
        *id = indicator.id;
    after.indicators.append(indicator);
    return new EditMonitoring(document, std::move(after),
                              tr("Add indicator “%1”").arg(indicator.name));
}

EditMonitoring *IndicatorEdits::remove(PlanDocument *document, const QString &id)
{
    Monitoring after = document->plan().monitoring;
    for (qsizetype i = 0; i < after.indicators.size(); ++i) {
        if (after.indicators.at(i).id != id)
            continue;
        const QString name = after.indicators.at(i).name;
        after.indicators.removeAt(i);
        return new EditMonitoring(document, std::move(after),
                                  tr("Remove indicator “%1”").arg(name.isEmpty() ? id : name));
    }
    return nullptr;
}

EditMonitoring *IndicatorEdits::setName(PlanDocument *document, const QString &id,
                                        const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        fail(error, tr("Name: an indicator needs a name."));
        return nullptr;
    }
    return editIndicator(document, id, tr("Rename indicator to “%1”").arg(name.trimmed()),
                         [&](Indicator &i) {
                             if (i.name == name.trimmed())
                                 return false;
                             i.name = name.trimmed();
                             return true;
                         });
}

EditMonitoring *IndicatorEdits::setUnit(PlanDocument *document, const QString &id,
                                        const QString &unit)
{
    const Indicator *shown = find(document->plan().monitoring, id);
    return editIndicator(document, id, tr("Change unit of “%1”").arg(shown ? shown->name : id),
                         [&](Indicator &i) {
                             if (i.unit == unit.trimmed())
                                 return false;
                             i.unit = unit.trimmed();
                             return true;
                         });
}

EditMonitoring *IndicatorEdits::setSource(PlanDocument *document, const QString &id,
                                          const QString &source)
{
    const Indicator *shown = find(document->plan().monitoring, id);
    return editIndicator(document, id, tr("Change source of “%1”").arg(shown ? shown->name : id),
                         [&](Indicator &i) {
                             if (i.source == source.trimmed())
                                 return false;
                             i.source = source.trimmed();
                             return true;
                         });
}

EditMonitoring *IndicatorEdits::addYear(PlanDocument *document, const QString &id, int year,
                                        QString *error)
{
    const Plan &plan = document->plan();
    const Indicator *shown = find(plan.monitoring, id);
    if (!shown)
        return nullptr;
    if (year < firstYear(plan) || year > lastYear(plan)) {
        fail(error, tr("Year: %1 is outside the plan's years, %2 to %3.")
                        .arg(year)
                        .arg(firstYear(plan))
                        .arg(lastYear(plan)));
        return nullptr;
    }
    return editIndicator(
        document, id, tr("Add %1 to indicator “%2”").arg(year).arg(shown->name), [&](Indicator &i) {
            if (yearIn(i, year)) {
                fail(error, tr("Year: “%1” already has a row for %2.").arg(i.name).arg(year));
                return false;
            }
            qsizetype at = 0;
            while (at < i.values.size() && i.values.at(at).year < year)
                ++at;
            IndicatorValue v;
            v.year = year;
            i.values.insert(at, v);
            return true;
        });
}

EditMonitoring *IndicatorEdits::removeYear(PlanDocument *document, const QString &id, int year)
{
    const Indicator *shown = find(document->plan().monitoring, id);
    return editIndicator(
        document, id, tr("Remove %1 from indicator “%2”").arg(year).arg(shown ? shown->name : id),
        [&](Indicator &i) {
            return i.values.removeIf([&](const IndicatorValue &v) { return v.year == year; }) > 0;
        });
}

EditMonitoring *IndicatorEdits::setPlanValue(PlanDocument *document, const QString &id, int year,
                                             std::optional<double> value, QString *error)
{
    if (value && !std::isfinite(*value)) {
        fail(error, tr("Plan: the value must be a number."));
        return nullptr;
    }
    const Indicator *shown = find(document->plan().monitoring, id);
    return editIndicator(document, id,
                         tr("Change plan of “%1” in %2").arg(shown ? shown->name : id).arg(year),
                         [&](Indicator &i) {
                             IndicatorValue *v = yearIn(i, year);
                             if (!v || v->plan == value)
                                 return false;
                             v->plan = value;
                             return true;
                         });
}

EditMonitoring *IndicatorEdits::setActualValue(PlanDocument *document, const QString &id, int year,
                                               std::optional<double> value, QString *error)
{
    if (value && !std::isfinite(*value)) {
        fail(error, tr("Actual: the value must be a number."));
        return nullptr;
    }
    const Indicator *shown = find(document->plan().monitoring, id);
    return editIndicator(document, id,
                         tr("Change actual of “%1” in %2").arg(shown ? shown->name : id).arg(year),
                         [&](Indicator &i) {
                             IndicatorValue *v = yearIn(i, year);
                             if (!v || v->actual == value)
                                 return false;
                             v->actual = value;
                             return true;
                         });
}

EditMonitoring *IndicatorEdits::setYearSource(PlanDocument *document, const QString &id, int year,
                                              const QString &source)
{
    const Indicator *shown = find(document->plan().monitoring, id);
    return editIndicator(document, id,
                         tr("Change source of “%1” in %2").arg(shown ? shown->name : id).arg(year),
                         [&](Indicator &i) {
                             IndicatorValue *v = yearIn(i, year);
                             if (!v || v->source == source.trimmed())
                                 return false;
                             v->source = source.trimmed();
                             return true;
                         });
}

} // namespace zeroplan
