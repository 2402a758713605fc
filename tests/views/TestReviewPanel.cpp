// Comments and review in the window (docs/review.md; docs/desktop.md): on the sample saved as
// a project, Comments… on the Measures page opens History → Comments on the measure chosen; a
// comment typed there starts a thread and the measure's row shows "1 open comment"; the review
// state chosen under the list shows in the row; Comments… on the Baseline page comments on
// the line chosen and its Comments cell counts it; Resolve empties the count and hides the
// thread until "Show resolved"; all of it is saved and read back. By e-mail: Export Review
// Copy… writes a copy the adviser opens (a notice says whose it is), answers in and exports
// as a comments file; Merge Comments… adds it to the owner's plan; a damaged comments file is
// refused by its JSON pointer, the plan unchanged. In Chinese, the tab, badge and states.
#include "MainWindowTest.h"
#include "ModalAnswers.h"
#include "baseline/ActivityTableModel.h"
#include "history/CommentsPanel.h"
#include "history/HistoryDock.h"
#include "measures/MeasuresPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QAction *actionNamed(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Types `text` into the Comments tab and presses `button`.
void typeAndPress(HistoryDock *dock, const QString &text, const char *button)
{
    auto *edit = child<QPlainTextEdit>(dock, "commentEdit");
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::mouseClick(child<QPushButton>(dock, button), Qt::LeftButton);
}

QString measureRow(MainWindow *window, const QString &id)
{
    auto *list = child<QListWidget>(window, "measureListView");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            return list->item(row)->text();
    }
    return {};
}

} // namespace

class TestReviewPanel : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestReviewPanel"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }
    void commentOnMeasuresAndLines();
    void reviewByEmail();
    void inChinese();
};

void TestReviewPanel::commentOnMeasuresAndLines()
{
    QTemporaryDir dir; // outlives the window, which holds the plan's lock
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    const QString path = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));

    // Measures → LED → Comments…: the Comments tab on the measure.
    window->showPage(MainWindow::Page::Measures);
    auto *page = child<MeasuresPage>(window.get(), "measuresPage");
    page->selectMeasure(QStringLiteral("led"));
    const QString before = measureRow(window.get(), QStringLiteral("led"));
    QVERIFY(!before.contains(QStringLiteral("comment")));
    QTest::mouseClick(child<QPushButton>(page, "measureCommentsButton"), Qt::LeftButton);
    auto *dock = child<HistoryDock>(window.get(), "historyDock");
    QVERIFY(dock->isVisible());
    QCOMPARE(child<QTabWidget>(dock, "historyTabs")->currentWidget(), dock->comments());
    auto *target = child<QComboBox>(dock, "commentsTargetCombo");
    QCOMPARE(target->currentData().toString(), QStringLiteral("measures[led]"));
    auto *add = child<QPushButton>(dock, "addCommentButton");
    QVERIFY(!add->isEnabled()); // no words yet
    typeAndPress(dock, QStringLiteral("Is 60 % of homes realistic?"), "addCommentButton");
    auto *tree = child<QTreeWidget>(dock, "commentsTree");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY2(tree->topLevelItem(0)->text(0).endsWith(QStringLiteral(": Is 60 % of homes "
                                                                    "realistic?")),
             qPrintable(tree->topLevelItem(0)->text(0)));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("open"));
    QVERIFY(child<QPlainTextEdit>(dock, "commentEdit")->toPlainText().isEmpty());
    QVERIFY(measureRow(window.get(), QStringLiteral("led"))
                .endsWith(QStringLiteral(" · 1 open comment")));
    QVERIFY(document->isModified());
    QVERIFY(window->isWindowModified());

    // The review state: Down twice on the combo, from Draft to Approved.
    auto *state = child<QComboBox>(page, "measureReviewCombo");
    QCOMPARE(state->currentText(), QStringLiteral("Draft"));
    state->setFocus();
    QTest::keyClick(state, Qt::Key_Down);
    QTest::keyClick(state, Qt::Key_Down);
    QCOMPARE(state->currentText(), QStringLiteral("Approved"));
    QCOMPARE(document->review().stateOf(QStringLiteral("led")), ReviewState::Approved);
    QCOMPARE(document->review().marks.size(), 2); // under review, then approved
    QVERIFY(measureRow(window.get(), QStringLiteral("led"))
                .contains(QStringLiteral(" · Approved · 1 open comment")));
    // Another measure is still a draft, without badges.
    page->selectMeasure(QStringLiteral("solar"));
    QCOMPARE(state->currentText(), QStringLiteral("Draft"));
    QVERIFY(!measureRow(window.get(), QStringLiteral("solar")).contains(QStringLiteral("·  ")));

    // Baseline → the first line → Comments…: a thread on the line, counted in its row.
    window->showPage(MainWindow::Page::Baseline);
    auto *table = child<QTableView>(window.get(), "activityTableView");
    table->selectRow(0);
    const QString lineId = document->plan().activities.first().id;
    QTest::mouseClick(child<QPushButton>(window.get(), "lineCommentsButton"), Qt::LeftButton);
    QCOMPARE(target->currentData().toString(), QStringLiteral("activities[%1]").arg(lineId));
    QCOMPARE(tree->topLevelItemCount(), 0); // none on the line yet
    typeAndPress(dock, QStringLiteral("Source: 2025 bills?"), "addCommentButton");
    const QModelIndex cell = table->model()->index(0, ActivityTableModel::CommentsColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("1"));
    QCOMPARE(table->model()->index(1, ActivityTableModel::CommentsColumn).data().toString(),
             QString());

    // Resolve: the count goes, the thread is hidden until "Show resolved".
    tree->setCurrentItem(tree->topLevelItem(0));
    auto *resolve = child<QPushButton>(dock, "resolveThreadButton");
    QCOMPARE(resolve->text(), QStringLiteral("Resolve"));
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(tree->topLevelItemCount(), 0);
    auto *message = child<QLabel>(dock, "commentsMessageLabel");
    QCOMPARE(message->text(), QStringLiteral("The thread is resolved."));
    target->setCurrentIndex(0); // all objects: the measure's open thread
    QCOMPARE(tree->topLevelItemCount(), 1);
    target->setCurrentIndex(target->findData(QStringLiteral("activities[%1]").arg(lineId)));
    QCOMPARE(message->text(), QStringLiteral("1 resolved thread hidden: Show resolved lists it."));
    child<QCheckBox>(dock, "showResolvedCheck")->setChecked(true);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("resolved"));
    tree->setCurrentItem(tree->topLevelItem(0));
    QCOMPARE(resolve->text(), QStringLiteral("Reopen"));

    // All objects: both threads, open first.
    target->setCurrentIndex(0);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("open"));
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(QStringLiteral("Measure “")));

    // Saved with the plan, read back the same.
    QVERIFY2(document->save(&error), qPrintable(error));
    QVERIFY(!window->isWindowModified());
    QCOMPARE(PlanStore::load(path).history.review, document->review());
}

void TestReviewPanel::reviewByEmail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    const QString copy = dir.filePath(QStringLiteral("xinqiao for review.zeroplan"));
    const QString comments = dir.filePath(QStringLiteral("from the adviser.zeroplan-comments"));
    auto owner = makeWindow();
    owner->openSample(kShenzhen);
    QString error;
    QVERIFY2(owner->document()->saveAs(path, &error), qPrintable(error));
    const QString thread =
        owner->document()->addComment(ReviewTarget::measure(QStringLiteral("solar")),
                                      QStringLiteral("Roof survey done?"), &error);
    QVERIFY2(owner->document()->save(&error), qPrintable(error));

    // File → Export Review Copy….
    QString message;
    chooseInNextFileDialog(copy, [&] { acknowledgeNextMessage(&message); });
    actionNamed(owner.get(), "exportReviewCopyAction")->trigger();
    QVERIFY2(message.startsWith(QStringLiteral("The review copy is ")), qPrintable(message));
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(owner->document()->filePath(), QFileInfo(path).absoluteFilePath());

    // The adviser opens it: the notice says whose copy it is; they answer and export.
    auto adviser = makeWindow();
    QVERIFY(adviser->openFile(copy));
    auto *notice = child<QLabel>(adviser.get(), "exampleNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("This is a review copy of xinqiao.zeroplan")),
             qPrintable(notice->text()));
    adviser->document()->setAuthor(QStringLiteral("王芳"), QStringLiteral("NGO"));
    auto *dock = child<HistoryDock>(adviser.get(), "historyDock");
    dock->showComments(ReviewTarget::plan());
    child<QComboBox>(dock, "commentsTargetCombo")->setCurrentIndex(0); // all objects
    auto *tree = child<QTreeWidget>(dock, "commentsTree");
    QCOMPARE(tree->topLevelItemCount(), 1);
    tree->setCurrentItem(tree->topLevelItem(0));
    typeAndPress(dock, QStringLiteral("Yes, 80 roofs."), "replyCommentButton");
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("王芳 (NGO): Yes")));
    chooseInNextFileDialog(comments, [&] { acknowledgeNextMessage(&message); });
    actionNamed(adviser.get(), "exportCommentsAction")->trigger();
    QVERIFY2(message.startsWith(QStringLiteral("2 comments and review states written to")),
             qPrintable(message));

    // The owner merges it: the reply is on the thread; a second merge adds nothing.
    chooseInNextFileDialog(comments, [&] { acknowledgeNextMessage(&message); });
    actionNamed(owner.get(), "mergeCommentsAction")->trigger();
    QVERIFY2(message.startsWith(QStringLiteral("1 comment or review state added from")),
             qPrintable(message));
    QCOMPARE(owner->document()->review().thread(thread)->comments.size(), 2);
    QCOMPARE(owner->document()->review().thread(thread)->comments.last().author,
             QStringLiteral("王芳"));
    QVERIFY(owner->isWindowModified());
    chooseInNextFileDialog(comments, [&] { acknowledgeNextMessage(&message); });
    actionNamed(owner.get(), "mergeCommentsAction")->trigger();
    QVERIFY2(message.contains(QStringLiteral("has every comment and review state")),
             qPrintable(message));

    // A damaged comments file: refused by its pointer, nothing added.
    const QString damaged = dir.filePath(QStringLiteral("damaged.zeroplan-comments"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "zeroplan-comments", "format_version": 1, "comments": [)"
                   R"({"id": "b", "thread": "q", "on": "plan", "at": "2026-12-07T09:01:00Z", )"
                   R"("kind": "comment", "text": "y"}]})");
    }
    const PlanReview before = owner->document()->review();
    chooseInNextFileDialog(damaged, [&] { acknowledgeNextMessage(&message); });
    actionNamed(owner.get(), "mergeCommentsAction")->trigger();
    QVERIFY2(message.contains(QStringLiteral("cannot be merged; the plan is unchanged")) &&
                 message.contains(QStringLiteral("/comments/0/thread")),
             qPrintable(message));
    QCOMPARE(owner->document()->review(), before);
}

void TestReviewPanel::inChinese()
{
    Language::install(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    QString error;
    QVERIFY(document->saveAs(dir.filePath(QStringLiteral("x.zeroplan")), &error));
    QVERIFY(!document
                 ->addComment(ReviewTarget::measure(QStringLiteral("led")),
                              QStringLiteral("请核实"), &error)
                 .isEmpty());
    QVERIFY(document->setReviewState(QStringLiteral("led"), ReviewState::UnderReview, &error));
    window->showPage(MainWindow::Page::Measures);
    const QString row = measureRow(window.get(), QStringLiteral("led"));
    QVERIFY2(row.contains(QStringLiteral("审核中")) &&
                 row.contains(QStringLiteral("1 条未解决的评论")),
             qPrintable(row));
    auto *dock = child<HistoryDock>(window.get(), "historyDock");
    dock->showComments(ReviewTarget::measure(QStringLiteral("led")));
    auto *tabs = child<QTabWidget>(dock, "historyTabs");
    QCOMPARE(tabs->tabText(2), QStringLiteral("评论"));
    auto *tree = child<QTreeWidget>(dock, "commentsTree");
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("未解决"));
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(QStringLiteral("措施")));
}

QTEST_MAIN(TestReviewPanel)
#include "TestReviewPanel.moc"
