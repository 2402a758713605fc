#pragma once

#include "MeasureTracking.h"
#include "Reforecast.h"

#include <QString>

namespace zeroplan {

// The words for a measure's traffic light ("on track", "late", "stalled", "done", "no data")
// and a re-forecast ("Catch up", "Slip", "Scale"), translated; one wording for the app, the
// CLI and the report.
QString trackLightName(TrackLight light);
QString reforecastVariantName(ReforecastVariant variant);

} // namespace zeroplan
