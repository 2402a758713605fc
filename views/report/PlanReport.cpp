#include "PlanReport.h"

#include "ReportLanguage.h"
#include "ReportLayout.h"
#include "ReportSections.h"
#include "engine/PlanRun.h"
#include "plan/DefaultNames.h"
#include "plan/Plan.h"
#include "storage/WriteTarget.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace zeroplan {

namespace {

// Fine enough that no coordinate is visibly rounded; the PDF stays vector either way.
constexpr int kResolutionDpi = 600;

} // namespace

// Whether the scenario the options ask for is in the plan (a plan without scenarios prints
// "no scenario"), and a monitoring report's plan has been adopted.
bool PlanReport::canWrite(const Plan &plan, const ReportOptions &options, QString *error)
{
    if (!plan.scenarios.isEmpty() &&
        (options.scenario < 0 || options.scenario >= plan.scenarios.size())) {
        *error = tr("The plan has no scenario number %1.").arg(options.scenario + 1);
        return false;
    }
    if (options.kind == ReportKind::Monitoring && !plan.monitoring.adopted()) {
        *error = tr("The plan has not been adopted yet: adopt a scenario on the Monitoring "
                    "page, then its annual monitoring report can be printed.");
        return false;
    }
    return true;
}

bool PlanReport::write(const Plan &plan, const FactorLibrary &library, const ReportOptions &options,
                       QIODevice *device, QString *error)
{
    if (!canWrite(plan, options, error))
        return false; // before the writer, which would otherwise start a file
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kResolutionDpi);
    writer.setCreator(tr("ZeroPlan %1").arg(QStringLiteral(ZEROPLAN_VERSION)));
    const QString code = ReportLanguage::normalise(options.language);
    writer.setTitle(
        plan.title.isEmpty()
            ? DefaultNames::community(plan.community.name,
                                      code.isEmpty() ? ReportLanguage::englishCode() : code)
            : plan.title);
    return paint(plan, library, options, writer, error);
}

bool PlanReport::paint(const Plan &plan, const FactorLibrary &library, const ReportOptions &options,
                       QPagedPaintDevice &device, QString *error, const Inspect &inspect)
{
    if (!canWrite(plan, options, error))
        return false;
    const ReportLanguage language(options.language);
    // A copy of the plan with its unedited default names ("Planned measures") in the report's
    // language, and results of its own computed in that language (hasScenario checked the index).
    Plan copy = plan;
    DefaultNames::localise(copy, language.code());
    const PlanRun run = PlanRun::run(copy, library);
    const ScenarioResult *scenario =
        run.result.scenarios.empty() ? nullptr : &run.result.scenarios.at(size_t(options.scenario));

    ReportLayout layout;
    ReportSections sections({copy, library, run, run.result, scenario, options, layout});
    sections.write();
    const ReportStyle style(&device);
    layout.paginate(style);
    if (inspect)
        inspect(layout, style);
    const QString title = plan.title.isEmpty() ? tr("Carbon-neutrality plan") : plan.title;
    // The running header's right side: the plan, and its scenario or the monitoring report.
    const QString right = tr("%1 · %2", "plan title · scenario")
                              .arg(title, options.kind == ReportKind::Monitoring
                                              ? ReportOptions::kindName(ReportKind::Monitoring)
                                              : sections.scenarioName());
    layout.paint(device, style, copy.community.name, right, tr("Page %1 of %2"));
    return true;
}

bool PlanReport::writeFile(const Plan &plan, const FactorLibrary &library,
                           const ReportOptions &options, const QString &path, QString *error)
{
    QString own; // the report's own failure, which is not about the file
    const auto produce = [&](QIODevice &device, QString *) {
        return write(plan, library, options, &device, &own);
    };
    QString reason;
    if (WriteTarget::write(path, produce, &reason))
        return true;
    *error = !own.isEmpty()
                 ? own
                 : tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
    return false; // the target is as it was, no temporary file is left
}

} // namespace zeroplan
