#pragma once

#include "CliCommand.h"
#include "report/ReportOptions.h"

namespace zeroplan {

struct District;

// zeroplan-cli report PLAN -o FILE.pdf [--scenario NAME] [--lang zh_CN|en] [--date DATE]:
// the printed plan (views/report/PlanReport) as a PDF, in the language asked for.
// zeroplan-cli report DISTRICT [--kind district] -o FILE.pdf: a district's summary
// (DistrictReport); --kind communities -o FOLDER: every community's plan (CommunityReports).
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ReportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
    bool needsWidgets() const override { return true; } // the charts are QChartViews

private:
    // The district at `path`: its summary to `output`, or (`communities`) every community's
    // printed plan into the folder `output`.
    static int runDistrict(const QString &path, const District &district, bool communities,
                           const ReportOptions &options, const QString &output);
};

} // namespace zeroplan
