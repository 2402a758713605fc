#pragma once

#include "CliCommand.h"

namespace zeroplan {

// zeroplan-cli report PLAN -o FILE.pdf [--scenario NAME] [--lang zh_CN|en] [--date DATE]:
// the printed plan (views/report/PlanReport) as a PDF, in the language asked for.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ReportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
    bool needsWidgets() const override { return true; } // the charts are QChartViews
};

} // namespace zeroplan
