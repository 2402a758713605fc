#pragma once

#include <QCoreApplication>
#include <utility>
#include <vector>

namespace zeroplan {

// A linear program in binary variables (docs/optimiser.md, "The program"): minimise (or
// maximise) objective · x subject to rows, every x in {0, 1} but those marked continuous,
// which are 0 or more (the smallest limit that makes a target feasible).
struct MipProblem
{
    struct Row
    {
        std::vector<std::pair<int, double>> terms; // variable, coefficient
        char sense = 'L';                          // 'L' ≤, 'G' ≥, 'E' =
        double rhs = 0;
    };
    std::vector<double> objective; // one per variable
    std::vector<Row> rows;
    bool maximise = false;
    std::vector<int> continuous; // the variables that are no binaries

    // Appends a continuous variable with `cost` in the objective; returns its index.
    int addContinuous(double cost)
    {
        objective.push_back(cost);
        continuous.push_back(int(objective.size()) - 1);
        return continuous.back();
    }
};

struct MipSolution
{
    enum class Status
    {
        Optimal,
        Infeasible,
        Failed // the solver stopped without a proof either way
    };
    Status status = Status::Failed;
    std::vector<int> x; // 0 or 1 per variable (when Optimal); 0 for a continuous one
    // Every variable's value (when Optimal): the binaries' 0 or 1, the continuous ones' own.
    std::vector<double> values;
    double objective = 0;
};

// Solves it with CBC, the COIN-OR branch-and-cut solver (Debian coinor-libcbc-dev, EPL-2.0),
// through its C interface, silently.
MipSolution solveBinaryProgram(const MipProblem &problem);

} // namespace zeroplan
