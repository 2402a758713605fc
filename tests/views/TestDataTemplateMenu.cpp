// File → New from Template (issue 14), through the main window's menu offscreen: each
// template, saved as CSV and as XLSX with the app in English and in Chinese, has the file
// name and headers of that language and imports back into the open plan with its example
// row's figures (12.5 万千瓦时 = 125,000 kWh of households' electricity).
#include "PlanDocument.h"
#include "WhenModal.h"
#include "import/ActivityImport.h"
#include "import/MeterReadings.h"
#include "import/TableFile.h"
#include "inventory/Units.h"
#include "present/Language.h"
#include "present/Preferences.h"
#include "storage/FactorLibraryJson.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace zeroplan;
using zeroplan::test::whenModal;

namespace {

QString rejections(const ImportReport &report)
{
    QStringList out{report.error};
    for (const RejectedRow &r : report.rejected)
        out << r.toString();
    return out.join(QLatin1Char('\n')).trimmed();
}

} // namespace

class TestDataTemplateMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZeroPlanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDataTemplateMenu"));
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void templatesFromTheFileMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("activitiesName"); // the name the dialog suggests
        QTest::addColumn<QString>("amountHeader");
        for (const char *suffix : {"csv", "xlsx"}) {
            QTest::addRow("en %s", suffix)
                << QStringLiteral("en") << QString::fromLatin1(suffix)
                << QStringLiteral("activity-data-template.xlsx") << QStringLiteral("amount");
            QTest::addRow("zh_CN %s", suffix)
                << QStringLiteral("zh_CN") << QString::fromLatin1(suffix)
                << QStringLiteral("活动数据模板.xlsx") << QStringLiteral("用量");
        }
    }

    void templatesFromTheFileMenu()
    {
        QFETCH(QString, language);
        QFETCH(QString, suffix);
        QFETCH(QString, activitiesName);
        QFETCH(QString, amountHeader);
        Preferences::clear();
        Language::install(language);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.openSample(
            QStringLiteral(":/samples/shenzhen-xinqiao.json")); // base year 2023, CN-South
        const Plan plan = window.document()->plan();
        auto *menu = window.findChild<QMenu *>(QStringLiteral("newFromTemplateMenu"));
        QVERIFY(menu);
        auto *activities = window.findChild<QAction *>(QStringLiteral("activityTemplateAction"));
        auto *meters = window.findChild<QAction *>(QStringLiteral("meterTemplateAction"));
        QVERIFY(activities && meters);
        QVERIFY(menu->actions().contains(activities) && menu->actions().contains(meters));

        const auto save = [&](QAction *action, const QString &name, QString *suggested) {
            const QString path = m_dir.filePath(name);
            // The last file dialog is gone first, so that the next one is the one acted on.
            QTRY_VERIFY(!QApplication::activeModalWidget());
            whenModal(
                [path, suggested](QWidget *dialog) {
                    auto *files = qobject_cast<QFileDialog *>(dialog);
                    QVERIFY2(files, dialog->metaObject()->className());
                    *suggested = QFileInfo(files->selectedFiles().value(0)).fileName();
                    files->setDirectory(QFileInfo(path).absolutePath());
                    files->selectFile(path);
                    // The dialog may still be applying its suggested name while it lists the
                    // folder: type the name as the user does, then press Save.
                    if (auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                        edit->setText(QFileInfo(path).fileName());
                    QMetaObject::invokeMethod(files, "accept");
                },
                [](QWidget *dialog) { return qobject_cast<QFileDialog *>(dialog) != nullptr; });
            action->trigger();
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY2(window.statusBar()->currentMessage().contains(name),
                     qPrintable(window.statusBar()->currentMessage()));
        };

        QString suggested;
        const QString activityFile = QStringLiteral("a-%1.%2").arg(language, suffix);
        save(activities, activityFile, &suggested);
        QCOMPARE(suggested, activitiesName);
        QString error;
        auto table = TableFile::open(m_dir.filePath(activityFile), {}, &error);
        QVERIFY2(table, qPrintable(error));
        {
            TableRow header;
            QVERIFY(table->reader().next(header));
            QCOMPARE(header.text(3), amountHeader);
        }
        table = TableFile::open(m_dir.filePath(activityFile), {}, &error);
        const ActivityImportResult a =
            ActivityImport::read(table->reader(), table->fileName(), plan, {}, table->decimal(),
                                 FactorLibraryJson::builtIn());
        QCOMPARE(rejections(a.report), QString());
        QCOMPARE(a.lines.size(), 1);
        QCOMPARE(*Units::convert(a.lines[0].amount, a.lines[0].unit, QStringLiteral("kWh")),
                 125000.0);

        const QString meterFile = QStringLiteral("m-%1.%2").arg(language, suffix);
        save(meters, meterFile, &suggested);
        table = TableFile::open(m_dir.filePath(meterFile), {}, &error);
        QVERIFY2(table, qPrintable(error));
        const MeterImportResult m =
            MeterReadings::read(table->reader(), table->fileName(), plan, {}, table->decimal(),
                                FactorLibraryJson::builtIn());
        QCOMPARE(rejections(m.report), QString());
        QCOMPARE(m.lines.size(), 1);
        QCOMPARE(*Units::convert(m.lines[0].amount, m.lines[0].unit, QStringLiteral("kWh")), 215.0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDataTemplateMenu)
#include "TestDataTemplateMenu.moc"
