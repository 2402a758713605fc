#include "MipSolver.h"

#include <coin/Cbc_C_Interface.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>

namespace zeroplan {

MipSolution solveBinaryProgram(const MipProblem &problem)
{
    MipSolution out;
    const int n = int(problem.objective.size());
    if (n == 0) {
        out.status = MipSolution::Status::Optimal;
        return out;
    }
    // CBC's driver (CbcMain1, under Cbc_solve) is not documented as safe to run from several
    // threads at once; RobustOptimiser solves its draws side by side, so solves take turns.
    static std::mutex solving;
    const std::lock_guard<std::mutex> lock(solving);
    const std::unique_ptr<Cbc_Model, void (*)(Cbc_Model *)> model(Cbc_newModel(), &Cbc_deleteModel);
    // The columns first, with no rows (an empty matrix), then the rows one by one.
    const std::vector<CoinBigIndex> starts(size_t(n) + 1, 0);
    const std::vector<double> lower(size_t(n), 0.0);
    std::vector<double> upper(size_t(n), 1.0);
    std::vector<bool> integer(size_t(n), true);
    for (const int v : problem.continuous) {
        upper[size_t(v)] = std::numeric_limits<double>::max(); // CBC's infinity (COIN_DBL_MAX)
        integer[size_t(v)] = false;
    }
    Cbc_loadProblem(model.get(), n, 0, starts.data(), nullptr, nullptr, lower.data(), upper.data(),
                    problem.objective.data(), nullptr, nullptr);
    for (const MipProblem::Row &row : problem.rows) {
        std::vector<int> columns;
        std::vector<double> coefficients;
        for (const auto &[column, coefficient] : row.terms) {
            columns.push_back(column);
            coefficients.push_back(coefficient);
        }
        Cbc_addRow(model.get(), "", int(columns.size()), columns.data(), coefficients.data(),
                   row.sense, row.rhs);
    }
    for (int i = 0; i < n; ++i)
        if (integer[size_t(i)])
            Cbc_setInteger(model.get(), i);
    Cbc_setObjSense(model.get(), problem.maximise ? -1.0 : 1.0);
    Cbc_setParameter(model.get(), "log", "0");
    Cbc_setParameter(model.get(), "slogLevel", "0");
    Cbc_solve(model.get());
    if (Cbc_isProvenInfeasible(model.get())) {
        out.status = MipSolution::Status::Infeasible;
        return out;
    }
    if (!Cbc_isProvenOptimal(model.get()))
        return out;
    const double *solution = Cbc_getColSolution(model.get());
    out.x.resize(size_t(n));
    out.values.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        out.x[size_t(i)] = integer[size_t(i)] ? int(std::lround(solution[i])) : 0;
        // A continuous value a hair below 0 (the solver's tolerance) is 0.
        out.values[size_t(i)] =
            integer[size_t(i)] ? double(out.x[size_t(i)]) : std::max(0.0, solution[i]);
    }
    out.objective = Cbc_getObjValue(model.get());
    out.status = MipSolution::Status::Optimal;
    return out;
}

} // namespace zeroplan
