// PlanValidation: monitoring after adoption (docs/monitoring.md) — adopted plans, actual
// inventories (checked as baseline lines are, against the plan's factors), progress and
// indicators.
#include "PlanValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"

namespace zeroplan {

void PlanValidation::checkMonitoring()
{
    const Monitoring &m = m_plan.monitoring;
    for (qsizetype i = 0; i < m.adoptions.size(); ++i) {
        const AdoptedPlan &a = m.adoptions[i];
        const QString path = jsonPointer(QStringLiteral("/monitoring/adoptions"), i);
        if (a.plan && a.plan->scenarios.size() != 1) {
            m_report.error(at(path, "plan"),
                           PlanJson::tr("the adopted plan holds %n scenario(s); it keeps the "
                                        "adopted scenario alone",
                                        nullptr, int(a.plan->scenarios.size())));
        }
    }
    checkActuals();
    checkProgress();
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < m.indicators.size(); ++i) {
        const Indicator &indicator = m.indicators[i];
        const QString path = jsonPointer(QStringLiteral("/monitoring/indicators"), i);
        if (indicator.id.trimmed().isEmpty())
            m_report.error(at(path, "id"), PlanJson::tr("the indicator has no id"));
        else
            checkUnique(m_report, ids, indicator.id, at(path, "id"));
        QHash<QString, QString> years;
        for (qsizetype j = 0; j < indicator.values.size(); ++j) {
            checkUnique(m_report, years, QString::number(indicator.values[j].year),
                        at(jsonPointer(at(path, "values"), j), "year"));
        }
    }
}

void PlanValidation::checkActuals()
{
    const Community &c = m_plan.community;
    QHash<QString, QString> years;
    for (qsizetype i = 0; i < m_plan.monitoring.actuals.size(); ++i) {
        const ActualInventory &a = m_plan.monitoring.actuals[i];
        const QString path = jsonPointer(QStringLiteral("/monitoring/actuals"), i);
        if (a.year <= c.baseYear || a.year > c.horizonEnd) {
            m_report.error(at(path, "year"),
                           PlanJson::tr("an actual inventory is for a year after the base year "
                                        "%1, up to %2; this one is for %3")
                               .arg(c.baseYear)
                               .arg(c.horizonEnd)
                               .arg(a.year));
        } else {
            checkUnique(m_report, years, QString::number(a.year), at(path, "year"));
        }
        for (const auto &[value, key] :
             {std::pair{a.population, "population"}, std::pair{a.households, "households"},
              std::pair{a.heatingDegreeDays, "heating_degree_days"}}) {
            if (value && !ProblemReport::isNonNegative(*value)) {
                m_report.error(at(path, key), PlanJson::tr("%1 must be a number of at least 0")
                                                  .arg(ProblemReport::number(*value)));
            }
        }
        for (qsizetype j = 0; j < a.activities.size(); ++j) {
            const QString line = jsonPointer(at(path, "activities"), j);
            checkActivityQuantity(a.activities[j], line);
            checkActivityFactor(a.activities[j], line);
        }
        for (qsizetype j = 0; j < a.sectorTotals.size(); ++j) {
            const double t = a.sectorTotals[j].tonnes;
            if (!ProblemReport::isNonNegative(t)) {
                m_report.error(at(jsonPointer(at(path, "sector_totals"), j), "t"),
                               PlanJson::tr("%1 must be a number of at least 0")
                                   .arg(ProblemReport::number(t)));
            }
        }
    }
}

void PlanValidation::checkProgress()
{
    // A report may be about a measure of the plan or of the adopted plan (removed since).
    QSet<QString> measures = m_measureIds;
    for (const AdoptedPlan &a : m_plan.monitoring.adoptions) {
        if (a.plan) {
            for (const Measure &measure : a.plan->measures)
                measures.insert(measure.id);
        }
    }
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < m_plan.monitoring.progress.size(); ++i) {
        const MeasureProgress &p = m_plan.monitoring.progress[i];
        const QString path = jsonPointer(QStringLiteral("/monitoring/progress"), i);
        if (!measures.contains(p.measure)) {
            m_report.error(at(path, "measure"),
                           PlanJson::tr("measure \"%1\" is not in the plan").arg(p.measure));
        }
        if (!inHorizon(p.year)) {
            m_report.error(at(path, "year"), outsideHorizon(PlanJson::tr("progress year"), p.year));
        } else {
            checkUnique(m_report, seen, p.measure + QLatin1Char('/') + QString::number(p.year),
                        at(path, "year"));
        }
        for (const auto &[value, key] :
             {std::pair{p.adoption, "adoption"}, std::pair{p.capexToDate, "capex_to_date"},
              std::pair{p.opexToDate, "opex_to_date"}}) {
            if (value && !ProblemReport::isNonNegative(*value)) {
                m_report.error(at(path, key), PlanJson::tr("%1 must be a number of at least 0")
                                                  .arg(ProblemReport::number(*value)));
            }
        }
    }
}

} // namespace zeroplan
