#pragma once

#include "ImportNumber.h"
#include "ImportVocabulary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// How the columns of a file map onto what is imported, where the headers don't say it
// themselves (docs/import.md): a column by its header text or 1-based number, a value every
// row gets, the decimal separator.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ImportMapping)

public:
    QHash<ImportField, QString> columns;     // field → header text, or column number as text
    QHash<ImportField, QString> values;      // field → the value of every row
    std::optional<DecimalSeparator> decimal; // unset: comma in a ';' file, else point
    // What was read but looks wrong, one line each starting with its JSON path: a key given
    // twice in one object ("/columns/amount: …"), of which only the last counts.
    QStringList warnings;

    // {"columns": {"amount": "用电量", "carrier": 3}, "values": {"unit": "kWh"},
    //  "decimal": "comma"}. On a problem returns nothing and sets *error (one line,
    // naming the key).
    static std::optional<ImportMapping> fromJson(const QByteArray &json, QString *error);
    // The mapping as fromJson reads it back (columns by number where given by number).
    QByteArray toJson() const;
    bool isEmpty() const { return columns.isEmpty() && values.isEmpty() && !decimal; }
};

} // namespace zeroplan
