#include "MonitoringJson.h"

#include "ActivityJson.h"
#include "PlanJson.h"
#include "inventory/Sector.h"

#include <QJsonArray>

namespace zeroplan {
namespace {

constexpr ProgressStatus kAllProgressStatuses[] = {
    ProgressStatus::NotStarted, ProgressStatus::Planning, ProgressStatus::Implementing,
    ProgressStatus::Completed,  ProgressStatus::Paused,   ProgressStatus::Cancelled};
constexpr ActualQuality kAllActualQualities[] = {ActualQuality::Measured, ActualQuality::Estimated,
                                                 ActualQuality::Modelled};

template <typename List, typename Write> QJsonArray writeList(const List &items, Write write)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(write(item));
    return array;
}

QJsonArray numbers(const QList<double> &values)
{
    return writeList(values, [](double v) { return QJsonValue(v); });
}

void insertOptional(QJsonObject &o, const char *key, const std::optional<double> &value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

QJsonObject writeAdoption(const AdoptedPlan &a)
{
    QJsonObject o{
        {QStringLiteral("label"), a.label},
        {QStringLiteral("date"), a.date.toString(Qt::ISODate)},
        {QStringLiteral("years"), writeList(a.years, [](int y) { return QJsonValue(y); })},
        {QStringLiteral("gross_t"), numbers(a.gross)},
        {QStringLiteral("net_t"), numbers(a.net)},
        {QStringLiteral("wedges"), writeList(a.wedges,
                                             [](const AdoptedWedge &w) {
                                                 return QJsonObject{
                                                     {QStringLiteral("measure"), w.measure},
                                                     {QStringLiteral("t"), numbers(w.tonnes)}};
                                             })},
    };
    if (a.plan)
        o.insert(QStringLiteral("plan"), PlanJson::toJson(*a.plan));
    return o;
}

QJsonObject writeActual(const ActualInventory &a)
{
    QJsonObject o{
        {QStringLiteral("year"), a.year},
        {QStringLiteral("quality"), actualQualityId(a.quality)},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("activities"), writeList(a.activities, ActivityJson::write)},
        {QStringLiteral("sector_totals"),
         writeList(a.sectorTotals,
                   [](const SectorTotal &t) {
                       return QJsonObject{{QStringLiteral("sector"), sectorId(t.sector)},
                                          {QStringLiteral("t"), t.tonnes}};
                   })},
    };
    insertOptional(o, "population", a.population);
    insertOptional(o, "households", a.households);
    insertOptional(o, "heating_degree_days", a.heatingDegreeDays);
    return o;
}

QJsonObject writeProgress(const MeasureProgress &p)
{
    QJsonObject o{
        {QStringLiteral("measure"), p.measure},
        {QStringLiteral("year"), p.year},
        {QStringLiteral("status"), progressStatusId(p.status)},
        {QStringLiteral("updates"),
         writeList(p.updates,
                   [](const ProgressUpdate &u) {
                       return QJsonObject{{QStringLiteral("date"), u.date.toString(Qt::ISODate)},
                                          {QStringLiteral("author"), u.author},
                                          {QStringLiteral("note"), u.note},
                                          {QStringLiteral("evidence"), u.evidence}};
                   })},
    };
    insertOptional(o, "adoption", p.adoption);
    insertOptional(o, "capex_to_date", p.capexToDate);
    insertOptional(o, "opex_to_date", p.opexToDate);
    return o;
}

QJsonObject writeIndicator(const Indicator &i)
{
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("unit"), i.unit},
        {QStringLiteral("source"), i.source},
        {QStringLiteral("values"), writeList(i.values, [](const IndicatorValue &v) {
             QJsonObject o{{QStringLiteral("year"), v.year}, {QStringLiteral("source"), v.source}};
             insertOptional(o, "plan", v.plan);
             insertOptional(o, "actual", v.actual);
             return o;
         })}};
}

// Reads the items of the monitoring object, each problem at its JSON pointer.
class MonitoringReader
{
public:
    MonitoringReader(PlanProblems &problems, const MonitoringJson::ReadPlan &readPlan)
        : m_problems(problems), m_readPlan(readPlan)
    {
    }

    QDate date(JsonObjectReader &r, const char *key, Presence presence)
    {
        const std::optional<QString> text = r.text(key, presence);
        if (!text)
            return {};
        const QDate d = QDate::fromString(*text, Qt::ISODate);
        if (!d.isValid())
            r.error(r.pathOf(key),
                    PlanJson::tr("\"%1\" is not a date; write it as year-month-day, e.g. "
                                 "\"2026-03-01\"")
                        .arg(*text));
        return d;
    }

    QList<double> numbers(JsonObjectReader &r, const char *key)
    {
        QList<double> out;
        const std::optional<QJsonArray> values = r.array(key, Presence::Required);
        if (!values)
            return out;
        for (qsizetype i = 0; i < values->size(); ++i) {
            if (!values->at(i).isDouble()) {
                r.error(jsonPointer(r.pathOf(key), i),
                        PlanJson::tr("expected a number, found %1")
                            .arg(JsonObjectReader::describe(values->at(i))));
                out.append(0);
                continue;
            }
            out.append(values->at(i).toDouble());
        }
        return out;
    }

    AdoptedPlan adoption(const QJsonValue &value, const QString &path)
    {
        JsonObjectReader r(value, path, m_problems);
        AdoptedPlan a;
        a.label = r.text("label", QString());
        a.date = date(r, "date", Presence::Required);
        for (double y : numbers(r, "years"))
            a.years.append(int(y));
        a.gross = numbers(r, "gross_t");
        a.net = numbers(r, "net_t");
        a.wedges = r.list("wedges", [&](const QJsonValue &v, const QString &p) {
            JsonObjectReader w(v, p, m_problems);
            AdoptedWedge wedge;
            wedge.measure = w.text("measure", Presence::Required).value_or(QString());
            wedge.tonnes = numbers(w, "t");
            w.warnUnknownKeys();
            return wedge;
        });
        const QJsonValue plan = r.member("plan");
        if (!plan.isObject()) {
            r.error(r.pathOf("plan"),
                    PlanJson::tr("the adopted plan is missing: an adoption keeps the plan as it "
                                 "was adopted, as a plan object"));
        } else if (std::optional<Plan> frozen = m_readPlan(plan.toObject(), r.pathOf("plan"))) {
            frozen->monitoring = Monitoring{}; // an adopted plan has no monitoring of its own
            a.plan = std::make_shared<const Plan>(std::move(*frozen));
        }
        if (a.years.size() != a.gross.size() || a.years.size() != a.net.size())
            r.error(path, PlanJson::tr("the adopted pathway needs one gross and one net figure "
                                       "per year"));
        r.warnUnknownKeys();
        return a;
    }

    ActualInventory actual(const QJsonValue &value, const QString &path)
    {
        JsonObjectReader r(value, path, m_problems);
        ActualInventory a;
        a.year = r.integer("year", Presence::Required).value_or(0);
        a.quality = r.choice("quality", Presence::Optional, kAllActualQualities, actualQualityId)
                        .value_or(ActualQuality::Estimated);
        a.source = r.text("source", QString());
        a.population = r.number("population", Presence::Optional);
        a.households = r.number("households", Presence::Optional);
        a.heatingDegreeDays = r.number("heating_degree_days", Presence::Optional);
        a.activities = r.list("activities", [&](const QJsonValue &v, const QString &p) {
            return ActivityJson::read(v, p, m_problems).value_or(ActivityLine());
        });
        a.sectorTotals = r.list("sector_totals", [&](const QJsonValue &v, const QString &p) {
            JsonObjectReader t(v, p, m_problems);
            SectorTotal total;
            total.sector = t.choice("sector", Presence::Required, kAllSectors, sectorId)
                               .value_or(Sector::StationaryEnergy);
            total.tonnes = t.number("t", Presence::Required).value_or(0);
            t.warnUnknownKeys();
            return total;
        });
        r.warnUnknownKeys();
        return a;
    }

    MeasureProgress progress(const QJsonValue &value, const QString &path)
    {
        JsonObjectReader r(value, path, m_problems);
        MeasureProgress p;
        p.measure = r.text("measure", Presence::Required).value_or(QString());
        p.year = r.integer("year", Presence::Required).value_or(0);
        p.status = r.choice("status", Presence::Optional, kAllProgressStatuses, progressStatusId)
                       .value_or(ProgressStatus::NotStarted);
        p.adoption = r.number("adoption", Presence::Optional);
        p.capexToDate = r.number("capex_to_date", Presence::Optional);
        p.opexToDate = r.number("opex_to_date", Presence::Optional);
        p.updates = r.list("updates", [&](const QJsonValue &v, const QString &at) {
            JsonObjectReader u(v, at, m_problems);
            ProgressUpdate update;
            update.date = date(u, "date", Presence::Required);
            update.author = u.text("author", QString());
            update.note = u.text("note", QString());
            update.evidence = u.text("evidence", QString());
            u.warnUnknownKeys();
            return update;
        });
        r.warnUnknownKeys();
        return p;
    }

    Indicator indicator(const QJsonValue &value, const QString &path)
    {
        JsonObjectReader r(value, path, m_problems);
        Indicator i;
        i.id = r.text("id", Presence::Required).value_or(QString());
        i.name = r.text("name", QString());
        i.unit = r.text("unit", QString());
        i.source = r.text("source", QString());
        i.values = r.list("values", [&](const QJsonValue &v, const QString &p) {
            JsonObjectReader y(v, p, m_problems);
            IndicatorValue iv;
            iv.year = y.integer("year", Presence::Required).value_or(0);
            iv.plan = y.number("plan", Presence::Optional);
            iv.actual = y.number("actual", Presence::Optional);
            iv.source = y.text("source", QString());
            y.warnUnknownKeys();
            return iv;
        });
        r.warnUnknownKeys();
        return i;
    }

private:
    PlanProblems &m_problems;
    const MonitoringJson::ReadPlan &m_readPlan;
};

} // namespace

QJsonObject MonitoringJson::write(const Monitoring &m)
{
    QJsonObject o{
        {QStringLiteral("adoptions"), writeList(m.adoptions, writeAdoption)},
        {QStringLiteral("actuals"), writeList(m.actuals, writeActual)},
        {QStringLiteral("progress"), writeList(m.progress, writeProgress)},
        {QStringLiteral("indicators"), writeList(m.indicators, writeIndicator)},
    };
    insertOptional(o, "base_heating_degree_days", m.baseHeatingDegreeDays);
    return o;
}

Monitoring MonitoringJson::read(JsonObjectReader &r, const ReadPlan &readPlan)
{
    MonitoringReader reader(r.problems(), readPlan);
    Monitoring m;
    m.adoptions = r.list(
        "adoptions", [&](const QJsonValue &v, const QString &p) { return reader.adoption(v, p); });
    m.actuals = r.list("actuals",
                       [&](const QJsonValue &v, const QString &p) { return reader.actual(v, p); });
    m.progress = r.list(
        "progress", [&](const QJsonValue &v, const QString &p) { return reader.progress(v, p); });
    m.indicators = r.list("indicators", [&](const QJsonValue &v, const QString &p) {
        return reader.indicator(v, p);
    });
    m.baseHeatingDegreeDays = r.number("base_heating_degree_days", Presence::Optional);
    r.warnUnknownKeys();
    return m;
}

} // namespace zeroplan
