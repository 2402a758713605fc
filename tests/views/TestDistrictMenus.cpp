// The district's File menu (docs/desktop.md, "Districts"), offscreen through the window's
// actions and their file dialogs: Open Sample → Sample District writes the three samples into
// the folder chosen and opens the district; New District from Spreadsheet makes one plan per
// row of resources/samples/district/communities.csv and opens it; Export Community Reports
// writes one PDF per community with its progress dialog, and Cancel stops it with whole PDFs
// only; Export District Report writes the district's PDF.
#include "DistrictDocument.h"
#include "FileSnapshot.h"
#include "MainWindowTest.h"
#include "ModalAnswers.h"
#include "district/DistrictWorkspace.h"

#include <QProgressDialog>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QAction *actionNamed(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

} // namespace

class TestDistrictMenus : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestDistrictMenus"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }

    void sampleDistrictThenEveryCommunitysReport()
    {
        auto window = makeWindow();
        QTemporaryDir dir;
        QVERIFY(!actionNamed(window.get(), "exportCommunityReportsAction")->isEnabled());
        chooseInNextFileDialog(dir.path());
        actionNamed(window.get(), "sampleDistrictAction")->trigger();
        QVERIFY(window->district());
        DistrictDocument *district = window->district()->document();
        QCOMPARE(district->memberCount(), 3);
        QVERIFY(
            QFileInfo::exists(dir.filePath(QStringLiteral("Sample-district.zeroplan-district"))));
        QVERIFY(actionNamed(window.get(), "exportCommunityReportsAction")->isEnabled());

        // Every community's PDF into a folder of its own.
        const QString reports = dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(reports));
        QString message;
        chooseInNextFileDialog(reports, [&] { acknowledgeNextMessage(&message); });
        actionNamed(window.get(), "exportCommunityReportsAction")->trigger();
        QCOMPARE(pdfsIn(reports).size(), 3);
        QVERIFY2(message.startsWith(QStringLiteral("3 of 3 community reports written")),
                 qPrintable(message));
        for (const QString &pdf : pdfsIn(reports)) {
            QFile file(QDir(reports).filePath(pdf));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(5), QByteArray("%PDF-"));
        }

        // Cancelled at the first progress step: no PDF, no temporary file, said so.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(cancelled));
        chooseInNextFileDialog(cancelled, [&] {
            whenModal(
                [](QWidget *modal) { qobject_cast<QProgressDialog *>(modal)->cancel(); },
                [](QWidget *modal) { return qobject_cast<QProgressDialog *>(modal) != nullptr; });
            acknowledgeNextMessage(&message);
        });
        actionNamed(window.get(), "exportCommunityReportsAction")->trigger();
        QVERIFY2(message.contains(QStringLiteral("Cancelled")), qPrintable(message));
        QVERIFY(pdfsIn(cancelled).size() < 3);
        for (const QString &name : entries(cancelled))
            QVERIFY2(name.endsWith(QStringLiteral(".pdf")), qPrintable(name)); // no temporary

        // The district's own report.
        const QString pdf = dir.filePath(QStringLiteral("district.pdf"));
        chooseInNextFileDialog(pdf);
        actionNamed(window.get(), "exportDistrictReportAction")->trigger();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void newDistrictFromTheSampleSpreadsheet()
    {
        auto window = makeWindow();
        QTemporaryDir dir;
        const QString table =
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/communities.csv");
        const QString path = dir.filePath(QStringLiteral("Nanshan.zeroplan-district"));
        chooseInNextFileDialog(table, [&] { chooseInNextFileDialog(path); });
        actionNamed(window.get(), "newDistrictAction")->trigger();
        QVERIFY(window->district());
        const DistrictDocument *district = window->district()->document();
        QCOMPARE(district->memberCount(), 5);
        QCOMPARE(district->district().name, QStringLiteral("Nanshan"));
        QCOMPARE(district->member(0).name, QStringLiteral("Xinqiao East"));
        // The five plans are written beside the district file.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.zeroplan")}, QDir::Files).size(), 5);
    }
};

QTEST_MAIN(TestDistrictMenus)
#include "TestDistrictMenus.moc"
