#pragma once

#include "engine/Results.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace zeroplan {

struct Plan;

// File ▸ Export Results…: saves one scenario's results for a spreadsheet. One save dialog
// whose file types are the choices: "Excel workbook (*.xlsx)" (the Pathway, Wedges and
// Costs tables as three sheets) or one of the tables as CSV ("Pathway table, CSV (*.csv)",
// …). The file type decides; a name typed with the other type's extension gets the chosen
// type's one (asking before it replaces a file of that name). Errors are shown in a message
// box that names the file; nothing is left half written (model/export).
class ResultsExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ResultsExportDialog)

public:
    enum class Choice
    {
        Workbook,
        PathwayCsv,
        WedgesCsv,
        CostsCsv
    };
    static constexpr Choice kChoices[] = {Choice::Workbook, Choice::PathwayCsv, Choice::WedgesCsv,
                                          Choice::CostsCsv};

    // Asks for a file and writes it. True when a file was written; false when the user
    // cancelled or it failed (then a message box said why).
    static bool exportResults(QWidget *parent, const Plan &plan, const PlanResult &results,
                              const ScenarioResult &scenario);

    // Writes `choice` to `path`; false and *error ("<file>: cannot be written: …").
    static bool write(Choice choice, const QString &path, const PlanResult &results,
                      const ScenarioResult &scenario, const QString &currency, QString *error);

    static QString nameFilter(Choice choice); // translated
    static std::optional<Choice> choiceForFilter(const QString &filter);
    static QString suffix(Choice choice); // "xlsx", "csv"
    // `path` with the extension `choice` needs: kept if it has it (any case), added if it
    // has none, put in place of a .xlsx or .csv one.
    static QString withSuffix(const QString &path, Choice choice);
    // "<community> – <scenario>.xlsx", or "… pathway.csv" and so on, without characters a
    // file name can't hold.
    static QString suggestedName(const Plan &plan, const ScenarioResult &scenario, Choice choice);
};

} // namespace zeroplan
