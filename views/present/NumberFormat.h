#pragma once

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// Figures as the user's language writes them (QLocale(), which the app sets from the chosen
// language): group separators, decimal sign, and the units ZeroPlan shows. Years are never
// grouped ("2030", not "2,030").
//
// Money as a committee writes it: in English the amount with grouped digits and the plan's
// currency code ("4,333,632 CNY"); in Chinese, for a plan in CNY, in 元, 万元 and 亿元
// ("2,500 元", "433.4 万元", "1.25 亿元"), with one unit for a whole table column
// (moneyColumnUnit(), moneyInColumnUnit()), so that its decimals line up.
class NumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::NumberFormat)

public:
    // A number with `decimals` places and the locale's separators.
    static QString number(double value, int decimals = 0);
    // A number with as many places as its size needs: 3 significant figures, at most 2 places.
    static QString significant(double value);
    static QString year(int year);
    // "12,345 tCO₂e", "12,345 tCO₂e/yr"
    static QString tonnes(double tonnes);
    static QString tonnesPerYear(double tonnes);
    // A base-year figure per resident or per household: "6.15 tCO₂e/person/yr"
    static QString tonnesPerResidentYear(double tonnes);
    static QString tonnesPerHouseholdYear(double tonnes);

    // True where amounts are written in 元, 万元 and 亿元: the locale is Chinese and the
    // currency CNY.
    static bool writesYuan(const QString &currency);
    // An amount on its own: "4,333,632 CNY"; Chinese and CNY: below 10,000 "2,500 元", from
    // 10,000 in 万元 with one place ("433.4 万元"), from 100 million in 亿元 with two places
    // ("1.25 亿元").
    static QString money(double amount, const QString &currency);
    // A cost per tonne: "601 CNY/tCO₂e", Chinese and CNY "601 元/tCO₂e".
    static QString moneyPerTonne(double amount, const QString &currency);
    // The unit of a small amount or a rate: the currency code, or 元 (Chinese and CNY).
    static QString currencyUnit(const QString &currency);
    // The unit of a column of totals: the currency code, or 万元 (Chinese and CNY).
    static QString moneyColumnUnit(const QString &currency);
    // An amount in moneyColumnUnit() for a table cell, the same places in every row:
    // "4,333,632" (whole units) or "433.4" (万元, one place).
    static QString moneyInColumnUnit(double amount, const QString &currency);

    // An activity's unit as the language writes it ("t", in Chinese "吨"); a unit it has no
    // word for as it is.
    static QString activityUnit(const QString &symbol);

    // 0.25 → "25 %" (or "25%" where the locale writes it so)
    static QString percent(double share, int decimals = 0);
    // Units for axes and column headers
    static QString tonnesUnit();        // "tCO₂e"
    static QString tonnesPerYearUnit(); // "tCO₂e/yr"
};

} // namespace zeroplan
