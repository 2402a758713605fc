// The History panel (docs/history.md; docs/desktop.md): the user gives their name and
// organisation in Preferences, types a population on the Community page, opens View → History
// and sees the change with their name, the field and its value before and after; Ctrl+Z adds
// an Undo; the filter keeps the changes that match; a reason given is shown with the change;
// the log goes with the plan through Save As and Open.
#include "MainWindowTest.h"
#include "history/HistoryDock.h"
#include "history/HistoryPanel.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QTreeWidget>

using namespace zeroplan;
using namespace zeroplan::test;

class TestHistoryPanel : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestHistoryPanel"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }

    void changesShowWithTheirAuthor();
};

void TestHistoryPanel::changesShowWithTheirAuthor()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // Edit → Preferences: the author.
    whenModal([](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("authorNameEdit"));
        auto *organisation =
            dialog->findChild<QLineEdit *>(QStringLiteral("authorOrganisationEdit"));
        QVERIFY(name && organisation);
        name->setText(QStringLiteral("李伟"));
        organisation->setText(QStringLiteral("新桥社区居委会"));
        qobject_cast<QDialog *>(dialog)->accept();
    });
    window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(Preferences::authorName(), QStringLiteral("李伟"));

    // A population typed on the Community page.
    window->showPage(MainWindow::Page::Community);
    PlanDocument *document = window->document();
    const double before = document->plan().community.population;
    auto *population = window->findChild<QDoubleSpinBox *>(QStringLiteral("populationSpinBox"));
    QVERIFY(population);
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("4321"));
    QCOMPARE(document->plan().community.population, 4321.0);

    // View → History.
    auto *dock = window->findChild<HistoryDock *>(QStringLiteral("historyDock"));
    QVERIFY(dock && dock->isHidden());
    QAction *toggle = dock->toggleViewAction();
    QCOMPARE(toggle->text(), QStringLiteral("&History"));
    toggle->trigger();
    QVERIFY(dock->isVisible());
    auto *tree = dock->findChild<QTreeWidget *>(QStringLiteral("historyTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *edit = tree->topLevelItem(0);
    QCOMPARE(edit->text(1), QStringLiteral("李伟 (新桥社区居委会)"));
    QVERIFY2(edit->text(2).startsWith(QStringLiteral("Edit: ")), qPrintable(edit->text(2)));
    QCOMPARE(edit->childCount(), 1);
    QCOMPARE(edit->child(0)->text(2), QStringLiteral("community.population"));
    QCOMPARE(edit->child(0)->text(3), QLocale().toString(before, 'g', 12));
    QCOMPARE(edit->child(0)->text(4), QLocale().toString(4321.0, 'g', 12));

    // Ctrl+Z: an Undo on top, the value going back.
    QTest::keyClick(population, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->plan().community.population, before);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY2(tree->topLevelItem(0)->text(2).startsWith(QStringLiteral("Undo: ")),
             qPrintable(tree->topLevelItem(0)->text(2)));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(4), QLocale().toString(before, 'g', 12));

    // The filter.
    auto *filter = dock->findChild<QLineEdit *>(QStringLiteral("historyFilterEdit"));
    auto *summary = dock->findChild<QLabel *>(QStringLiteral("historySummaryLabel"));
    QTest::keyClicks(filter, QStringLiteral("households"));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QCOMPARE(summary->text(), QStringLiteral("0 of 2 changes match."));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("POPULATION"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    filter->clear();
    QCOMPARE(summary->text(), QStringLiteral("2 changes recorded."));

    // Give a Reason…: kept with the last change, shown under it.
    whenModal([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("typed by mistake"));
        input->accept();
    });
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("historyReasonButton")),
                      Qt::LeftButton);
    QCOMPARE(document->changeLog().last().reason, QStringLiteral("typed by mistake"));
    QTreeWidgetItem *undo = tree->topLevelItem(0);
    QCOMPARE(undo->child(undo->childCount() - 1)->text(2),
             QStringLiteral("Reason: typed by mistake"));

    // Saved and opened again: the same log, the panel showing it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    const ChangeLog log = document->changeLog();
    QVERIFY(window->openFile(path));
    QCOMPARE(window->document()->changeLog(), log);
    QCOMPARE(tree->topLevelItemCount(), 2);
}

QTEST_MAIN(TestHistoryPanel)
#include "TestHistoryPanel.moc"
