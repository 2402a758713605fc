// ReportSections: the monitoring chapter of an adopted plan (docs/monitoring.md, docs/report.md)
// — the adopted version and the headline, the plan against the actual emissions, each
// measure's progress with its traffic light, why emissions changed and the re-forecasts. A
// plan never adopted prints nothing here.
#include "ReportSections.h"

#include "CoverBlock.h"
#include "ReportLayout.h"
#include "charts/MonitoringChart.h"
#include "engine/Results.h"
#include "measures/MeasureCatalogue.h"
#include "monitoring/MonitoringNames.h"
#include "monitoring/MonitoringRun.h"
#include "plan/DefaultNames.h"
#include "plan/Plan.h"
#include "present/MonitoringText.h"
#include "present/NumberFormat.h"

#include <QLocale>

namespace zeroplan {
namespace {

QString optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? NumberFormat::number(*value, decimals) : ReportSections::tr("—");
}

} // namespace

void ReportSections::monitoring()
{
    const Plan &plan = m_context.plan;
    const AdoptedPlan *adopted = plan.monitoring.adopted();
    if (!adopted || !adopted->plan)
        return;
    const std::optional<MonitoringRun> run =
        MonitoringRun::of(plan, m_context.library, m_context.options.date);
    if (!run)
        return;
    heading(ReportSection::Monitoring);
    paragraph(tr("%1 (scenario \u201c%2\u201d). %3")
                  .arg(MonitoringText::adoptedText(run->adoptedLabel, run->adoptedOn),
                       adopted->scenario().name, MonitoringText::headline(*run)));
    auto trajectory = std::make_unique<MonitoringChart>();
    trajectory->setData(*adopted, *run, m_context.result);
    chart(std::move(trajectory), 88);

    if (!run->years.empty()) {
        subheading(tr("The plan and the actual emissions"));
        QList<QStringList> rows;
        for (const MonitoredYear &y : run->years) {
            const std::optional<double> share = y.gapShare();
            rows.append({NumberFormat::year(y.year), NumberFormat::number(y.planned, 1),
                         NumberFormat::number(y.actual, 1), NumberFormat::number(y.gap(), 1),
                         share ? NumberFormat::percent(*share, 1) : tr("—")});
        }
        const QString unit = NumberFormat::tonnesUnit();
        table({1, 1.6, 1.6, 1.6, 1.2},
              {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight},
              {tr("Year"), tr("Planned (%1)").arg(unit), tr("Actual (%1)").arg(unit),
               tr("Gap (%1)").arg(unit), tr("Gap (%)")},
              rows);
    }

    if (run->tracking) {
        subheading(tr("The measures in %1").arg(NumberFormat::year(run->tracking->year)));
        QList<QStringList> rows;
        for (const MeasureTrack &t : run->tracking->measures) {
            const Measure *m = adopted->plan->findMeasure(t.measure);
            rows.append({m ? MeasureCatalogue::displayName(*m) : t.measure,
                         t.light == TrackLight::NoData ? tr("—") : progressStatusName(t.status),
                         trackLightName(t.light), NumberFormat::number(t.planned, 2),
                         optionalNumber(t.actual, 2),
                         t.completion ? NumberFormat::percent(*t.completion) : tr("—"),
                         NumberFormat::number(t.plannedAbatement, 1),
                         optionalNumber(t.realisedAbatement, 1)});
        }
        const QString unit = NumberFormat::tonnesUnit();
        table({2.5, 1.5, 1, 1.1, 1.1, 1.1, 1.2, 1.2},
              {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight,
               Qt::AlignRight, Qt::AlignRight, Qt::AlignRight},
              {tr("Measure"), tr("Status"), tr("Light"), tr("Planned"), tr("Actual"),
               tr("Completion"), tr("Planned (%1)").arg(unit), tr("Realised (%1)").arg(unit)},
              rows);
        note(tr("Adoption is counted in each measure's own unit (kWp installed, tonnes composted, "
                "share of trips, or the share of the measure carried out). A measure is late when "
                "it is behind its planned ramp, stalled when paused, cancelled or not updated for "
                "12 months. Realised tonnes come from the same engine, with each measure at its "
                "reported adoption."));
    }

    if (const std::optional<ChangeDecomposition> &d = run->decomposition) {
        subheading(tr("Why emissions changed, %1 to %2")
                       .arg(NumberFormat::year(d->firstYear), NumberFormat::year(d->lastYear)));
        const auto row = [](const QString &what, double t) {
            return QStringList{what, NumberFormat::number(t, 1)};
        };
        table({3, 1}, {Qt::AlignLeft, Qt::AlignRight}, {QString(), NumberFormat::tonnesUnit()},
              {row(tr("Population and households"), d->drivers),
               row(tr("Weather (heating degree days)"), d->weather),
               row(tr("Emission factors (grid, fuels)"), d->emissionFactor),
               row(tr("Measures"), d->measures),
               row(tr("Other (behaviour, economy, data)"), d->residual),
               row(tr("Change"), d->change())},
              true);
    }

    if (const std::optional<Reforecast> &r = run->reforecast) {
        subheading(tr("Re-forecast from %1").arg(NumberFormat::year(r->fromYear)));
        QList<QStringList> rows;
        for (const ReforecastPath &p : r->paths) {
            QStringList late;
            for (const QString &id : p.unreachable) {
                const Measure *m = adopted->plan->findMeasure(id);
                late << (m ? MeasureCatalogue::displayName(*m) : id);
            }
            rows.append({reforecastVariantName(p.variant),
                         p.neutralFrom ? NumberFormat::year(*p.neutralFrom) : tr("not reached"),
                         NumberFormat::number(p.remainingGap, 1),
                         late.isEmpty() ? tr("—") : late.join(tr(", "))});
        }
        table({1.2, 1.2, 1.4, 3}, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft},
              {QString(), tr("Neutral from"),
               tr("Net in %1 (%2)")
                   .arg(NumberFormat::year(run->targetYear), NumberFormat::tonnesUnit()),
               tr("Out of reach")},
              rows);
        note(tr("Business as usual is re-anchored on the latest actual emissions. Catch up keeps "
                "each late measure's goal, to be reached by the end of its planned ramp (out of "
                "reach when that needs a faster yearly rise than any reported so far); slip "
                "shifts its ramp by the years it is behind; scale multiplies its future adoption "
                "by actual ÷ planned."));
    }
    indicators();
}

// The annual monitoring report's cover: which adopted plan it follows, the latest year with
// actual emissions, the day of the assessment.
void ReportSections::monitoringCover()
{
    const Plan &plan = m_context.plan;
    CoverBlock::Content content;
    content.kicker = ReportOptions::kindName(ReportKind::Monitoring);
    content.title = plan.title.isEmpty() ? tr("Carbon-neutrality plan") : plan.title;
    content.community = coverCommunity();
    const QLocale locale;
    const QString dateFormat = tr("d MMMM yyyy", "date format on the cover");
    const AdoptedPlan *adopted = plan.monitoring.adopted();
    const ActualInventory *latest = plan.monitoring.latestActual();
    content.details = {
        {tr("Adopted plan"),
         adopted ? tr("%1, adopted %2 (scenario \u201c%3\u201d)")
                       .arg(adopted->label, locale.toString(adopted->date, dateFormat),
                            DefaultNames::scenario(adopted->scenario().name))
                 : tr("not adopted yet")},
        {tr("Latest actual emissions"),
         latest ? NumberFormat::year(latest->year) : tr("none entered yet")},
        {tr("Assessed on"), locale.toString(m_context.options.date, dateFormat)},
        {tr("Prepared by"), plan.preparedBy.isEmpty() ? tr("—") : plan.preparedBy},
        {tr("Neutrality target"), plan.community.targets.neutralityYear
                                      ? NumberFormat::year(*plan.community.targets.neutralityYear)
                                      : tr("none set")}};
    content.colophon = tr("Made with ZeroPlan %1").arg(QStringLiteral(ZEROPLAN_VERSION));
    m_context.layout.add<CoverBlock>(std::move(content));
}

} // namespace zeroplan
