#pragma once

#include "history/ChangeEntry.h"
#include "history/PlanHistory.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// The parts of a printed plan after its cover, in the order they print (chapters()).
enum class ReportSection
{
    Summary,
    Baseline,
    Measures,
    Pathway,
    Monitoring, // after adoption only: the plan against what happened
    Scenarios,
    Costs,
    Uncertainty,
    Timeline,
    Residents,
    People, // how the community takes part: groups, volunteers, the activity calendar
    Assumptions,
    Method,
    Changes // the appendix "Changes since …": printed when ReportOptions::changesSince is set
};

// What a printed document is: the plan itself, or the annual monitoring report of an adopted
// plan (its own cover, 年度自评报告 in Chinese, and the Monitoring chapter alone).
enum class ReportKind
{
    Plan,
    Monitoring
};

// The appendix of changes since a version (docs/history.md): the version (named in the
// report's language: "version 3, “draft for committee 2026-03”, saved … by 李伟") and the
// change log's entries made after it, oldest first.
struct ReportChanges
{
    PlanVersion since; // without its plan: the appendix names it
    ChangeLog changes;

    // The appendix of the changes `history` holds since version `number`; none if there is no
    // such version.
    static std::optional<ReportChanges> of(const PlanHistory &history, int number);
};

// What one export of the printed plan holds: which scenario, which sections, which language
// (independent of the window's), the date on its cover.
struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ReportOptions)

public:
    ReportKind kind = ReportKind::Plan;
    int scenario = 0;                        // index into the plan's scenarios
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QList<ReportSection> sections = allSections();
    QDate date = QDate::currentDate();
    int uncertaintySamples = 10000;
    std::optional<ReportChanges> changesSince; // none: no appendix of changes

    bool has(ReportSection section) const { return sections.contains(section); }
    // The options of the annual monitoring report: its kind, and the Monitoring chapter alone.
    void setKind(ReportKind newKind);
    static QString kindName(ReportKind kind);  // translated: "Plan", "Annual monitoring report"
    static QList<ReportSection> allSections(); // the sections written, in order
    // Every chapter's place, written or not; the appendix of changes, which changesSince asks
    // for, is not one of them.
    static QList<ReportSection> chapters();
    static bool isWritten(ReportSection section);
    static QString sectionName(ReportSection section); // translated
};

} // namespace zeroplan
