#include "MonitoringNames.h"

#include <QCoreApplication>

namespace zeroplan {

QString trackLightName(TrackLight light)
{
    switch (light) {
    case TrackLight::NoData:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "no data");
    case TrackLight::OnTrack:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "on track");
    case TrackLight::Late:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "late");
    case TrackLight::Stalled:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "stalled");
    case TrackLight::Done:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "done");
    }
    return {};
}

QString reforecastVariantName(ReforecastVariant variant)
{
    switch (variant) {
    case ReforecastVariant::CatchUp:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "Catch up");
    case ReforecastVariant::Slip:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "Slip");
    case ReforecastVariant::Scale:
        return QCoreApplication::translate("zeroplan::MonitoringNames", "Scale");
    }
    return {};
}

} // namespace zeroplan
