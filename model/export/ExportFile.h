#pragma once

#include "storage/WriteTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// Writes an exported file (CSV, XLSX, PDF, a chart's picture) through WriteTarget: a regular
// file all at once or not at all (the bytes go to a temporary file in the target's folder,
// which replaces the target only when it is complete; a symbolic link is followed), a
// device, a named pipe or "-" (standard output) straight. A folder that does not exist, a
// target that is a folder, a socket or a block device, or an existing file marked read-only
// (no write permission for its owner, which stops even root) is refused before anything is
// written. On failure the target is as it was, nothing is left behind, and *error says why
// in one translated line that starts with the file's name:
// "out/results.xlsx: cannot be written: the folder out does not exist".
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ExportFile)

public:
    static bool write(const QByteArray &bytes, const QString &path, QString *error);
    // The same for what `produce` writes into the device it is given (a PDF, a picture).
    static bool write(const QString &path, const WriteTarget::Producer &produce, QString *error);
    // Checks what can be checked before writing; true if the target looks writable.
    static bool checkTarget(const QString &path, QString *error);
    // "<file>: cannot be written: <reason>".
    static QString message(const QString &path, const QString &reason);
};

} // namespace zeroplan
