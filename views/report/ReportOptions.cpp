#include "ReportOptions.h"

namespace zeroplan {

QList<ReportSection> ReportOptions::allSections()
{
    return {ReportSection::Summary,     ReportSection::Baseline,  ReportSection::Measures,
            ReportSection::Pathway,     ReportSection::Scenarios, ReportSection::Costs,
            ReportSection::Uncertainty, ReportSection::Timeline,  ReportSection::Assumptions,
            ReportSection::Method};
}

QString ReportOptions::sectionName(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return tr("Summary");
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
    case ReportSection::Assumptions:
        return tr("Assumptions and emission factors");
    case ReportSection::Method:
        return tr("Method");
    }
    return {};
}

} // namespace zeroplan
