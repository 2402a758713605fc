#pragma once

#include "ReportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace zeroplan {

struct DistrictLoad;
class FactorLibrary;

// What an export of every community's printed plan did.
struct CommunityReportsResult
{
    struct Failure
    {
        QString community; // the community's name
        QString message;   // why, naming the file (PlanReport::writeFile's error)
    };

    int total = 0;          // PDFs asked for: one per community read
    QStringList written;    // the PDFs written, full paths, in the district's order
    QList<Failure> failed;  // the communities whose PDF could not be written
    bool cancelled = false; // the progress callback asked to stop
    QString error;          // the folder could not be made (then nothing was written)

    bool ok() const { return error.isEmpty() && failed.isEmpty() && !cancelled; }
};

// Writes every community's printed plan of a district into one folder (docs/district.md,
// "The district report"): one A4 PDF per member of the load, the member's scenario
// (DistrictMember::scenarioToRun), the options' language, date, sections and samples, through
// PlanReport::writeFile, so that a PDF is either complete or not there (a failure or a cancel
// leaves no temporary file). Each file is named after the plan's file (fileNames()).
// Runs on the thread that owns the widgets (the charts are QChartViews).
class CommunityReports
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::CommunityReports)

public:
    // Called before each PDF with the PDFs finished so far (written or failed), the total and
    // the name of the community about to be printed; returning false stops the export there
    // (nothing more is started, the PDFs finished stay). Called once more at the end with
    // done == total and an empty name, whose answer is ignored.
    using Progress = std::function<bool(int done, int total, const QString &community)>;

    // The PDF's file name for each member of `load`, in its order: its plan file's name with
    // ".pdf" for its suffix (xinqiao.zeroplan → xinqiao.pdf, hemu.json → hemu.pdf); a name
    // already given to an earlier member (compared without case) gets "-2", "-3", … before
    // the suffix.
    static QStringList fileNames(const DistrictLoad &load);
    // Makes `folder` if it is missing and writes the PDFs into it, replacing files of the same
    // names.
    static CommunityReportsResult write(const DistrictLoad &load, const FactorLibrary &library,
                                        const ReportOptions &options, const QString &folder,
                                        const Progress &progress = {});
};

} // namespace zeroplan
