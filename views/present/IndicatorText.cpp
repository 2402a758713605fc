#include "IndicatorText.h"

#include "NumberFormat.h"
#include "plan/Indicator.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

QString IndicatorText::figure(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    if (rounded == 0)
        return QLocale().toString(0);
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString IndicatorText::signedFigure(double value)
{
    const QString digits = figure(std::abs(value));
    if (std::round(value * 100.0) > 0)
        return QLatin1Char('+') + digits;
    if (std::round(value * 100.0) < 0)
        return QChar(0x2212) + digits;
    return digits;
}

QString IndicatorText::versusPlan(const Indicator &indicator)
{
    const IndicatorValue *latest = nullptr;
    for (const IndicatorValue &v : indicator.values) {
        if (v.actual && (!latest || v.year > latest->year))
            latest = &v;
    }
    if (!latest || !latest->plan)
        return tr("—");
    const QString difference = signedFigure(*latest->actual - *latest->plan);
    if (*latest->plan == 0)
        return difference;
    return tr("%1 (%2 of plan)")
        .arg(difference, NumberFormat::percent(*latest->actual / *latest->plan, 0));
}

QString IndicatorText::withUnit(double value, const QString &unit)
{
    return unit.isEmpty() ? figure(value) : tr("%1 %2", "value unit").arg(figure(value), unit);
}

} // namespace zeroplan
