#pragma once

#include "ReportOptions.h"
#include "TableBlock.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QAbstractItemModel;

namespace zeroplan {

struct Measure;
struct MeasureResult;
struct Plan;
struct PlanResult;
struct ScenarioResult;
class FactorLibrary;
struct PlanRun;
class PlanChartView;
class ReportBlock;
class ReportLayout;

// What the sections of a printed plan are written from: the plan, its factor library, one run
// of it (computed in the report's language) and the options.
struct ReportContext
{
    const Plan &plan;
    const FactorLibrary &library;
    const PlanRun &run;
    const PlanResult &result;       // run.result
    const ScenarioResult *scenario; // the scenario the report is about; null if none
    const ReportOptions &options;
    ReportLayout &layout;
};

// Writes each section of the printed plan into the layout as headings, paragraphs, tables,
// charts and the action timeline. Text a user typed goes in as plain text, never markup.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanReport)

public:
    explicit ReportSections(ReportContext context);

    void write(); // the cover, then every section the options ask for

    // ReportSections.cpp
    void cover();
    QString coverCommunity() const;
    void summary();
    void baseline();
    // ReportMeasureSections.cpp
    void measures();
    void timeline();
    // ReportCoBenefits.cpp: the co-benefits matrix and its reasons, in the Measures chapter.
    void coBenefits();
    // ReportResultSections.cpp
    void pathway();
    void scenarios();
    void costs();
    void uncertainty();
    // ReportMonitoringSection.cpp: only for an adopted plan, else nothing.
    void monitoring();
    void monitoringCover(); // the annual monitoring report's own cover
    // ReportIndicators.cpp: the committee's indicators, within the Monitoring chapter.
    void indicators();
    // ReportResidentsSection.cpp: who pays, what households see, the funding plan.
    void residents();
    // ReportPeopleSection.cpp: working groups, volunteers, the activity calendar; nothing when
    // the plan has none.
    void people();
    // ReportAssumptions.cpp
    void assumptions();
    void method();
    // ReportChangesSection.cpp: the appendix of changes since a version, when asked for.
    void changes();

    QString scenarioName() const;
    // A measure's heading: its name, and its kind in brackets unless the name is the kind's.
    static QString measureHeading(const Measure &measure);

private:
    void heading(ReportSection section);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text);
    // `lastIsTotal` rules the last row off as a total, and so does every row in `totalRows`.
    void table(const QList<qreal> &weights, const QList<Qt::Alignment> &alignments,
               const QStringList &header, const QList<QStringList> &rows, bool lastIsTotal = false,
               const QList<int> &totalRows = {});
    // A table model's display text as a printed table: the vertical header, if it has one,
    // as the first column; with `lastIsTotal`, the last row and every row the model shows in
    // bold (the Costs table's totals of the abating measures and of the credits) are totals.
    void modelTable(const QAbstractItemModel &model, const QList<qreal> &weights,
                    bool lastIsTotal = false);
    ReportBlock *chart(std::unique_ptr<PlanChartView> chart, qreal heightMm);
    void measureDetail(int index);
    static QString measureYears(const Measure &measure); // "2025–2028"
    static QString abatedCell(const MeasureResult *r);   // "350", credits "(700 bought)"
    static QString costCell(const MeasureResult *r, const QString &currency);

    ReportContext m_context;
};

} // namespace zeroplan
