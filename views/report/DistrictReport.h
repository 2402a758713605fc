#pragma once

#include "PlanReport.h"
#include "ReportOptions.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace zeroplan {

struct District;
struct DistrictLoad;
class FactorLibrary;

// The printed district summary (docs/district.md, "The district report"): an A4 PDF, in the
// language the options ask for, of a district's roll-up made with the plan report's machinery
// (ReportLayout, ReportStyle and its blocks, the charts of views/charts drawn as vectors): the
// cover, the aggregate pathway with what the measures took off by kind, key figures, the
// league table, the "needs help" flags, the links that could not be read or changed, and one
// page per community. A district whose plans are not all readable still prints, saying which
// are left out. Of the options only the language and the date are read; the date is also the
// day monitoring and the flags are assessed on.
class DistrictReport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictReport)

public:
    // Writes the PDF to `device`, which must be open for writing. False, with the reason in
    // `error`, if the device can't be written.
    static bool write(const District &district, const DistrictLoad &load,
                      const FactorLibrary &library, const ReportOptions &options, QIODevice *device,
                      QString *error);
    // Paints the report into `device`, a PDF writer or a printer set to A4 with no margins.
    static bool paint(const District &district, const DistrictLoad &load,
                      const FactorLibrary &library, const ReportOptions &options,
                      QPagedPaintDevice &device, QString *error,
                      const PlanReport::Inspect &inspect = {});
    // Writes the PDF to `path` through WriteTarget, as PlanReport::writeFile does: a file
    // through a temporary one, so that a failure leaves whatever was there untouched. The
    // error names the file.
    static bool writeFile(const District &district, const DistrictLoad &load,
                          const FactorLibrary &library, const ReportOptions &options,
                          const QString &path, QString *error);
};

} // namespace zeroplan
