#include "ImportMapping.h"

#include "storage/JsonDuplicateKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace zeroplan {

namespace {

bool readFields(const QJsonObject &object, const QString &key, QHash<ImportField, QString> *out,
                QString *error)
{
    const QJsonValue section = object.value(key);
    if (section.isUndefined())
        return true;
    if (!section.isObject()) {
        *error = ImportMapping::tr("\"%1\" must be an object of field: column").arg(key);
        return false;
    }
    const QJsonObject fields = section.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto field = ImportVocabulary::fieldFromId(it.key());
        if (!field) {
            QStringList ids;
            for (const ImportField f : kAllImportFields)
                ids << ImportVocabulary::fieldId(f);
            *error = ImportMapping::tr("\"%1/%2\": no such field; the fields are %3")
                         .arg(key, it.key(), ids.join(QStringLiteral(", ")));
            return false;
        }
        const QJsonValue v = it.value();
        const bool wholeNumber = v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 16384 &&
                                 v.toDouble() == double(v.toInt());
        if (wholeNumber && key == QLatin1String("columns")) {
            out->insert(*field, QString::number(v.toInt()));
        } else if (v.isString() && !v.toString().trimmed().isEmpty()) {
            out->insert(*field, v.toString().trimmed());
        } else {
            *error = ImportMapping::tr("\"%1/%2\" must be a text%3")
                         .arg(key, it.key(),
                              key == QLatin1String("columns")
                                  ? ImportMapping::tr(" (a header) or a column number from 1")
                                  : QString());
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = doc.isNull() ? tr("not JSON: %1").arg(parseError.errorString())
                              : tr("must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known = {QStringLiteral("columns"), QStringLiteral("values"),
                                          QStringLiteral("decimal")};
        if (!known.contains(it.key())) {
            *error = tr("\"%1\": unknown key; the keys are columns, values, decimal").arg(it.key());
            return std::nullopt;
        }
    }
    ImportMapping mapping;
    // QJsonDocument keeps the last of a repeated key silently; the user hears of each.
    for (const JsonDuplicateKey &d : JsonDuplicateKeys::find(json, 100)) {
        mapping.warnings << d.path + QStringLiteral(": ") +
                                tr("\"%1\" is given %n times in this object; only the last one "
                                   "is read",
                                   nullptr, d.count)
                                    .arg(d.key);
    }
    if (!readFields(object, QStringLiteral("columns"), &mapping.columns, error) ||
        !readFields(object, QStringLiteral("values"), &mapping.values, error))
        return std::nullopt;
    const QJsonValue decimal = object.value(QStringLiteral("decimal"));
    if (decimal == QJsonValue(QStringLiteral("comma"))) {
        mapping.decimal = DecimalSeparator::Comma;
    } else if (decimal == QJsonValue(QStringLiteral("point"))) {
        mapping.decimal = DecimalSeparator::Point;
    } else if (!decimal.isUndefined()) {
        *error = tr("\"decimal\" must be \"point\" or \"comma\"");
        return std::nullopt;
    }
    return mapping;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject columnsObject, valuesObject;
    for (const ImportField field : kAllImportFields) {
        const QString id = ImportVocabulary::fieldId(field);
        if (const auto it = columns.constFind(field); it != columns.cend()) {
            bool isNumber = false;
            const int number = it->toInt(&isNumber);
            columnsObject.insert(id, isNumber ? QJsonValue(number) : QJsonValue(*it));
        }
        if (const auto it = values.constFind(field); it != values.cend())
            valuesObject.insert(id, *it);
    }
    QJsonObject object;
    if (!columnsObject.isEmpty())
        object.insert(QStringLiteral("columns"), columnsObject);
    if (!valuesObject.isEmpty())
        object.insert(QStringLiteral("values"), valuesObject);
    if (decimal)
        object.insert(QStringLiteral("decimal"), *decimal == DecimalSeparator::Comma
                                                     ? QStringLiteral("comma")
                                                     : QStringLiteral("point"));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace zeroplan
