// Issue 14: the names the app gives a new plan ("New community", "Planned measures", "New
// scenario") follow the language of the report and of the screen until the user edits them,
// like the catalogue's text: a plan started in English reads 新社区 and 计划措施 in its Chinese
// report and in a window switched to Chinese, without the plan changing; a name typed on
// the Community or the Scenarios page is printed and shown as typed in both languages.
#include "PlanDocument.h"
#include "plan/DefaultNames.h"
#include "plan/Plan.h"
#include "present/Language.h"
#include "present/Preferences.h"
#include "reportpage/ReportPage.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace zeroplan;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The whole report the Report page previews, in `language`, in NFKC (the PDF maps a few CJK
// glyphs back to Kangxi radicals, docs/report.md).
QString reportText(MainWindow &window, const char *language)
{
    window.showPage(MainWindow::Page::Report);
    auto *page = window.findChild<ReportPage *>();
    auto *combo = window.findChild<QComboBox *>(s("reportLanguageComboBox"));
    if (!page || !combo)
        return QString();
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(language)));
    page->refreshPreview();
    QPdfDocument *pdf = page->previewDocument();
    QString text;
    for (int p = 0; p < pdf->pageCount(); ++p)
        text += pdf->getAllText(p).text() + QLatin1Char(' ');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// File → New in the window's language.
PlanDocument *newPlan(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(s("newPlanAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return window.document();
}

} // namespace

class TestDefaultNames : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesFollowTheLanguage();
    void englishPlanReportedInChinese();
    void screenInChineseShowsTheDefaultsInChinese();
};

void TestDefaultNames::init()
{
    Preferences::clear();
    Language::install(s("en"));
}

void TestDefaultNames::cleanup()
{
    Language::install(s("en"));
}

// The recogniser: a default in either language, with UniqueName's number, reads in the
// language asked for; anything else (a letter different, words added) is the user's.
void TestDefaultNames::namesFollowTheLanguage()
{
    const QString zh = s("zh_CN");
    const QString en = s("en");
    QCOMPARE(DefaultNames::scenario(s("Planned measures"), zh), s("计划措施"));
    QCOMPARE(DefaultNames::scenario(s("计划措施"), en), s("Planned measures"));
    QCOMPARE(DefaultNames::scenario(s("New scenario 2"), zh), s("新情景 2"));
    QCOMPARE(DefaultNames::scenario(s("新情景 3"), en), s("New scenario 3"));
    QCOMPARE(DefaultNames::community(s("New community"), zh), s("新社区"));
    QCOMPARE(DefaultNames::community(s("新社区"), en), s("New community"));
    for (const char *typed : {"Planned measures plus", "planned measures", "Solar first",
                              "New scenario two", "New community 2"}) {
        QCOMPARE(DefaultNames::scenario(s(typed), zh), s(typed));
        QCOMPARE(DefaultNames::community(s(typed), zh), s(typed));
    }

    // The report's copy: names follow, the current scenario with them; a name the other
    // language's would clash with (a user who typed 计划措施 for a second scenario) stays.
    Plan plan;
    plan.community.name = s("New community");
    plan.scenarios = {Scenario{s("Planned measures"), {}, {}}, Scenario{s("Solar first"), {}, {}},
                      Scenario{s("New scenario"), {}, {}}, Scenario{s("新情景"), {}, {}}};
    plan.currentScenario = s("Planned measures");
    DefaultNames::localise(plan, zh);
    QCOMPARE(plan.community.name, s("新社区"));
    QCOMPARE(plan.scenarios.at(0).name, s("计划措施"));
    QCOMPARE(plan.scenarios.at(1).name, s("Solar first"));
    QCOMPARE(plan.scenarios.at(2).name, s("New scenario"));
    QCOMPARE(plan.scenarios.at(3).name, s("新情景"));
    QCOMPARE(plan.currentScenario, s("计划措施"));
}

// File → New in English, the report in Chinese: 新社区 and 计划措施, not the English names; in
// English, the English ones. Renamed through the widgets, the typed names print in both.
void TestDefaultNames::englishPlanReportedInChinese()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    PlanDocument *document = newPlan(window);
    QVERIFY(document);
    QCOMPARE(document->plan().community.name, s("New community"));
    QCOMPARE(document->plan().scenarios.size(), 1);
    QCOMPARE(document->plan().scenarios.at(0).name, s("Planned measures"));

    QString chinese = reportText(window, "zh_CN");
    QVERIFY2(chinese.contains(s("新社区")), qPrintable(chinese.left(300)));
    QVERIFY2(chinese.contains(s("计划措施")), qPrintable(chinese.left(300)));
    QVERIFY(!chinese.contains(s("Planned measures")));
    QVERIFY(!chinese.contains(s("New community")));
    const QString english = reportText(window, "en");
    QVERIFY(english.contains(s("Planned measures")));
    QVERIFY(english.contains(s("New community")));
    QVERIFY(!english.contains(s("计划措施")));
    // Writing the report changed nothing in the plan.
    QCOMPARE(document->plan().scenarios.at(0).name, s("Planned measures"));
    QCOMPARE(document->undoStack()->count(), 0);

    // Renamed on the Scenarios page (the list's in-place editor) and the Community page.
    window.showPage(MainWindow::Page::Scenarios);
    auto *list = window.findChild<QListWidget *>(s("scenarioListView"));
    QVERIFY(list && list->count() == 1);
    QCOMPARE(list->item(0)->text(), s("Planned measures"));
    list->item(0)->setText(s("Solar roofs first"));
    QCOMPARE(document->plan().scenarios.at(0).name, s("Solar roofs first"));
    window.showPage(MainWindow::Page::Community);
    auto *name = window.findChild<QLineEdit *>(s("communityNameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), s("New community"));
    name->selectAll();
    QTest::keyClicks(name, s("Xinqiao village"));
    QCOMPARE(document->plan().community.name, s("Xinqiao village"));

    chinese = reportText(window, "zh_CN");
    QVERIFY(chinese.contains(s("Solar roofs first")));
    QVERIFY(chinese.contains(s("Xinqiao village")));
    QVERIFY(!chinese.contains(s("计划措施")));
    QVERIFY(!chinese.contains(s("新社区")));
    QVERIFY(reportText(window, "en").contains(s("Solar roofs first")));
}

// File → New in English, then the window switched to Chinese (Preferences → language): the
// Scenarios list, the Community page's name and the report page's scenario box read 计划措施
// and 新社区 while the plan still holds the English names and has no edit to undo. A second
// scenario made in Chinese is 新情景, and leaving the first one's editor as shown renames
// nothing.
void TestDefaultNames::screenInChineseShowsTheDefaultsInChinese()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    PlanDocument *document = newPlan(window);
    QVERIFY(document);
    Language::install(s("zh_CN"));
    QApplication::processEvents(); // the window rebuilds its pages on LanguageChange
    QApplication::processEvents();

    window.showPage(MainWindow::Page::Scenarios);
    auto *list = window.findChild<QListWidget *>(s("scenarioListView"));
    QVERIFY(list && list->count() == 1);
    QCOMPARE(list->item(0)->text(), s("计划措施"));
    auto *name = window.findChild<QLineEdit *>(s("communityNameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), s("新社区"));
    auto *reportScenario = window.findChild<QComboBox *>(s("reportScenarioComboBox"));
    QVERIFY(reportScenario);
    QCOMPARE(reportScenario->itemText(0), s("计划措施"));
    QCOMPARE(document->plan().scenarios.at(0).name, s("Planned measures"));
    QCOMPARE(document->plan().community.name, s("New community"));
    QCOMPARE(document->undoStack()->count(), 0);

    // The editor closed on the name as shown: no rename.
    list->item(0)->setText(s("计划措施"));
    QCOMPARE(document->plan().scenarios.at(0).name, s("Planned measures"));
    QCOMPARE(document->undoStack()->count(), 0);

    auto *add = window.findChild<QPushButton *>(s("newScenarioButton"));
    QVERIFY(add);
    add->click();
    QCOMPARE(document->plan().scenarios.size(), 2);
    QCOMPARE(document->plan().scenarios.at(1).name, s("新情景"));
    QCOMPARE(list->item(1)->text(), s("新情景"));
}

QTEST_MAIN(TestDefaultNames)
#include "TestDefaultNames.moc"
