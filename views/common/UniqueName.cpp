#include "UniqueName.h"

namespace zeroplan {
namespace {

QString first(const QString &base, const QStringList &taken, QChar separator)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + separator + QString::number(n);
        if (!taken.contains(candidate))
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
