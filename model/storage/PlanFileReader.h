#pragma once

#include "PlanProblem.h"
#include "history/PlanHistory.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// What a plan file holds, told by its content, never by its name.
enum class PlanFileFormat
{
    Unknown, // the file could not be read far enough to tell
    Project, // a .zeroplan project file: an SQLite database (docs/project-file.md)
    Json     // a JSON plan (docs/plan-format.md)
};

struct PlanFileResult
{
    PlanFileFormat format = PlanFileFormat::Unknown;
    // Set when the file holds a plan this version reads, even one with errors; `problems`
    // then lists them at their JSON paths. Unset when it does not: `error` then says why.
    std::optional<Plan> plan;
    PlanProblems problems;
    QString error;         // one line that starts with the file's name; empty with a plan
    bool readOnly = false; // the file can't be written: saving it needs "Save As"
    PlanHistory history; // a project file's change log and versions (docs/history.md); none in JSON
    bool ok() const { return plan.has_value() && !hasErrors(problems); }
};

// The one door through which the app (PlanDocument::open) and the CLI (PlanFile) read a plan
// file, so both accept the same files and say the same thing about the others: it checks
// that the file exists and is a regular, readable file, tells its format by its first bytes
// (an SQLite header, else JSON), then reads it with PlanStore or PlanJson. The file's name in
// messages is `path` as given, with native separators.
class PlanFileReader
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanFileReader)

public:
    static PlanFileResult read(const QString &path, const FactorLibrary *library = nullptr);
};

} // namespace zeroplan
