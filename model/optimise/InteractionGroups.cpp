#include "InteractionGroups.h"

#include "engine/EngineInput.h"

#include <QHash>
#include <map>
#include <numeric>

namespace zeroplan {

namespace {

// Union-find over measures.
struct Sets
{
    std::vector<int> parent;
    explicit Sets(int n) : parent(size_t(n)) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int i)
    {
        while (parent[size_t(i)] != i)
            i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        return i;
    }
    void join(int a, int b) { parent[size_t(find(a))] = find(b); }
};

} // namespace

QList<std::vector<int>> interactionGroups(const EngineInput &input)
{
    const int n = int(input.measures.size());
    Sets sets(n);
    // The first measure seen on each pool: every later one on it joins it.
    QHash<int, int> onPool;
    const auto touch = [&](int measure, int column) {
        const int pool = input.columns[size_t(column)].pool;
        const auto it = onPool.constFind(pool);
        if (it == onPool.cend())
            onPool.insert(pool, measure);
        else
            sets.join(measure, *it);
    };
    for (int m = 0; m < n; ++m) {
        const EngineMeasure &measure = input.measures[size_t(m)];
        for (const int column : measure.targets)
            touch(m, column);
        if (measure.addedColumn >= 0)
            touch(m, measure.addedColumn);
    }
    std::map<int, std::vector<int>> byRoot; // ordered by each group's first measure
    for (int m = 0; m < n; ++m)
        byRoot[sets.find(m)].push_back(m);
    std::map<int, std::vector<int>> byFirst;
    for (auto &[root, members] : byRoot)
        byFirst[members.front()] = std::move(members);
    QList<std::vector<int>> groups;
    for (auto &[first, members] : byFirst)
        groups.append(std::move(members));
    return groups;
}

} // namespace zeroplan
