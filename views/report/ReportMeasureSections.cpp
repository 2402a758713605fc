// The measures and the action timeline of the printed plan (ReportSections).
#include "ReportSections.h"

#include "ReportLayout.h"
#include "TextBlock.h"
#include "TimelineBlock.h"
#include "TimelineMarkerBlock.h"
#include "charts/ChartPalette.h"
#include "engine/Results.h"
#include "measures/MeasureCatalogue.h"
#include "measures/MeasureCostSummary.h"
#include "plan/Plan.h"
#include "present/MeasureCostText.h"
#include "present/NumberFormat.h"
#include "present/ParameterDisplay.h"

namespace zeroplan {

namespace {

const MeasureResult *resultOf(const ScenarioResult *scenario, const QString &measureId)
{
    if (!scenario)
        return nullptr;
    for (const MeasureResult &m : scenario->measures) {
        if (m.measureId == measureId)
            return &m;
    }
    return nullptr;
}

std::optional<double> levelIn(const Plan &plan, int scenario, const QString &measureId)
{
    if (scenario < 0 || scenario >= plan.scenarios.size())
        return std::nullopt;
    for (const ScenarioMeasure &m : plan.scenarios.at(scenario).measures) {
        if (m.measure == measureId)
            return m.level;
    }
    return std::nullopt;
}

} // namespace

// The measure's name, with its kind in brackets unless the name is the kind's own (a measure
// added from the catalogue and left with its name: "Rooftop solar PV", not "Rooftop solar PV
// (Rooftop solar PV)"), in the report's language or in English.
QString ReportSections::measureHeading(const Measure &measure)
{
    const MeasureKindSpec &spec = MeasureCatalogue::spec(measure.kind);
    const QString kind = spec.displayName();
    const QString name = MeasureCatalogue::displayName(measure).trimmed();
    if (name.isEmpty())
        return kind;
    if (name.compare(kind, Qt::CaseInsensitive) == 0 ||
        name.compare(QString::fromUtf8(spec.name), Qt::CaseInsensitive) == 0)
        return name;
    return tr("%1 (%2)", "measure name, kind").arg(name, kind);
}

QString ReportSections::measureYears(const Measure &measure)
{
    return measure.rampYears > 0
               ? tr("%1–%2", "start year, year of full adoption")
                     .arg(NumberFormat::year(measure.startYear),
                          NumberFormat::year(measure.startYear + measure.rampYears))
               : NumberFormat::year(measure.startYear);
}

// Tonnes abated; for carbon credits, which abate nothing, the tonnes bought in brackets.
QString ReportSections::abatedCell(const MeasureResult *r)
{
    if (!r)
        return tr("—");
    if (r->isCredit())
        return tr("(%1 bought)", "tonnes of carbon credits bought")
            .arg(NumberFormat::number(r->creditedTotal));
    return NumberFormat::number(r->abatedTotal);
}

// Cost per tonne abated; for carbon credits the price per credit, said as such.
QString ReportSections::costCell(const MeasureResult *r, const QString &currency)
{
    if (r && r->isCredit() && r->costPerCredit)
        return tr("%1 per credit").arg(NumberFormat::money(*r->costPerCredit, currency));
    return r && r->costPerTonne ? NumberFormat::moneyPerTonne(*r->costPerTonne, currency) : tr("—");
}

void ReportSections::measures()
{
    heading(ReportSection::Measures);
    const Plan &plan = m_context.plan;
    if (plan.measures.isEmpty()) {
        paragraph(tr("The plan has no measures yet."));
        return;
    }
    paragraph(tr("The plan considers %n measure(s). Abatement and cost per tonne are those of "
                 "the scenario \u201c%1\u201d over %2 to %3; a measure outside it shows none.",
                 nullptr, int(plan.measures.size()))
                  .arg(scenarioName(), NumberFormat::year(plan.community.baseYear),
                       NumberFormat::year(plan.community.horizonEnd)));
    QList<QStringList> rows;
    const QString currency = plan.community.currency;
    for (const Measure &m : plan.measures) {
        const MeasureResult *r = resultOf(m_context.scenario, m.id);
        const std::optional<double> level = levelIn(plan, m_context.options.scenario, m.id);
        rows.append({MeasureCatalogue::displayName(m), plan.people.groupName(m.ownerGroup),
                     measureStatusName(m.status), measureYears(m),
                     level ? NumberFormat::percent(*level) : tr("not included"), abatedCell(r),
                     r && !MeasureCostSummary::of(m).isEntered() ? tr("cost not entered")
                                                                 : costCell(r, currency)});
    }
    const Qt::Alignment right = Qt::AlignRight;
    table({3, 2, 1.5, 1.6, 1.3, 1.6, 1.8},
          {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, right, right, right},
          {tr("Measure"), tr("Owner group"), tr("Status"), tr("Start – full"),
           tr("Level in scenario"), tr("Abated (tCO₂e)"), tr("Cost per tonne")},
          rows);
    coBenefits();
    for (int i = 0; i < plan.measures.size(); ++i)
        measureDetail(i);
}

void ReportSections::measureDetail(int index)
{
    const Measure &m = m_context.plan.measures.at(index);
    const MeasureKindSpec &spec = MeasureCatalogue::spec(m.kind);
    const QString currency = m_context.plan.community.currency;
    subheading(measureHeading(m));
    paragraph(spec.displayExplanation());
    note(tr("Owner: %1. Status: %2. Starts %3, full adoption after %n year(s) (%4); renewed "
            "every %5 years. Investment at full adoption: %6. Running cost: %7.",
            nullptr, m.rampYears)
             .arg(m_context.plan.people.groupName(m.ownerGroup), measureStatusName(m.status),
                  NumberFormat::year(m.startYear),
                  m.rampShape == RampShape::SCurve ? tr("S-curve") : tr("straight line"))
             .arg(m.lifetimeYears)
             .arg(MeasureCostText::investment(m, currency),
                  MeasureCostText::runningCost(m, currency)));
    // The costs count what the scenario buys: a measure taken up at a level below 100 %
    // buys that share of its investment (CostModel: purchases follow adoption × level).
    const std::optional<double> level = levelIn(m_context.plan, m_context.options.scenario, m.id);
    const MeasureCostSummary costs = MeasureCostSummary::of(m);
    if (level && *level < 1 && costs.capex.total() > 0) {
        note(tr("In \u201c%1\u201d the measure is taken up at a level of %2, and its costs "
                "with it: the costs count an investment of %3 at full adoption.")
                 .arg(scenarioName(), NumberFormat::percent(*level),
                      NumberFormat::money(*level * costs.capex.total(), currency)));
    }
    QList<QStringList> rows;
    for (const ParameterSpec &p : spec.parameters) {
        const QString key = QString::fromLatin1(p.key);
        const auto it = m.parameters.constFind(key);
        const UncertainValue value =
            it != m.parameters.cend() ? *it : UncertainValue{p.value, p.low, p.high, QString()};
        const double scale = ParameterDisplay::scale(p);
        const QString range = value.isUncertain()
                                  ? tr("%1 – %2", "low – high")
                                        .arg(NumberFormat::significant(*value.low * scale),
                                             NumberFormat::significant(*value.high * scale))
                                  : tr("—");
        const QString source = MeasureCatalogue::displaySource(m, key);
        rows.append({p.displayName(), NumberFormat::significant(value.value * scale), range,
                     ParameterDisplay::unit(p, currency), source});
    }
    if (!rows.isEmpty()) {
        const Qt::Alignment right = Qt::AlignRight;
        table({2.6, 1, 1.4, 1.4, 3.6}, {Qt::AlignLeft, right, right, Qt::AlignLeft, Qt::AlignLeft},
              {tr("Parameter"), tr("Value"), tr("Range"), tr("Unit"), tr("Source")}, rows);
    }
    if (!m.note.isEmpty())
        note(tr("Note: %1").arg(m.note));
}

void ReportSections::timeline()
{
    heading(ReportSection::Timeline);
    const Plan &plan = m_context.plan;
    QList<const Measure *> shown;
    for (const Measure &m : plan.measures) {
        if (levelIn(plan, m_context.options.scenario, m.id))
            shown.append(&m);
    }
    if (shown.isEmpty()) {
        paragraph(
            tr("The scenario \u201c%1\u201d has no measures to schedule.").arg(scenarioName()));
        return;
    }
    paragraph(tr("When each measure of the scenario \u201c%1\u201d starts and reaches full "
                 "adoption, by the working group that owns it. The solid bar is the ramp-up; "
                 "the light bar, the years at full adoption.")
                  .arg(scenarioName()));
    auto scale = std::make_shared<TimelineScale>();
    scale->firstYear = plan.community.baseYear;
    scale->lastYear = plan.community.horizonEnd;
    QStringList groups = MeasureCatalogue::ownerGroups();
    for (const Measure *m : shown) {
        if (!groups.contains(m->ownerGroup))
            groups.append(m->ownerGroup);
    }
    auto *axis = m_context.layout.add<TimelineAxisBlock>(scale, tr("Measure"));
    axis->spaceBeforeMm = 3;
    axis->keepWithNext = true;
    for (int g = 0; g < groups.size(); ++g) {
        QList<const Measure *> members;
        for (const Measure *m : shown) {
            if (m->ownerGroup == groups.at(g))
                members.append(m);
        }
        if (members.isEmpty())
            continue;
        std::sort(members.begin(), members.end(),
                  [](const Measure *a, const Measure *b) { return a->startYear < b->startYear; });
        auto *title = m_context.layout.add<TextBlock>(ReportStyle::Role::TableHeader,
                                                      plan.people.groupName(groups.at(g)),
                                                      ReportStyle::accent());
        title->spaceBeforeMm = 2;
        title->keepWithNext = true;
        title->repeatedHeader = axis;
        for (const Measure *m : members) {
            TimelineRowBlock::Bar bar{
                MeasureCatalogue::displayName(*m),
                tr("%1 · %2", "status · years").arg(measureStatusName(m->status), measureYears(*m)),
                m->startYear, m->rampYears, ChartPalette::series(g)};
            m_context.layout.add<TimelineRowBlock>(scale, bar)->repeatedHeader = axis;
        }
    }
    // The community's activities (docs/people.md): a marker in each year one takes place,
    // larger the more often; markers, not bars, for they reduce nothing.
    if (plan.people.activities.isEmpty())
        return;
    auto *title = m_context.layout.add<TextBlock>(ReportStyle::Role::TableHeader,
                                                  tr("Community activities (no reduction of "
                                                     "their own)"),
                                                  ReportStyle::accent());
    title->spaceBeforeMm = 2;
    title->keepWithNext = true;
    title->repeatedHeader = axis;
    for (const CommunityActivity &a : plan.people.activities) {
        TimelineMarkerBlock::Row row;
        row.name = a.name;
        const QString years = a.startYear() == a.endYear()
                                  ? QString::number(a.startYear())
                                  : QStringLiteral("%1–%2").arg(a.startYear()).arg(a.endYear());
        row.detail = tr("%1 · %2", "how often · years").arg(recurrenceName(a.recurrence), years);
        // Only the years the axis shows (a hand-edited file may give any).
        const int last = std::min(a.endYear(), scale->lastYear);
        for (int year = std::max(a.startYear(), scale->firstYear); year <= last; ++year) {
            if (const int times = a.occurrencesIn(year); times > 0)
                row.years.append({year, times});
        }
        row.color = ReportStyle::accent();
        m_context.layout.add<TimelineMarkerBlock>(scale, row)->repeatedHeader = axis;
    }
}

} // namespace zeroplan
