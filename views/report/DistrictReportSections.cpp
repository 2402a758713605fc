#include "DistrictReportSections.h"

#include "ChartBlock.h"
#include "CoverBlock.h"
#include "FigureGridBlock.h"
#include "ReportLayout.h"
#include "TableBlock.h"
#include "TextBlock.h"
#include "charts/WedgeChart.h"
#include "district/DistrictFlags.h"
#include "district/DistrictRollup.h"
#include "district/LeagueRow.h"
#include "measures/MeasureCatalogue.h"
#include "plan/District.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"
#include "storage/DistrictLoader.h"

#include <QDir>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace zeroplan {

namespace {

// The years the district's emissions table lists: the base year, every fifth year, the year
// of the key figures and the horizon's end.
QList<int> milestoneYears(int first, int last, int target)
{
    QSet<int> years{first, last, target};
    for (int y = first + 1; y < last; ++y) {
        if (y % 5 == 0)
            years.insert(y);
    }
    QList<int> sorted;
    for (int y : years) {
        if (y >= first && y <= last)
            sorted.append(y);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace

DistrictReportSections::DistrictReportSections(DistrictReportContext context) : m_context(context)
{
}

QString DistrictReportSections::planText(const char *text, const char *disambiguation)
{
    return QCoreApplication::translate("zeroplan::PlanReport", text, disambiguation);
}

void DistrictReportSections::write()
{
    cover();
    summary();
    pathway();
    league();
    flags();
    communityPages();
}

int DistrictReportSections::targetYear(const DistrictRollup &rollup)
{
    int year = rollup.size() > 0 ? rollup.baseYear() : rollup.horizonEnd();
    for (int i = 0; i < rollup.size(); ++i)
        year = std::max(year, rollup.community(i).targetYear());
    return std::clamp(year, rollup.baseYear(), rollup.horizonEnd());
}

int DistrictReportSections::neutralByTarget(const std::vector<LeagueRow> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const LeagueRow &row) {
        return row.neutralityYear && *row.neutralityYear <= row.targetYear;
    }));
}

void DistrictReportSections::heading(const QString &text, bool newPage)
{
    if (newPage)
        m_context.layout.breakPage();
    auto *block =
        m_context.layout.add<TextBlock>(ReportStyle::Role::Heading, text, ReportStyle::accent());
    block->keepWithNext = true;
    if (!newPage)
        block->spaceBeforeMm = 8;
}

void DistrictReportSections::subheading(const QString &text)
{
    auto *block = m_context.layout.add<TextBlock>(ReportStyle::Role::Subheading, text);
    block->spaceBeforeMm = 5;
    block->keepWithNext = true;
}

void DistrictReportSections::paragraph(const QString &text)
{
    m_context.layout.add<TextBlock>(ReportStyle::Role::Body, text)->spaceBeforeMm = 2.5;
}

void DistrictReportSections::note(const QString &text)
{
    m_context.layout.add<TextBlock>(ReportStyle::Role::Small, text, ReportStyle::muted())
        ->spaceBeforeMm = 1.5;
}

void DistrictReportSections::table(const QList<qreal> &weights,
                                   const QList<Qt::Alignment> &alignments,
                                   const QStringList &header, const QList<QStringList> &rows)
{
    auto columns = std::make_shared<TableColumns>();
    columns->weights = weights;
    columns->alignments = alignments;
    columns->rows.append({header, true, true});
    for (const QStringList &row : rows)
        columns->rows.append({row, false});
    auto *head =
        m_context.layout.add<TableRowBlock>(columns, header, TableRowBlock::Kind::Header, false);
    head->spaceBeforeMm = 2.5;
    head->keepWithNext = true;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        auto *row = m_context.layout.add<TableRowBlock>(columns, rows.at(r),
                                                        TableRowBlock::Kind::Body, r % 2 == 1);
        row->repeatedHeader = head;
    }
}

ReportBlock *DistrictReportSections::chart(std::unique_ptr<PlanChartView> view, qreal heightMm)
{
    ChartBlock::useReportFonts(view.get());
    ReportBlock *block = m_context.layout.add<ChartBlock>(std::move(view), heightMm);
    block->spaceBeforeMm = 2;
    block->shrinkTo = 0.8;
    return block;
}

void DistrictReportSections::cover()
{
    const District &district = m_context.district;
    CoverBlock::Content content;
    content.kicker = tr("District summary");
    content.title = district.name.isEmpty() ? tr("District") : district.name;
    content.community = district.region;
    const QLocale locale;
    content.details = {
        {tr("Communities"), NumberFormat::number(district.communities.size())},
        {planText("Date"), locale.toString(m_context.options.date,
                                           planText("d MMMM yyyy", "date format on the cover"))},
        {planText("Years"),
         planText("%1 to %2")
             .arg(NumberFormat::year(district.baseYear), NumberFormat::year(district.horizonEnd))}};
    if (problemLinks() > 0)
        content.details.append(
            {tr("Plans not read"), tr("%1 of %2: see the summary")
                                       .arg(NumberFormat::number(problemLinks()),
                                            NumberFormat::number(district.communities.size()))});
    content.colophon = planText("Made with ZeroPlan %1").arg(QStringLiteral(ZEROPLAN_VERSION));
    m_context.layout.add<CoverBlock>(std::move(content));
}

int DistrictReportSections::problemLinks() const
{
    return int(std::count_if(m_context.load.links.cbegin(), m_context.load.links.cend(),
                             [](const LinkState &state) { return state.member < 0; }));
}

QString DistrictReportSections::linkProblem(int link) const
{
    const LinkState &state = m_context.load.links.at(link);
    const QString file = QDir::toNativeSeparators(state.filePath);
    switch (state.status) {
    case LinkStatus::Ok:
        return {};
    case LinkStatus::Changed:
        return tr("%1: changed since it was linked; printed as it is now").arg(file);
    case LinkStatus::Missing:
    case LinkStatus::Unreadable:
        return state.message.isEmpty()
                   ? tr("%1: %2").arg(file, DistrictLoader::statusName(state.status))
                   : state.message;
    }
    return {};
}

void DistrictReportSections::summary()
{
    heading(ReportOptions::sectionName(ReportSection::Summary));
    const DistrictRollup &rollup = m_context.rollup;
    const District &district = m_context.district;
    const int read = rollup.size();
    paragraph(
        tr("The district's figures are the sums of its community plans, each for the "
           "scenario the district chose for it, from %1 to %2.")
            .arg(NumberFormat::year(district.baseYear), NumberFormat::year(district.horizonEnd)));
    QStringList problems;
    for (int i = 0; i < m_context.load.links.size(); ++i) {
        const QString problem = linkProblem(i);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (problemLinks() > 0) {
        m_context.layout
            .add<TextBlock>(ReportStyle::Role::Body,
                            tr("Plans not read: %1 of %2. They are left out of every figure, "
                               "table and page of this report.")
                                .arg(NumberFormat::number(problemLinks()),
                                     NumberFormat::number(district.communities.size())),
                            ReportStyle::bad())
            ->spaceBeforeMm = 2.5;
    }
    if (read > 0) {
        const int target = targetYear(rollup);
        const YearSeries net = rollup.net();
        const double base = net[0];
        const double atTarget = net[target - rollup.baseYear()];
        double residents = 0;
        for (const LeagueRow &row : m_context.rows)
            residents += row.population;
        const QList<FigureGridBlock::Figure> figures = {
            {tr("Net emissions in %1 (base year)").arg(NumberFormat::year(rollup.baseYear())),
             NumberFormat::tonnesPerYear(base)},
            {tr("Net emissions in %1").arg(NumberFormat::year(target)),
             NumberFormat::tonnesPerYear(atTarget)},
            {tr("Reduction by %1").arg(NumberFormat::year(target)),
             base > 0 ? NumberFormat::percent(1 - atTarget / base, 1) : planText("—")},
            {tr("Neutral by their target year"),
             tr("%1 of %2 communities")
                 .arg(NumberFormat::number(neutralByTarget(m_context.rows)),
                      NumberFormat::number(read))},
            {tr("Plans read"), tr("%1 of %2")
                                   .arg(NumberFormat::number(read),
                                        NumberFormat::number(district.communities.size()))},
            {tr("Residents"), NumberFormat::number(residents)},
            {tr("Needs help (flags)"), NumberFormat::number(double(m_context.flags.size()))}};
        m_context.layout.add<FigureGridBlock>(figures, 2)->spaceBeforeMm = 3;
        note(tr("%1 is the latest of the communities' target years (each one's neutrality "
                "target, else the end of its plan). The reduction compares the district's net "
                "emissions then with those of %2. A community is neutral by its target year "
                "when its net emissions stay at or below zero from that year on.")
                 .arg(NumberFormat::year(target), NumberFormat::year(rollup.baseYear())));
    }
    if (!problems.isEmpty()) {
        subheading(tr("Linked plans to check"));
        for (const QString &problem : problems)
            paragraph(problem);
    }
}

void DistrictReportSections::pathway()
{
    const DistrictRollup &rollup = m_context.rollup;
    heading(tr("The district's pathway"));
    if (rollup.size() == 0) {
        paragraph(tr("No plan of the district could be read, so there is no pathway to show."));
        return;
    }
    paragraph(tr("Business as usual (BAU) and net emissions of the district, with what the "
                 "measures of every community take off, added up by the kind of measure."));
    PlanResult result;
    for (int y = rollup.baseYear(); y <= rollup.horizonEnd(); ++y)
        result.years.push_back(y);
    result.bauGross = rollup.bau();
    ScenarioResult district;
    district.name = tr("District");
    district.firstYear = rollup.baseYear();
    district.gross = rollup.gross();
    district.sinks = rollup.sinks();
    district.credits = rollup.credits();
    district.net = rollup.net();
    const YearSeries zero = YearSeries::Zero(rollup.yearCount());
    for (const MeasureKind kind : kAllMeasureKinds) {
        const YearSeries wedge = rollup.wedgeOfKind(kind);
        if (wedge.size() == 0 || wedge.abs().maxCoeff() <= 0)
            continue;
        MeasureResult measure;
        measure.measureId = measureKindId(kind);
        measure.name = MeasureCatalogue::spec(kind).displayName();
        measure.kind = kind;
        measure.wedge = wedge;
        measure.sink = zero;
        measure.credit = zero;
        district.measures.push_back(std::move(measure));
    }
    const size_t kinds = district.measures.size();
    result.scenarios.push_back(std::move(district));
    // Each kind in the colour of its place in the catalogue's list, in every district.
    Plan kindsInOrder;
    for (const MeasureKind kind : kAllMeasureKinds) {
        Measure measure;
        measure.id = measureKindId(kind);
        measure.kind = kind;
        kindsInOrder.measures.append(measure);
    }
    auto wedges = std::make_unique<WedgeChart>();
    wedges->setResults(result, &result.scenarios.front(), MeasureColours(kindsInOrder));
    wedges->chart()->setTitle(tr("What the measures take off, by kind"));
    chart(std::move(wedges), std::max(100.0, 40 + 5.5 * double(kinds)));
    note(tr("Each wedge is what the measures of one kind take off net emissions in every "
            "community (their cuts, sinks and credits), so the wedges add up to BAU minus the "
            "district's net emissions."));

    const int target = targetYear(rollup);
    const YearSeries bau = rollup.bau(), gross = rollup.gross(), net = rollup.net();
    const YearSeries offsets = rollup.sinks() + rollup.credits();
    QList<QStringList> rows;
    for (int year : milestoneYears(rollup.baseYear(), rollup.horizonEnd(), target)) {
        const int i = year - rollup.baseYear();
        rows.append({NumberFormat::year(year), NumberFormat::number(bau[i]),
                     NumberFormat::number(gross[i]), NumberFormat::number(offsets[i]),
                     NumberFormat::number(net[i])});
    }
    const Qt::Alignment right = Qt::AlignRight;
    subheading(tr("The district's emissions by year (tCO₂e/yr)"));
    table({1, 1.4, 1.4, 1.6, 1.4}, {Qt::AlignLeft, right, right, right, right},
          {planText("Year"), planText("BAU"), planText("Gross"), planText("Sinks and credits"),
           planText("Net")},
          rows);
}

void DistrictReportSections::league()
{
    heading(tr("League table"));
    if (m_context.rows.empty()) {
        paragraph(tr("No plan of the district could be read."));
        return;
    }
    paragraph(tr("One row per community, in the district's order. Per resident: its base-year "
                 "gross emissions divided by its residents. Change: its latest inventory "
                 "against its base year. Planned reduction: 1 − its net emissions in its target "
                 "year ÷ its base-year gross emissions. Cost per tCO₂e: present cost ÷ present "
                 "abatement of its measures, in its currency."));
    const QString none = planText("—");
    QList<QStringList> rows;
    for (const LeagueRow &row : m_context.rows) {
        rows.append(
            {row.name, communityTypeName(row.type),
             row.grossPerResident ? NumberFormat::number(*row.grossPerResident, 2) : none,
             row.changeSinceBase ? NumberFormat::percent(*row.changeSinceBase, 1) : none,
             row.plannedReduction ? tr("%1 by %2", "planned reduction by the target year")
                                        .arg(NumberFormat::percent(*row.plannedReduction, 1),
                                             NumberFormat::year(row.targetYear))
                                  : none,
             row.neutralityYear ? NumberFormat::year(*row.neutralityYear) : tr("not reached"),
             row.costPerTonne ? tr("%1 %2", "amount, currency")
                                    .arg(NumberFormat::number(*row.costPerTonne),
                                         NumberFormat::currencyUnit(row.currency))
                              : none});
    }
    const Qt::Alignment right = Qt::AlignRight;
    table({3, 1.5, 1.2, 1.2, 1.6, 1.1, 1.5},
          {Qt::AlignLeft, Qt::AlignLeft, right, right, right, right, right},
          {tr("Community"), tr("Type"), tr("tCO₂e per resident"), tr("Change since base year"),
           tr("Planned reduction"), tr("Neutral from"), tr("Cost per tCO₂e")},
          rows);
}

void DistrictReportSections::flags()
{
    heading(tr("Needs help"), false);
    if (m_context.flags.empty()) {
        paragraph(tr("No community needs help."));
        return;
    }
    paragraph(tr("Why a community needs help, the largest tonnes at stake (its net emissions "
                 "in its target year) first."));
    QList<QStringList> rows;
    for (const DistrictFlag &flag : m_context.flags)
        rows.append({flag.message, NumberFormat::number(flag.tonnesAtStake)});
    table({5, 1.3}, {Qt::AlignLeft, Qt::AlignRight}, {tr("Why"), tr("At stake (tCO₂e/yr)")}, rows);
}

} // namespace zeroplan
