#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

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
    Method
};

// What a printed document is: the plan itself, or the annual monitoring report of an adopted
// plan (its own cover, 年度自评报告 in Chinese, and the Monitoring chapter alone).
enum class ReportKind
{
    Plan,
    Monitoring
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

    bool has(ReportSection section) const { return sections.contains(section); }
    // The options of the annual monitoring report: its kind, and the Monitoring chapter alone.
    void setKind(ReportKind newKind);
    static QString kindName(ReportKind kind);  // translated: "Plan", "Annual monitoring report"
    static QList<ReportSection> allSections(); // the sections written, in order
    static QList<ReportSection> chapters();    // every chapter's place, written or not
    static bool isWritten(ReportSection section);
    static QString sectionName(ReportSection section); // translated
};

} // namespace zeroplan
