#include "ReviewTarget.h"

#include <QRegularExpression>

namespace zeroplan {

QString ReviewTarget::object() const
{
    return isPlan() ? part : part + QLatin1Char('[') + key + QLatin1Char(']');
}

std::optional<ReviewTarget> ReviewTarget::fromObject(const QString &text)
{
    if (text == QLatin1String("plan"))
        return plan();
    static const QRegularExpression item(
        QStringLiteral("^(activities|factors|measures|scenarios)\\[(.+)\\]$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = item.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return ReviewTarget{m.captured(1), m.captured(2)};
}

} // namespace zeroplan
