#include "FieldChange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace zeroplan {

QString FieldChange::object() const
{
    return key.isEmpty() ? part : part + QLatin1Char('[') + key + QLatin1Char(']');
}

QString FieldChange::path() const
{
    return field.isEmpty() ? object() : object() + QLatin1Char('.') + field;
}

QString FieldChange::valueText(const QJsonValue &value)
{
    constexpr qsizetype kListItems = 4;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (const char *name : {"name", "id", "measure", "carrier", "year"}) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isString() || v.isDouble())
                return QLatin1Char('{') + valueText(v) + QLatin1Char('}');
        }
        return QStringLiteral("{…}");
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        QStringList items;
        for (qsizetype i = 0; i < std::min(a.size(), kListItems); ++i)
            items.append(valueText(a.at(i)));
        if (a.size() > kListItems)
            items.append(QStringLiteral("…"));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    }
    return {};
}

} // namespace zeroplan
