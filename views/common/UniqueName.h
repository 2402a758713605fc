#pragma once

#include <QString>
#include <QStringList>

namespace zeroplan {

// Names and ids that do not clash with those already in a plan: "Rooftop solar PV",
// then "Rooftop solar PV 2", "Rooftop solar PV 3", …
class UniqueName
{
public:
    // `base` if no name in `taken` equals it, else `base` with the first free number.
    static QString make(const QString &base, const QStringList &taken);
    // The same for ids, joined with a hyphen: "rooftop-solar", "rooftop-solar-2".
    static QString makeId(const QString &base, const QStringList &taken);
};

} // namespace zeroplan
