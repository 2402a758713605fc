#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

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
    if (path == QLatin1String("-"))
        return true; // standard output
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path())));
    if (target.isDir())
        return fail(tr("it is a folder"));
    const WriteTarget where = WriteTarget::classify(path);
    if (where.kind() == WriteTarget::Kind::Refuse)
        return fail(where.refusal());
    if (where.kind() == WriteTarget::Kind::Replace && target.exists() &&
        !(target.permissions() & QFileDevice::WriteOwner))
        return fail(tr("the file is read-only"));
    return true;
}

bool ExportFile::write(const QByteArray &bytes, const QString &path, QString *error)
{
    return write(
        path,
        [&bytes](QIODevice &device, QString *) { return device.write(bytes) == bytes.size(); },
        error);
}

bool ExportFile::write(const QString &path, const WriteTarget::Producer &produce, QString *error)
{
    if (!checkTarget(path, error))
        return false;
    QString reason;
    if (WriteTarget::write(path, produce, &reason))
        return true;
    if (error)
        *error = message(path, reason);
    return false; // the target is as it was, no temporary file is left
}

} // namespace zeroplan
