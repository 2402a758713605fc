// Layer probe: compiled with zeroplan_report's include paths (the printed report, and through
// it the charts and the presentation floor), this must fail, because the report and the
// floor sit below the pages (the PresentLayerRule test expects the error).
#include "pathway/PathwayPage.h"

int pageInReportProbe()
{
    return 0;
}
