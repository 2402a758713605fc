#include "ReportOptions.h"

namespace zeroplan {

std::optional<ReportChanges> ReportChanges::of(const PlanHistory &history, int number)
{
    const std::optional<ChangeLog> changes = history.changesSince(number);
    if (!changes)
        return std::nullopt;
    for (const PlanVersion &v : history.versions) {
        if (v.number == number) {
            PlanVersion since = v;
            since.planData.clear();
            return ReportChanges{since, *changes};
        }
    }
    return std::nullopt;
}

QList<ReportSection> ReportOptions::chapters()
{
    return {ReportSection::Summary,   ReportSection::Baseline,    ReportSection::Measures,
            ReportSection::Pathway,   ReportSection::Monitoring,  ReportSection::Scenarios,
            ReportSection::Costs,     ReportSection::Uncertainty, ReportSection::Timeline,
            ReportSection::Residents, ReportSection::People,      ReportSection::Assumptions,
            ReportSection::Method};
}

bool ReportOptions::isWritten(ReportSection)
{
    return true; // every chapter is written; a chapter to come would keep its place here
}

QList<ReportSection> ReportOptions::allSections()
{
    QList<ReportSection> written = chapters();
    written.removeIf([](ReportSection s) { return !isWritten(s); });
    return written;
}

void ReportOptions::setKind(ReportKind newKind)
{
    kind = newKind;
    sections = kind == ReportKind::Monitoring ? QList<ReportSection>{ReportSection::Monitoring}
                                              : allSections();
}

QString ReportOptions::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Plan:
        return tr("Carbon-neutrality plan");
    case ReportKind::Monitoring:
        return tr("Annual monitoring report");
    }
    return {};
}

QString ReportOptions::sectionName(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return tr("Summary");
    case ReportSection::Monitoring:
        return tr("Monitoring");
    case ReportSection::Baseline:
        return tr("Baseline emissions");
    case ReportSection::Measures:
        return tr("Measures");
    case ReportSection::Pathway:
        return tr("Pathway to neutrality");
    case ReportSection::Scenarios:
        return tr("Scenario comparison");
    case ReportSection::Costs:
        return tr("Costs");
    case ReportSection::Uncertainty:
        return tr("Uncertainty");
    case ReportSection::Timeline:
        return tr("Action timeline");
    case ReportSection::Residents:
        return tr("What this means for residents");
    case ReportSection::People:
        return tr("How the community takes part");
    case ReportSection::Assumptions:
        return tr("Assumptions and emission factors");
    case ReportSection::Method:
        return tr("Method");
    case ReportSection::Changes:
        return tr("Appendix: changes since an earlier version");
    }
    return {};
}

} // namespace zeroplan
