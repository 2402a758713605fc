#pragma once

#include "Plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// One shipped energy price: what a unit of a carrier costs households in a region, in that
// region's currency, with its source and how far to trust it.
struct PriceDefault
{
    QString id;
    QString carrier;
    QString unit;
    double price = 0;
    QString currency;
    QString region; // a grid region ("CN-South") or a country ("CN", "EU", "UK", "US")
    int year = 0;
    QString source;
    QString sourceZh;   // the same in Chinese, for a plan made in Chinese
    QString confidence; // high, medium or low
};

// The regional energy prices ZeroPlan ships (resources/prices/prices.json, compiled in as
// :/prices/prices.json) and each country's currency. A new plan starts with the prices of its
// grid region, so that the energy a measure saves is valued from the first figure on; a
// region without a sourced price gets none, and the plan says so (docs/factors.md, Prices).
class PriceLibrary
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PriceLibrary)

public:
    // The shipped library. Loaded once; a broken shipped file is a build defect and aborts.
    static const PriceLibrary &builtIn();
    // Parses a library file; on failure returns nothing and sets *error to a one-line reason.
    static std::optional<PriceLibrary> fromJson(const QByteArray &json, QString *error);

    QString version() const { return m_version; }
    const QList<PriceDefault> &prices() const { return m_prices; }
    // The currency of the grid region's country ("CN-South" → CNY); empty if not known.
    QString currencyFor(const QString &gridRegion) const;
    // The prices a plan in `gridRegion` with money in `currency` starts with: for each
    // carrier, the grid region's own price, else its country's; only prices in `currency`.
    // Their sources are in Chinese when the default locale is Chinese (the app's language,
    // or zeroplan-cli new --lang zh_CN), else in English.
    QList<Price> defaultsFor(const QString &gridRegion, const QString &currency) const;
    // The source of a plan's price as a reader of `language` ("en", "zh_CN"; empty = the
    // default locale's) reads it: a shipped price's source, kept in either language, in the
    // reader's; a source the user typed as typed.
    QString displaySource(const Price &price, const QString &language = QString()) const;
    // Whether `prices` are the defaults of `gridRegion` in `currency` (defaultsFor), their
    // sources in either language: a plan made in Chinese keeps following its region when the
    // app is switched to English.
    bool areDefaults(const QList<Price> &prices, const QString &gridRegion,
                     const QString &currency) const;

private:
    QString m_version;
    QHash<QString, QString> m_currencies;
    QList<PriceDefault> m_prices;
};

} // namespace zeroplan
