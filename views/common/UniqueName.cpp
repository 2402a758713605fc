#include "UniqueName.h"

#include <QSet>

namespace zeroplan {
namespace {

// One pass over `taken` into a hash set, so a plan with n names costs O(n), not O(n²).
QString first(const QString &base, const QStringList &taken, QChar separator)
{
    if (!taken.contains(base))
        return base;
    const QSet<QString> used(taken.cbegin(), taken.cend());
    for (int n = 2;; ++n) {
        const QString candidate = base + separator + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace

QString UniqueName::make(const QString &base, const QStringList &taken)
{
    return first(base, taken, QLatin1Char(' '));
}

QString UniqueName::makeId(const QString &base, const QStringList &taken)
{
    return first(base, taken, QLatin1Char('-'));
}

} // namespace zeroplan
