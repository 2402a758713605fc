#include "ReportSections.h"

#include "ChartBlock.h"
#include "CoverBlock.h"
#include "FigureGridBlock.h"
#include "ReportLayout.h"
#include "TextBlock.h"
#include "charts/PathwayChart.h"
#include "charts/SectorDonutChart.h"
#include "engine/Results.h"
#include "inventory/Carrier.h"
#include "plan/FactorResolver.h"
#include "plan/Plan.h"
#include "present/BaselineTotals.h"
#include "present/KeyFigures.h"
#include "present/NumberFormat.h"
#include "present/PathwayVerdict.h"
#include "storage/FactorText.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QLocale>

namespace zeroplan {

ReportSections::ReportSections(ReportContext context) : m_context(context) {}

void ReportSections::write()
{
    cover();
    using S = ReportSection;
    using Writer = void (ReportSections::*)();
    // Every chapter in ReportOptions::chapters()' order.
    const std::pair<S, Writer> writers[] = {{S::Summary, &ReportSections::summary},
                                            {S::Baseline, &ReportSections::baseline},
                                            {S::Measures, &ReportSections::measures},
                                            {S::Pathway, &ReportSections::pathway},
                                            {S::Monitoring, &ReportSections::monitoring},
                                            {S::Scenarios, &ReportSections::scenarios},
                                            {S::Costs, &ReportSections::costs},
                                            {S::Uncertainty, &ReportSections::uncertainty},
                                            {S::Timeline, &ReportSections::timeline},
                                            {S::Residents, &ReportSections::residents},
                                            {S::People, &ReportSections::people},
                                            {S::Assumptions, &ReportSections::assumptions},
                                            {S::Method, &ReportSections::method}};
    for (const S section : ReportOptions::chapters()) {
        for (const auto &[written, writeSection] : writers) {
            if (written == section && m_context.options.has(section))
                (this->*writeSection)();
        }
    }
    changes();
}

QString ReportSections::scenarioName() const
{
    return m_context.scenario ? m_context.scenario->name : tr("no scenario");
}

void ReportSections::heading(ReportSection section)
{
    m_context.layout.breakPage();
    auto *block = m_context.layout.add<TextBlock>(
        ReportStyle::Role::Heading, ReportOptions::sectionName(section), ReportStyle::accent());
    block->keepWithNext = true;
}

void ReportSections::subheading(const QString &text)
{
    auto *block = m_context.layout.add<TextBlock>(ReportStyle::Role::Subheading, text);
    block->spaceBeforeMm = 5;
    block->keepWithNext = true;
}

void ReportSections::paragraph(const QString &text)
{
    m_context.layout.add<TextBlock>(ReportStyle::Role::Body, text)->spaceBeforeMm = 2.5;
}

void ReportSections::note(const QString &text)
{
    m_context.layout.add<TextBlock>(ReportStyle::Role::Small, text, ReportStyle::muted())
        ->spaceBeforeMm = 1.5;
}

void ReportSections::table(const QList<qreal> &weights, const QList<Qt::Alignment> &alignments,
                           const QStringList &header, const QList<QStringList> &rows,
                           bool lastIsTotal, const QList<int> &totalRows)
{
    auto columns = std::make_shared<TableColumns>();
    columns->weights = weights;
    columns->alignments = alignments;
    // Every row's text, so that the columns are fitted to the figures they hold.
    columns->rows.append({header, true, true});
    for (int r = 0; r < rows.size(); ++r)
        columns->rows.append(
            {rows.at(r), (lastIsTotal && r == rows.size() - 1) || totalRows.contains(r)});
    auto *head =
        m_context.layout.add<TableRowBlock>(columns, header, TableRowBlock::Kind::Header, false);
    head->spaceBeforeMm = 2.5;
    head->keepWithNext = true;
    for (int r = 0; r < rows.size(); ++r) {
        const bool total = (lastIsTotal && r == rows.size() - 1) || totalRows.contains(r);
        auto *row = m_context.layout.add<TableRowBlock>(
            columns, rows.at(r), total ? TableRowBlock::Kind::Total : TableRowBlock::Kind::Body,
            r % 2 == 1);
        row->repeatedHeader = head;
    }
}

void ReportSections::modelTable(const QAbstractItemModel &model, const QList<qreal> &weights,
                                bool lastIsTotal)
{
    const bool rowHeaders =
        !model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString().isEmpty();
    QStringList header;
    QList<Qt::Alignment> alignments;
    if (rowHeaders) {
        header.append(QString());
        alignments.append(Qt::AlignLeft);
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        const QVariant align = model.data(model.index(0, c), Qt::TextAlignmentRole);
        alignments.append(align.isValid() ? Qt::Alignment(align.toInt()) & Qt::AlignHorizontal_Mask
                                          : Qt::Alignment(Qt::AlignLeft));
    }
    QList<QStringList> rows;
    QList<int> totalRows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant font = model.index(r, 0).data(Qt::FontRole);
        if (lastIsTotal && font.isValid() && font.value<QFont>().bold())
            totalRows.append(r);
        QStringList cells;
        if (rowHeaders)
            cells.append(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.index(r, c).data(Qt::DisplayRole).toString());
        rows.append(cells);
    }
    table(weights, alignments, header, rows, lastIsTotal, totalRows);
}

ReportBlock *ReportSections::chart(std::unique_ptr<PlanChartView> view, qreal heightMm)
{
    ChartBlock::useReportFonts(view.get());
    ReportBlock *block = m_context.layout.add<ChartBlock>(std::move(view), heightMm);
    block->spaceBeforeMm = 2;
    // A chart is drawn to the height it is given: a little shorter rather than leave the
    // rest of a page empty (the Costs table, then the MACC).
    block->shrinkTo = 0.8;
    return block;
}

// The community under the cover's title: its name, and its region when there is one.
QString ReportSections::coverCommunity() const
{
    const Community &community = m_context.plan.community;
    return community.region.isEmpty()
               ? community.name
               : tr("%1, %2", "community, region").arg(community.name, community.region);
}

void ReportSections::cover()
{
    const Plan &plan = m_context.plan;
    const Community &community = plan.community;
    if (m_context.options.kind == ReportKind::Monitoring) {
        monitoringCover();
        return;
    }
    CoverBlock::Content content;
    content.kicker = ReportOptions::kindName(ReportKind::Plan);
    content.title = plan.title.isEmpty() ? tr("Carbon-neutrality plan") : plan.title;
    content.community = coverCommunity();
    const QLocale locale;
    content.details = {
        {tr("Scenario"), scenarioName()},
        {tr("Date"),
         locale.toString(m_context.options.date, tr("d MMMM yyyy", "date format on the cover"))},
        {tr("Prepared by"), plan.preparedBy.isEmpty() ? tr("—") : plan.preparedBy},
        {tr("Years"), tr("%1 to %2")
                          .arg(NumberFormat::year(community.baseYear),
                               NumberFormat::year(community.horizonEnd))},
        {tr("Neutrality target"), community.targets.neutralityYear
                                      ? NumberFormat::year(*community.targets.neutralityYear)
                                      : tr("none set")}};
    if (m_context.scenario && plan.scenarios.size() > m_context.options.scenario &&
        !plan.scenarios.at(m_context.options.scenario).description.isEmpty())
        content.details.append(
            {tr("About the scenario"), plan.scenarios.at(m_context.options.scenario).description});
    content.colophon = tr("Made with ZeroPlan %1").arg(QStringLiteral(ZEROPLAN_VERSION));
    m_context.layout.add<CoverBlock>(std::move(content));
}

void ReportSections::summary()
{
    heading(ReportSection::Summary);
    const Plan &plan = m_context.plan;
    const PlanResult &result = m_context.result;
    const ScenarioResult *scenario = m_context.scenario;
    paragraph(PathwayVerdict::text(plan, scenario));
    const KeyFigures f = KeyFigures::of(plan, result, scenario);
    QList<FigureGridBlock::Figure> figures = {
        {tr("Baseline (%1)").arg(NumberFormat::year(plan.community.baseYear)), f.baseline},
        {tr("Per resident"), f.perResident},
        {tr("Per household"), f.perHousehold},
        {f.interimCaption, f.interim},
        {f.neutralityCaption, f.neutrality},
        {tr("Total cost (present value)"), f.cost},
        {tr("Cost per tonne abated"), f.costPerTonne}};
    if (scenario && scenario->residual.size() > 0 && !result.baselineEmpty()) {
        const int year = plan.community.targets.neutralityYear.value_or(plan.community.horizonEnd);
        const int index = std::clamp(result.yearIndex(year), 0, int(scenario->residual.size()) - 1);
        figures.append({tr("Residual to offset in %1").arg(NumberFormat::year(result.years[index])),
                        NumberFormat::tonnesPerYear(scenario->residual[index])});
    }
    m_context.layout.add<FigureGridBlock>(figures, 2)->spaceBeforeMm = 3;
    note(tr("Per resident and per household: base-year emissions divided by the community's "
            "%1 residents and %2 households. Costs are present values at a discount rate of %3, "
            "in %4; a negative cost is a saving. Neutrality counts from the year net emissions "
            "stay at or below zero to the end of the plan; the cost per tonne abated leaves out "
            "carbon credits bought, which abate nothing.")
             .arg(NumberFormat::number(plan.community.population),
                  NumberFormat::number(plan.community.households),
                  NumberFormat::percent(plan.community.discountRate, 1),
                  NumberFormat::currencyUnit(plan.community.currency)));
    auto pathway = std::make_unique<PathwayChart>();
    pathway->setResults(plan, result, m_context.options.scenario);
    // The summary is one page: the pathway takes what the figures leave of it.
    chart(std::move(pathway), 85)->growTo = 1.6;
}

void ReportSections::baseline()
{
    heading(ReportSection::Baseline);
    const Plan &plan = m_context.plan;
    const BaselineTotals totals = BaselineTotals::from(plan, m_context.result);
    paragraph(tr("In %1 the community emitted %2, by the GPC sectors below.")
                  .arg(NumberFormat::year(plan.community.baseYear),
                       NumberFormat::tonnesPerYear(totals.total)));
    auto donut = std::make_unique<SectorDonutChart>();
    donut->setSectors(totals.shares());
    chart(std::move(donut), 72);
    QList<QStringList> rows;
    for (const BaselineTotals::Row &row : totals.sectors) {
        rows.append(
            {sectorName(row.sector), NumberFormat::number(row.lines),
             NumberFormat::number(row.tonnes),
             totals.total > 0 ? NumberFormat::percent(row.tonnes / totals.total, 1) : tr("—")});
    }
    rows.append({tr("Total"), NumberFormat::number(plan.activities.size()),
                 NumberFormat::number(totals.total),
                 NumberFormat::percent(1.0, 1)}); // "100.0%", the places of the rows above
    const Qt::Alignment right = Qt::AlignRight;
    table({3, 1, 1.5, 1}, {Qt::AlignLeft, right, right, right},
          {tr("Sector"), tr("Activity lines"), tr("tCO₂e/yr"), tr("Share")}, rows, true);

    subheading(tr("Activity lines"));
    QList<QStringList> lines;
    const FactorResolver resolver(plan, m_context.library);
    const auto factorName = [&resolver](const QString &id) {
        const EmissionFactor *f = resolver.find(id);
        return f ? FactorText::name(*f) : id;
    };
    for (const SourceResult &source : m_context.result.bauSources) {
        const ActivityLine *line = plan.findActivity(source.id);
        if (!line)
            continue;
        const Carrier *carrier = Carriers::find(line->carrier);
        const QString what = carrier ? carrier->displayName() : line->carrier;
        lines.append(
            {line->subsector.isEmpty()
                 ? what
                 : tr("%1 · %2", "subsector, carrier").arg(subsectorName(line->subsector), what),
             sectorName(source.sector),
             tr("%1 %2", "amount, unit")
                 .arg(NumberFormat::significant(line->amount),
                      NumberFormat::activityUnit(line->unit)),
             factorName(line->factor),
             NumberFormat::number(source.emissions.size() > 0 ? source.emissions[0] : 0)});
    }
    table({3, 2, 1.6, 2, 1.2}, {Qt::AlignLeft, Qt::AlignLeft, right, Qt::AlignLeft, right},
          {tr("Activity"), tr("Sector"), tr("Amount per year"), tr("Emission factor"),
           tr("tCO₂e/yr")},
          lines);
}

} // namespace zeroplan
