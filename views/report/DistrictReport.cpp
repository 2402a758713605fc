#include "DistrictReport.h"

#include "DistrictReportSections.h"
#include "ReportLanguage.h"
#include "ReportLayout.h"
#include "district/DistrictFlags.h"
#include "district/DistrictRollup.h"
#include "district/LeagueTable.h"
#include "plan/District.h"
#include "storage/DistrictLoader.h"
#include "storage/WriteTarget.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace zeroplan {

namespace {

constexpr int kResolutionDpi = 600; // as the plan report: no coordinate visibly rounded

} // namespace

bool DistrictReport::write(const District &district, const DistrictLoad &load,
                           const FactorLibrary &library, const ReportOptions &options,
                           QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kResolutionDpi);
    writer.setCreator(QCoreApplication::translate("zeroplan::PlanReport", "ZeroPlan %1")
                          .arg(QStringLiteral(ZEROPLAN_VERSION)));
    writer.setTitle(district.name);
    return paint(district, load, library, options, writer, error);
}

bool DistrictReport::paint(const District &district, const DistrictLoad &load,
                           const FactorLibrary &library, const ReportOptions &options,
                           QPagedPaintDevice &device, QString *, const PlanReport::Inspect &inspect)
{
    const ReportLanguage language(options.language);
    const std::vector<DistrictMember> members(load.members.cbegin(), load.members.cend());
    // The report's date is the day monitoring is assessed on and the flags' current year, so
    // that the same district and date give the same document.
    DistrictRollup rollup(library, district.baseYear, district.horizonEnd, options.date);
    rollup.setMembers(members);
    const std::vector<LeagueRow> rows = LeagueTable::rows(rollup);
    const std::vector<DistrictFlag> flags = DistrictFlags::of(rollup, rows, {options.date.year()});

    ReportLayout layout;
    DistrictReportSections sections({district, load, rollup, rows, flags, options, layout});
    sections.write();
    const ReportStyle style(&device);
    layout.paginate(style);
    if (inspect)
        inspect(layout, style);
    layout.paint(device, style, district.name, tr("District summary"),
                 QCoreApplication::translate("zeroplan::PlanReport", "Page %1 of %2"));
    return true;
}

bool DistrictReport::writeFile(const District &district, const DistrictLoad &load,
                               const FactorLibrary &library, const ReportOptions &options,
                               const QString &path, QString *error)
{
    QString own; // the report's own failure, which is not about the file
    const auto produce = [&](QIODevice &device, QString *) {
        return write(district, load, library, options, &device, &own);
    };
    QString reason;
    if (WriteTarget::write(path, produce, &reason))
        return true;
    *error = !own.isEmpty()
                 ? own
                 : QCoreApplication::translate("zeroplan::PlanReport", "%1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(path), reason);
    return false; // the target is as it was, no temporary file is left
}

} // namespace zeroplan
