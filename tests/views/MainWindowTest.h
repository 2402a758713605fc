#pragma once
// What the main window's tests share (TestMainWindow, TestMainWindowFiles, TestMainWindowUndo):
// settings and recovery copies of their own (QStandardPaths' test mode), English at the start
// of each test, a window at 1366×768, and a few ways of reaching into it.
#include "AddRemoveMeasure.h"
#include "AdoptScenario.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "WhenModal.h"
#include "baseline/ActivityTableModel.h"
#include "measures/MeasureCatalogue.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/Preferences.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "window/MainWindow.h"
#include "window/PlanUndoShortcuts.h"
#include "window/WindowSize.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

namespace zeroplan::test {

inline void clickButton(QWidget *dialog, QMessageBox::StandardButton which)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY2(box, qPrintable(dialog->objectName()));
    box->button(which)->click();
}

inline double lastYearNet(const LiveResults *results)
{
    const ScenarioResult *s = results->currentResult();
    return s ? s->net[s->net.size() - 1] : 0.0;
}

// The sample most tests start from (File → Open Sample; the first start shows the start page).
inline const QString kShenzhen = QStringLiteral(":/samples/shenzhen-xinqiao.json");

// File → New, as the menu offers it.
inline void triggerNewPlan(MainWindow *window)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::New)) {
                action->trigger();
                return;
            }
        }
    }
    QFAIL("no File → New action");
}

inline QString captionOf(const QLabel *figure)
{
    const auto *caption = figure->parentWidget()->findChild<QLabel *>(QStringLiteral("caption"));
    return caption ? caption->text() : QString();
}

// The base of the main window's test classes: initCase() in initTestCase(), initWindowTest() in
// init() and cleanupWindowTest() in cleanup().
class MainWindowTest : public QObject
{
protected:
    void initCase(const char *name)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZeroPlanTest"));
        QCoreApplication::setApplicationName(QLatin1String(name));
        QVERIFY(m_dir.isValid());
    }
    void initWindowTest()
    {
        Preferences::clear();
        QDir(Preferences::recoveryDir()).removeRecursively();
        Language::install(QStringLiteral("en"));
    }
    void cleanupWindowTest() { Language::install(QStringLiteral("en")); }

    // A main window as the app opens it, 1366×768, shown.
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        return window;
    }

    QTemporaryDir m_dir;
};

} // namespace zeroplan::test
