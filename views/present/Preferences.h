#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zeroplan {

// What the app remembers between sessions (QSettings): the language, the author, the recent
// files, the plan open last, the folder of the last file dialog and the window's geometry. Tests
// get fresh settings from QStandardPaths::setTestModeEnabled(true) and clear().
class Preferences
{
public:
    static constexpr int kMaxRecentFiles = 8;

    static QString language(); // "" = the system's
    static void setLanguage(const QString &code);

    static QStringList recentFiles(); // newest first, only files that still exist
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    // Who the user is, recorded with every change they make to a plan (docs/history.md).
    static QString authorName();
    static QString authorOrganisation();
    static void setAuthor(const QString &name, const QString &organisation);

    // The shared store last connected to (a libpq connection string, never a password).
    static QString sharedServer();
    static void setSharedServer(const QString &server);

    static QString lastPlan(); // the plan open when the app was last closed; empty: none
    static void setLastPlan(const QString &path);

    // The folder a file dialog (Open, Save As, Import, Export) starts in: the folder of the
    // last file chosen in one, if it still exists, else the user's Documents folder (the home
    // folder if there is none), never the process's working directory.
    static QString fileDialogFolder();
    // Remembers the folder of `filePath`, a file the user has just chosen in a dialog.
    static void rememberFileDialogFolder(const QString &filePath);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // Where recovery copies of untitled plans go (RecoveryFile).
    static QString recoveryDir();

    static void clear();
};

} // namespace zeroplan
