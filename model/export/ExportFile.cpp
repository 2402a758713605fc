#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace zeroplan {

QString ExportFile::message(const QString &path, const QString &reason)
{
    return tr("%1: cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool ExportFile::checkTarget(const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = message(path, reason);
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file name given"));
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path())));
    if (target.isDir())
        return fail(tr("it is a folder"));
    if (target.exists() && !(target.permissions() & QFileDevice::WriteOwner))
        return fail(tr("the file is read-only"));
    return true;
}

bool ExportFile::write(const QByteArray &bytes, const QString &path, QString *error)
{
    if (!checkTarget(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = message(path, file.errorString());
        return false; // QSaveFile removes its temporary file; the target is untouched
    }
    return true;
}

} // namespace zeroplan
