#pragma once

#include "ReportOptions.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace zeroplan {

struct Plan;
class FactorLibrary;
class ReportLayout;
class ReportStyle;

// The printed plan: an A4 PDF in the language the options ask for, with a cover, the
// sections chosen (ReportSections) and charts drawn as vectors, paginated so that no table
// row or chart is split (ReportLayout). Works on a copy of the plan; the same plan and
// options give the same document.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanReport)

public:
    // Writes the PDF to `device`, which must be open for writing. False, with the reason in
    // `error`, if the scenario doesn't exist or the device can't be written.
    static bool write(const Plan &plan, const FactorLibrary &library, const ReportOptions &options,
                      QIODevice *device, QString *error);
    // What paint() lets a caller look at once the pages are laid out (the tests: every table
    // cell's text against its column), while the report's language is in force.
    using Inspect = std::function<void(const ReportLayout &layout, const ReportStyle &style)>;
    // Paints the report into `device`, a PDF writer or a printer already set to A4 with no
    // margins (the report draws its own). False, with the reason, as write().
    static bool paint(const Plan &plan, const FactorLibrary &library, const ReportOptions &options,
                      QPagedPaintDevice &device, QString *error, const Inspect &inspect = {});
    // Writes the PDF to `path` through WriteTarget: a file through a temporary file, so that
    // a failure leaves whatever was there untouched; a device, a named pipe or "-" (standard
    // output) straight. The error names the file.
    static bool writeFile(const Plan &plan, const FactorLibrary &library,
                          const ReportOptions &options, const QString &path, QString *error);

private:
    // Whether these options can be printed: the scenario exists, a monitoring report has an
    // adopted plan. If not, says why.
    static bool canWrite(const Plan &plan, const ReportOptions &options, QString *error);
};

} // namespace zeroplan
