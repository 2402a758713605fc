#include "MeasureDefaults.h"

#include "MeasureCatalogue.h"

#include <QCoreApplication>

namespace zeroplan {
namespace {

// The catalogue's money defaults that are not 0, all in CNY (their sources say so).
const struct
{
    MeasureKind kind;
    const char *key;
} kCurrencyDefaults[] = {
    {MeasureKind::CarbonCredits, "price_per_t"},  // China CEA price, CNY/t
    {MeasureKind::CarbonAccounts, "point_value"}, // 0.1 CNY a point, 100 CNY a tonne
};

} // namespace

bool MeasureDefaults::hasCurrencyDefault(MeasureKind kind, const QString &key)
{
    for (const auto &d : kCurrencyDefaults) {
        if (d.kind == kind && key == QLatin1String(d.key))
            return true;
    }
    return false;
}

Measure MeasureDefaults::make(MeasureKind kind, const QString &id, int startYear,
                              const QString &currency)
{
    Measure m = MeasureCatalogue::makeDefault(kind, id, startYear);
    if (currency == catalogueCurrency())
        return m;
    for (auto it = m.parameters.begin(); it != m.parameters.end(); ++it) {
        if (!hasCurrencyDefault(kind, it.key()))
            continue;
        it->source =
            QCoreApplication::translate("zeroplan::MeasureDefaults",
                                        "Enter your quote in %1: the catalogue's %2 is in CNY (%3)")
                .arg(currency, QString::number(it->value), it->source);
        it->value = 0;
        it->low.reset();
        it->high.reset();
    }
    return m;
}

} // namespace zeroplan
