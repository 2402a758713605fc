#include "Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace zeroplan {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString Preferences::language()
{
    return QSettings().value(key("language")).toString();
}

void Preferences::setLanguage(const QString &code)
{
    QSettings().setValue(key("language"), code);
}

QString Preferences::authorName()
{
    return QSettings().value(key("authorName")).toString();
}

QString Preferences::authorOrganisation()
{
    return QSettings().value(key("authorOrganisation")).toString();
}

void Preferences::setAuthor(const QString &name, const QString &organisation)
{
    QSettings settings;
    settings.setValue(key("authorName"), name.trimmed());
    settings.setValue(key("authorOrganisation"), organisation.trimmed());
}

QString Preferences::sharedServer()
{
    return QSettings().value(key("sharedServer")).toString();
}

void Preferences::setSharedServer(const QString &server)
{
    QSettings().setValue(key("sharedServer"), server.trimmed());
}

QStringList Preferences::recentFiles()
{
    QStringList files = QSettings().value(key("recentFiles")).toStringList();
    files.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return files;
}

void Preferences::addRecentFile(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(key("recentFiles")).toStringList();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(key("recentFiles"), files);
}

void Preferences::removeRecentFile(const QString &path)
{
    QStringList files = QSettings().value(key("recentFiles")).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key("recentFiles"), files);
}

void Preferences::clearRecentFiles()
{
    QSettings().remove(key("recentFiles"));
}

QString Preferences::lastPlan()
{
    return QSettings().value(key("lastPlan")).toString();
}

void Preferences::setLastPlan(const QString &path)
{
    QSettings().setValue(key("lastPlan"), path);
}

QString Preferences::fileDialogFolder()
{
    const QString last = QSettings().value(key("fileDialogFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void Preferences::rememberFileDialogFolder(const QString &filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(key("fileDialogFolder"), QFileInfo(filePath).absolutePath());
}

QByteArray Preferences::windowGeometry()
{
    return QSettings().value(key("windowGeometry")).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(key("windowGeometry"), geometry);
}

QString Preferences::recoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void Preferences::clear()
{
    QSettings().clear();
}

} // namespace zeroplan
