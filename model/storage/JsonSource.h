#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <optional>

namespace zeroplan {

// Turns the bytes of a JSON file into a document, refusing what is too large to be a plan or
// a factor library and explaining a syntax error by its line and column.
class JsonSource
{
public:
    struct Position
    {
        qsizetype line = 1;   // 1-based
        qsizetype column = 1; // 1-based, in characters (not bytes) from the start of the line
    };

    // The bytes of the file at `path`, at most `maxBytes` of them, or nothing with a
    // one-line, translated reason in *error (no such file, a folder, too large, unreadable);
    // the reason does not name the file.
    static std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes, QString *error);
    // The document in `json`, or nothing with a one-line, translated reason in *error.
    static std::optional<QJsonDocument> parse(const QByteArray &json, qint64 maxBytes,
                                              QString *error);
    // Line and column of the byte at `offset` in UTF-8 text (clamped to the text).
    static Position position(const QByteArray &json, qsizetype offset);
    // "12.3 MB" and the like, for messages about sizes.
    static QString sizeText(qint64 bytes);
};

} // namespace zeroplan
