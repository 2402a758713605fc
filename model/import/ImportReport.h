#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

// A row of an imported file that was not taken, and why.
struct RejectedRow
{
    qint64 row = 0;
    QString place;  // "line 12, column 3 (用量)": where in the file, in the user's words
    QString reason; // translated, one line
    QString toString() const { return place + QStringLiteral(": ") + reason; }
};

// What an import found in a file, for the user to read before anything is applied.
struct ImportReport
{
    static constexpr qsizetype kMaxListedRejections = 1000; // then only counted

    QString fileName;
    QString error;        // set when the file could not be read at all: nothing was taken
    QStringList notes;    // how the file was read: encoding, delimiter, header, defaults used,
                          // and what could be read two ways (ambiguities)
    QStringList warnings; // what to look at before applying: e.g. the same readings already
                          // in the plan, from an earlier import of the file
    qint64 rowsRead = 0;  // data rows after the header
    qint64 rejectedCount = 0;
    QList<RejectedRow> rejected; // the first kMaxListedRejections, in file order

    void reject(qint64 row, const QString &place, const QString &reason)
    {
        ++rejectedCount;
        if (rejected.size() < kMaxListedRejections)
            rejected.append({row, place, reason});
    }
    bool failed() const { return !error.isEmpty(); }
};

} // namespace zeroplan
