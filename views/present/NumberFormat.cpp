#include "NumberFormat.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

QString NumberFormat::number(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-0"
    return QLocale().toString(value, 'f', decimals);
}

QString NumberFormat::significant(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : 2;
    return number(value, decimals);
}

QString NumberFormat::year(int year)
{
    return QString::number(year);
}

QString NumberFormat::tonnes(double tonnes)
{
    return tr("%1 tCO₂e").arg(significant(tonnes));
}

QString NumberFormat::tonnesPerYear(double tonnes)
{
    return tr("%1 tCO₂e/yr").arg(significant(tonnes));
}

QString NumberFormat::money(double amount, const QString &currency)
{
    return tr("%1 %2", "amount, currency code").arg(number(amount, 0), currency);
}

QString NumberFormat::moneyPerTonne(double amount, const QString &currency)
{
    return tr("%1 %2/tCO₂e", "amount, currency code").arg(number(amount, 0), currency);
}

QString NumberFormat::percent(double share, int decimals)
{
    return QLocale().toString(share * 100.0, 'f', decimals) + QLocale().percent();
}

QString NumberFormat::tonnesUnit()
{
    return tr("tCO₂e");
}

QString NumberFormat::tonnesPerYearUnit()
{
    return tr("tCO₂e/yr");
}

} // namespace zeroplan
