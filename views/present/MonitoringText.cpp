#include "MonitoringText.h"

#include "NumberFormat.h"
#include "measures/MeasureCatalogue.h"
#include "monitoring/MonitoringRun.h"
#include "plan/Plan.h"

namespace zeroplan {

QColor MonitoringText::lightColour(TrackLight light)
{
    switch (light) {
    case TrackLight::NoData:
        return QColor(0x9e, 0x9e, 0x9e);
    case TrackLight::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case TrackLight::Late:
        return QColor(0xef, 0x8f, 0x00);
    case TrackLight::Stalled:
        return QColor(0xc6, 0x28, 0x28);
    case TrackLight::Done:
        return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QString MonitoringText::adoptionUnit(const Plan &plan, const QString &measure)
{
    const Measure *m = plan.findMeasure(measure);
    if (m) {
        const MeasureKindSpec &spec = MeasureCatalogue::spec(m->kind);
        if (spec.adoption.parameter) {
            if (const ParameterSpec *p =
                    spec.parameter(QString::fromLatin1(spec.adoption.parameter))) {
                return tr("%1 (%2)").arg(p->displayName(), p->displayUnit());
            }
        }
    }
    return tr("share carried out (0–1)");
}

QString MonitoringText::adoptedText(const QString &label, const QDate &date)
{
    return tr("Adopted %1, %2").arg(label, date.toString(Qt::ISODate));
}

QString MonitoringText::headline(const MonitoringRun &run)
{
    const std::optional<double> reduced = run.reducedSinceBase();
    if (!reduced) {
        return tr("No actual year yet: add the emissions of a year after %1 to compare them "
                  "with the plan.")
            .arg(NumberFormat::year(run.baseYear));
    }
    const double still = run.stillToReduce().value_or(0);
    const QString since =
        *reduced >= 0 ? tr("%1 reduced since %2")
                            .arg(NumberFormat::tonnes(*reduced), NumberFormat::year(run.baseYear))
                      : tr("%1 more than in %2")
                            .arg(NumberFormat::tonnes(-*reduced), NumberFormat::year(run.baseYear));
    const QString ahead =
        still > 0 ? tr("%1 still to reduce by %2")
                        .arg(NumberFormat::tonnes(still), NumberFormat::year(run.targetYear))
                  : tr("already below what the plan aims at for %1")
                        .arg(NumberFormat::year(run.targetYear));
    return tr("%1; %2.").arg(since, ahead);
}

} // namespace zeroplan
