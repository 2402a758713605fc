#include "ProblemLocation.h"

#include "inventory/Carrier.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "present/ActivityColumns.h"
#include "storage/ProblemReport.h"

namespace zeroplan {
namespace {

// RFC 6901: "~1" is "/" and "~0" is "~" inside a token.
QString unescaped(QString token)
{
    return token.replace(QLatin1String("~1"), QLatin1String("/"))
        .replace(QLatin1String("~0"), QLatin1String("~"));
}

int indexOf(const QStringList &tokens, int at)
{
    bool ok = false;
    const int index = tokens.value(at).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

QString quoted(const QString &text)
{
    return ProblemLocation::tr("“%1”").arg(text);
}

// A key ZeroPlan has no words for, readable at least: "opex_per_year" → "opex per year".
QString plainKey(QString key)
{
    return key.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(ProblemLocation::tr(", ", "between the parts of a problem's place"));
}

} // namespace

ProblemLocation ProblemLocation::of(const QString &path)
{
    ProblemLocation location;
    const QStringList raw = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &token : raw)
        location.tokens << unescaped(token);
    const QString first = location.tokens.value(0);
    if (first == QLatin1String("community") || first == QLatin1String("title") ||
        first == QLatin1String("prepared_by") || first == QLatin1String("people") ||
        (first == QLatin1String("drivers") &&
         location.tokens.value(1) != QLatin1String("sector_trends"))) {
        location.area = Area::Community;
    } else if (first == QLatin1String("activities")) {
        location.area = Area::Baseline;
    } else if (first == QLatin1String("measures")) {
        location.area = Area::Measures;
    } else if (first == QLatin1String("scenarios")) {
        location.area = Area::Scenarios;
    }
    if (location.area == Area::Baseline || location.area == Area::Measures ||
        location.area == Area::Scenarios) {
        location.item = indexOf(location.tokens, 1);
        if (location.item < 0)
            location.area = Area::Plan;
    }
    return location;
}

QStringList ProblemLocation::field() const
{
    const bool listed = area == Area::Baseline || area == Area::Measures || area == Area::Scenarios;
    return tokens.mid(listed ? 2 : 0);
}

QString ProblemLocation::describe(const Plan &plan) const
{
    switch (area) {
    case Area::Community:
        return describeCommunity(plan);
    case Area::Baseline:
        return describeActivity(plan);
    case Area::Measures:
        return describeMeasure(plan);
    case Area::Scenarios:
        return describeScenario(plan);
    case Area::Plan:
        break;
    }
    return describeOther(plan);
}

QString ProblemLocation::describeCommunity(const Plan &plan) const
{
    static const struct
    {
        const char *path;
        const char *words;
    } fields[] = {
        {"title", QT_TR_NOOP("plan title")},
        {"prepared_by", QT_TR_NOOP("prepared by")},
        {"community/name", QT_TR_NOOP("community name")},
        {"community/region", QT_TR_NOOP("city or region")},
        {"community/grid_region", QT_TR_NOOP("grid region")},
        {"community/electricity_factor", QT_TR_NOOP("electricity factor")},
        {"community/population", QT_TR_NOOP("population")},
        {"community/households", QT_TR_NOOP("households")},
        {"community/area_ha", QT_TR_NOOP("area")},
        {"community/source", QT_TR_NOOP("source")},
        {"community/base_year", QT_TR_NOOP("base year")},
        {"community/horizon_end", QT_TR_NOOP("horizon end")},
        {"community/targets/neutrality_year", QT_TR_NOOP("neutrality year")},
        {"community/targets/carbon_budget_t", QT_TR_NOOP("carbon budget")},
        {"community/currency", QT_TR_NOOP("currency")},
        {"community/discount_rate", QT_TR_NOOP("discount rate")},
        {"drivers/population_growth", QT_TR_NOOP("population growth")},
        {"drivers/household_growth", QT_TR_NOOP("household growth")},
    };
    const QString page = tr("Community");
    const QString path = tokens.join(QLatin1Char('/'));
    for (const auto &f : fields) {
        if (path == QLatin1String(f.path))
            return joined({page, tr(f.words)});
    }
    if (path.startsWith(QLatin1String("community/targets/interim"))) {
        const int index = indexOf(tokens, 3);
        const QString key = tokens.value(4);
        const QString what = key == QLatin1String("year")  ? tr("year")
                             : key == QLatin1String("cut") ? tr("cut")
                                                           : QString();
        return joined({page,
                       index >= 0 ? tr("interim target %1").arg(index + 1) : tr("interim targets"),
                       what});
    }
    if (tokens.value(0) == QLatin1String("people"))
        return joined({page, describePeople(plan)});
    return joined({page, plainKey(tokens.value(tokens.size() - 1))});
}

// "working group 2 (Energy group), members", "activity 3 (Car-free day), month", "volunteer
// network, hours a year".
QString ProblemLocation::describePeople(const Plan &plan) const
{
    const QString list = tokens.value(1);
    const int index = indexOf(tokens, 2);
    if (list == QLatin1String("volunteers")) {
        const QString key = tokens.value(2);
        return joined({tr("volunteer network"), key == QLatin1String("size") ? tr("people")
                                                : key == QLatin1String("hours_per_year")
                                                    ? tr("hours a year")
                                                    : plainKey(key)});
    }
    QString what;
    if (list == QLatin1String("groups")) {
        what = index < 0 ? tr("working groups") : tr("working group %1").arg(index + 1);
        if (index >= 0 && index < plan.people.groups.size())
            what = tr("%1 (%2)").arg(what, plan.people.groups.at(index).name);
    } else if (list == QLatin1String("activities")) {
        what = index < 0 ? tr("activity calendar") : tr("activity %1").arg(index + 1);
        if (index >= 0 && index < plan.people.activities.size())
            what = tr("%1 (%2)").arg(what, plan.people.activities.at(index).name);
    } else {
        return plainKey(list);
    }
    return joined({what, plainKey(tokens.value(3))});
}

QString ProblemLocation::describeActivity(const Plan &plan) const
{
    QString line = tr("line %1").arg(item + 1);
    if (item < plan.activities.size())
        line = tr("line %1 (%2)")
                   .arg(item + 1)
                   .arg(ProblemReport::carrierName(plan.activities.at(item).carrier));
    const QString key = field().value(0);
    QString what;
    const int column = activityColumn();
    if (column >= 0)
        what = ActivityColumns::columnName(column).toLower();
    else if (key == QLatin1String("id"))
        what = tr("id");
    else if (key == QLatin1String("driver"))
        what = tr("growth driver");
    else if (!key.isEmpty())
        what = plainKey(key);
    return joined({tr("Baseline"), line, what});
}

int ProblemLocation::activityColumn() const
{
    static const struct
    {
        const char *key;
        int column;
    } columns[] = {
        {"sector", ActivityColumns::SectorColumn},
        {"subsector", ActivityColumns::SubsectorColumn},
        {"carrier", ActivityColumns::CarrierColumn},
        {"amount", ActivityColumns::AmountColumn},
        {"unit", ActivityColumns::UnitColumn},
        {"factor", ActivityColumns::FactorColumn},
        {"scope", ActivityColumns::ScopeColumn},
        {"data_quality", ActivityColumns::DataQualityColumn},
        {"notation_key", ActivityColumns::NotationKeyColumn},
        {"source", ActivityColumns::SourceColumn},
    };
    if (area != Area::Baseline)
        return -1;
    const QString key = field().value(0);
    for (const auto &c : columns) {
        if (key == QLatin1String(c.key))
            return c.column;
    }
    return -1;
}

QString ProblemLocation::describeMeasure(const Plan &plan) const
{
    static const struct
    {
        const char *key;
        const char *words;
    } fields[] = {
        {"id", QT_TR_NOOP("id")},
        {"name", QT_TR_NOOP("name")},
        {"kind", QT_TR_NOOP("kind")},
        {"start_year", QT_TR_NOOP("start year")},
        {"ramp_years", QT_TR_NOOP("years to full adoption")},
        {"ramp_shape", QT_TR_NOOP("ramp shape")},
        {"lifetime_years", QT_TR_NOOP("lifetime")},
        {"owner_group", QT_TR_NOOP("owner group")},
        {"status", QT_TR_NOOP("status")},
        {"source", QT_TR_NOOP("source")},
        {"note", QT_TR_NOOP("note")},
    };
    const Measure *m = item < plan.measures.size() ? &plan.measures.at(item) : nullptr;
    const QString measure =
        m ? quoted(m->name.isEmpty() ? m->id : m->name) : tr("measure %1").arg(item + 1);
    const QStringList f = field();
    const QString key = f.value(0);
    QString what;
    for (const auto &known : fields) {
        if (key == QLatin1String(known.key))
            what = tr(known.words);
    }
    if (key == QLatin1String("parameters") && f.size() > 1) {
        const ParameterSpec *spec =
            m ? MeasureCatalogue::spec(m->kind).parameter(f.at(1)) : nullptr;
        what = spec ? spec->displayName() : f.at(1);
        if (f.value(2) == QLatin1String("low"))
            what = tr("%1 (low)").arg(what);
        else if (f.value(2) == QLatin1String("high"))
            what = tr("%1 (high)").arg(what);
    } else if (key == QLatin1String("costs")) {
        what = f.value(1) == QLatin1String("capex") ? tr("investment") : tr("running cost");
    } else if (key == QLatin1String("targets")) {
        const int target = indexOf(f, 1);
        what = m && target >= 0 && target < m->targets.size()
                   ? tr("activity line %1").arg(quoted(m->targets.at(target)))
                   : tr("activity lines");
    } else if (key == QLatin1String("tariffs")) {
        const int tariff = indexOf(f, 1);
        const Carrier *carrier = m && tariff >= 0 && tariff < m->tariffs.size()
                                     ? Carriers::find(m->tariffs.at(tariff).carrier)
                                     : nullptr;
        what = carrier ? tr("own tariff for %1").arg(carrier->displayName().toLower())
                       : tr("own tariffs");
    } else if (what.isEmpty() && !key.isEmpty()) {
        what = plainKey(key);
    }
    return joined({tr("Measures"), measure, what});
}

QString ProblemLocation::describeScenario(const Plan &plan) const
{
    const Scenario *s = item < plan.scenarios.size() ? &plan.scenarios.at(item) : nullptr;
    const QString scenario =
        s && !s->name.isEmpty() ? quoted(s->name) : tr("scenario %1").arg(item + 1);
    const QStringList f = field();
    const QString key = f.value(0);
    QString what;
    if (key == QLatin1String("name")) {
        what = tr("name");
    } else if (key == QLatin1String("measures")) {
        const int entry = indexOf(f, 1);
        const QString id = s && entry >= 0 && entry < s->measures.size()
                               ? s->measures.at(entry).measure
                               : QString();
        what = id.isEmpty() ? tr("measures") : tr("measure %1").arg(quoted(id));
        if (f.value(2) == QLatin1String("level"))
            what = joined({what, tr("level")});
    } else if (!key.isEmpty()) {
        what = plainKey(key);
    }
    return joined({tr("Scenarios"), scenario, what});
}

QString ProblemLocation::describeOther(const Plan &plan) const
{
    const QString first = tokens.value(0);
    const int index = indexOf(tokens, 1);
    const QString key = plainKey(tokens.value(2));
    if (first == QLatin1String("factors") && index >= 0) {
        const QString id = index < plan.factors.size() ? plan.factors.at(index).id : QString();
        return joined({tr("Emission factors"),
                       id.isEmpty() ? tr("factor %1").arg(index + 1) : quoted(id), key});
    }
    if (first == QLatin1String("prices") && index >= 0) {
        const QString carrier = index < plan.prices.size()
                                    ? ProblemReport::carrierName(plan.prices.at(index).carrier)
                                    : tr("price %1").arg(index + 1);
        return joined({tr("Prices"), carrier, key});
    }
    if (first == QLatin1String("drivers")) {
        const int trend = indexOf(tokens, 2);
        return joined({tr("Growth"), trend >= 0 ? tr("sector trend %1").arg(trend + 1) : QString(),
                       plainKey(tokens.value(3))});
    }
    if (first == QLatin1String("factor_set"))
        return joined({tr("Plan"), tr("factor set")});
    if (first == QLatin1String("gwp"))
        return joined({tr("Plan"), tr("GWP set")});
    return joined({tr("Plan"), plainKey(tokens.join(QLatin1Char('/')))});
}

} // namespace zeroplan
