#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zeroplan {

// What the app remembers between sessions (QSettings): the language, the recent files, the
// plan open last and the window's geometry. Tests get fresh settings from
// QStandardPaths::setTestModeEnabled(true) and clear().
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

    static QString lastPlan(); // the plan open when the app was last closed; empty: none
    static void setLastPlan(const QString &path);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // Where recovery copies of untitled plans go (RecoveryFile).
    static QString recoveryDir();

    static void clear();
};

} // namespace zeroplan
