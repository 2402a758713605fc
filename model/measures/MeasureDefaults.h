#pragma once

#include "Measure.h"

namespace zeroplan {

// A new measure for a plan kept in `currency`: MeasureCatalogue::makeDefault, except that a
// money default given in another currency than the plan's (the catalogue's are in CNY) is not
// applied silently: it starts at 0 with no range and a source asking for the quote, so the
// form says "Enter your quote" (docs/measures.md, "Costs: one place for each cost").
class MeasureDefaults
{
public:
    static Measure make(MeasureKind kind, const QString &id, int startYear,
                        const QString &currency);
    // The currency of the catalogue's money defaults.
    static QString catalogueCurrency() { return QStringLiteral("CNY"); }
    // Whether parameter `key` of `kind` has a default in the catalogue's currency.
    static bool hasCurrencyDefault(MeasureKind kind, const QString &key);
};

} // namespace zeroplan
