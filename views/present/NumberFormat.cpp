#include "NumberFormat.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

namespace {

// The Chinese units of money. They are not translations of an English word but the way the
// Chinese locale writes a CNY amount (as QLocale writes "¥"), used only when the locale is
// Chinese, so they are not passed through tr().
const QString kYuan = QStringLiteral("元");
const QString kWanYuan = QStringLiteral("万元");
const QString kYiYuan = QStringLiteral("亿元");
constexpr double kWan = 1e4;
constexpr double kYi = 1e8;

} // namespace

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

QString NumberFormat::tonnesPerResidentYear(double tonnes)
{
    return tr("%1 tCO₂e/person/yr").arg(significant(tonnes));
}

QString NumberFormat::tonnesPerHouseholdYear(double tonnes)
{
    return tr("%1 tCO₂e/household/yr").arg(significant(tonnes));
}

bool NumberFormat::writesYuan(const QString &currency)
{
    return QLocale().language() == QLocale::Chinese && currency == QLatin1String("CNY");
}

QString NumberFormat::money(double amount, const QString &currency)
{
    if (!writesYuan(currency))
        return tr("%1 %2", "amount, currency code").arg(number(amount, 0), currency);
    // The unit is chosen on the figure as it prints: 9,999.6 is "1.0 万元", not "10,000 元";
    // 99,999,999 is "1.00 亿元", not "10,000.0 万元".
    const double magnitude = std::abs(amount);
    if (std::round(magnitude / kWan * 10) / 10 >= kWan)
        return QStringLiteral("%1 %2").arg(number(amount / kYi, 2), kYiYuan);
    if (std::round(magnitude) >= kWan)
        return QStringLiteral("%1 %2").arg(number(amount / kWan, 1), kWanYuan);
    return QStringLiteral("%1 %2").arg(number(amount, 0), kYuan);
}

QString NumberFormat::moneyPerTonne(double amount, const QString &currency)
{
    return tr("%1 %2/tCO₂e", "amount, currency code")
        .arg(number(amount, 0), currencyUnit(currency));
}

QString NumberFormat::currencyUnit(const QString &currency)
{
    return writesYuan(currency) ? kYuan : currency;
}

QString NumberFormat::moneyColumnUnit(const QString &currency)
{
    return writesYuan(currency) ? kWanYuan : currency;
}

QString NumberFormat::moneyInColumnUnit(double amount, const QString &currency)
{
    return writesYuan(currency) ? number(amount / kWan, 1) : number(amount, 0);
}

QString NumberFormat::activityUnit(const QString &symbol)
{
    // The canonical symbols of model/inventory/Units that a language may write in words;
    // kWh, m³ and the like are written the same everywhere.
    static const char *const words[] = {QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "t"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "kg"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "L"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "km"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "ha"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "vehicle-km"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "passenger-km"),
                                        QT_TRANSLATE_NOOP("zeroplan::NumberFormat", "person-year")};
    for (const char *word : words) {
        if (symbol == QLatin1String(word))
            return tr(word);
    }
    return symbol;
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
