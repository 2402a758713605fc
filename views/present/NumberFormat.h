#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// Figures as the user's language writes them (QLocale(), which the app sets from the chosen
// language): group separators, decimal sign, and the units ZeroPlan shows. Years are never
// grouped ("2030", not "2,030").
class NumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::NumberFormat)

public:
    // A number with `decimals` places and the locale's separators.
    static QString number(double value, int decimals = 0);
    // A number with as many places as its size needs: 3 significant figures, at most 2 places.
    static QString significant(double value);
    static QString year(int year);
    // "12,345 tCO₂e", "12,345 tCO₂e/yr", "3.2 tCO₂e per resident"
    static QString tonnes(double tonnes);
    static QString tonnesPerYear(double tonnes);
    // "¥1.2 million" style amounts: the currency code from the plan, grouped digits
    static QString money(double amount, const QString &currency);
    static QString moneyPerTonne(double amount, const QString &currency);
    // 0.25 → "25 %" (or "25%" where the locale writes it so)
    static QString percent(double share, int decimals = 0);
    // Units for axes and column headers
    static QString tonnesUnit();        // "tCO₂e"
    static QString tonnesPerYearUnit(); // "tCO₂e/yr"
};

} // namespace zeroplan
