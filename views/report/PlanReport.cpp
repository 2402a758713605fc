#include "PlanReport.h"

#include "PlanDocument.h"
#include "ReportLanguage.h"
#include "ReportLayout.h"
#include "ReportSections.h"
#include "plan/DefaultNames.h"
#include "present/LiveResults.h"
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
// "no scenario").
bool PlanReport::hasScenario(const Plan &plan, const ReportOptions &options, QString *error)
{
    if (!plan.scenarios.isEmpty() &&
        (options.scenario < 0 || options.scenario >= plan.scenarios.size())) {
        *error = tr("The plan has no scenario number %1.").arg(options.scenario + 1);
        return false;
    }
    return true;
}

bool PlanReport::write(const Plan &plan, const FactorLibrary &library, const ReportOptions &options,
                       QIODevice *device, QString *error)
{
    if (!hasScenario(plan, options, error))
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
    if (!hasScenario(plan, options, error))
        return false;
    const ReportLanguage language(options.language);
    // A copy of the plan with results of its own, computed in the report's language, its
    // unedited default names ("Planned measures") in that language too.
    Plan copy = plan;
    DefaultNames::localise(copy, language.code());
    const std::unique_ptr<PlanDocument> document = PlanDocument::fromPlan(copy, QString());
    LiveResults live(document.get(), library);
    live.setCurrentScenario(options.scenario);

    ReportLayout layout;
    ReportSections sections(
        {document->plan(), live, live.result(), live.currentResult(), options, layout});
    sections.write();
    const ReportStyle style(&device);
    layout.paginate(style);
    if (inspect)
        inspect(layout, style);
    const QString right = tr("%1 · %2", "plan title · scenario")
                              .arg(plan.title.isEmpty() ? tr("Carbon-neutrality plan") : plan.title,
                                   sections.scenarioName());
    layout.paint(device, style, document->plan().community.name, right, tr("Page %1 of %2"));
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
