#pragma once

#include "ReportOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace zeroplan {

struct District;
struct DistrictFlag;
struct DistrictLoad;
struct LeagueRow;
class DistrictRollup;
class PlanChartView;
class ReportBlock;
class ReportLayout;

// What the district report is written from: the district, its plans as loaded (members and
// the state of every link), its roll-up with the league table's rows (in the roll-up's order)
// and the "needs help" flags (sorted as DistrictFlags sorts them), the options.
struct DistrictReportContext
{
    const District &district;
    const DistrictLoad &load;
    const DistrictRollup &rollup;
    const std::vector<LeagueRow> &rows;
    const std::vector<DistrictFlag> &flags;
    const ReportOptions &options;
    ReportLayout &layout;
};

// Writes the parts of the printed district summary into the layout (DistrictReport): the
// cover, key figures, the aggregate pathway and its wedges by measure kind, the league table,
// the flags, the links with problems, then one page per community (DistrictCommunityPages.cpp).
class DistrictReportSections
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictReport)

public:
    explicit DistrictReportSections(DistrictReportContext context);

    void write(); // every part, in order

    void cover();
    void summary(); // key figures and the links that could not be read
    void pathway(); // the aggregate pathway: wedges by measure kind, emissions by year
    void league();  // the league table
    void flags();   // the "needs help" flags
    // DistrictCommunityPages.cpp: one page per community read, in the district's order.
    void communityPages();
    void communityPage(int index);

    // The year the district's key figures look at: the latest of its communities' target
    // years (each one's neutrality target, else its horizon end), within the district's years;
    // the horizon end when no community was read.
    static int targetYear(const DistrictRollup &rollup);
    // How many communities hold net ≤ 0 from their target year on.
    static int neutralByTarget(const std::vector<LeagueRow> &rows);
    // A string the plan report already has, in its context ("Year", "Page %1 of %2"), so that
    // both documents say it alike.
    static QString planText(const char *text, const char *disambiguation = nullptr);

private:
    void heading(const QString &text, bool newPage = true);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text);
    void table(const QList<qreal> &weights, const QList<Qt::Alignment> &alignments,
               const QStringList &header, const QList<QStringList> &rows);
    ReportBlock *chart(std::unique_ptr<PlanChartView> chart, qreal heightMm);
    QString linkProblem(int link) const; // one line for a link that is not ok; empty if it is
    int problemLinks() const;            // links whose plan could not be read

    DistrictReportContext m_context;
};

} // namespace zeroplan
