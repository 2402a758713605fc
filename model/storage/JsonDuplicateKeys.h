#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace zeroplan {

// A member name given more than once in one JSON object. QJsonDocument keeps only the last
// of them without a word, so a file edited by hand can silently lose the value its author
// looked at ("base_year": 2023 … "base_year": 1990 reads as 1990).
struct JsonDuplicateKey
{
    QString path; // JSON pointer of the member ("/community/base_year")
    QString key;
    int count = 2; // how often it is given in its object
};

// Finds the repeated member names of every object in a JSON text, by a small scan of the
// document's keys per object.
class JsonDuplicateKeys
{
public:
    // `json` must be a text QJsonDocument::fromJson parsed without error (a UTF-8 byte order
    // mark at the start is skipped). In the order of each name's second appearance, at most
    // `limit` of them.
    static QList<JsonDuplicateKey> find(const QByteArray &json, qsizetype limit);
};

} // namespace zeroplan
