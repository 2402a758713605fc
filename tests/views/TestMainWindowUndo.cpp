// Undo in the main window, driven as a user would (offscreen, fresh settings): Edit → Undo and
// Redo of a measure, undo whatever field has the focus, Ctrl+Y, and the cell editors and
// dialogs that keep their own undo.
#include "MainWindowTest.h"

using namespace zeroplan;
using namespace zeroplan::test;

class TestMainWindowUndo : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestMainWindowUndo"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }

    void undoesAndRedoesTheMeasureFromTheEditMenu();
    void undoRevertsThePlanWhateverFieldHasTheFocus();
    void ctrlYRedoes();
    void onlyCellEditorsAndDialogsKeepTheirOwnUndo();
};

void TestMainWindowUndo::undoesAndRedoesTheMeasureFromTheEditMenu()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    const Plan before = document->plan();
    Measure solar = MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar,
                                                  QStringLiteral("solar-test"), 2025);
    solar.name = QStringLiteral("屋顶光伏 east roofs");
    document->undoStack()->push(new AddMeasure(document, solar));
    const Plan after = document->plan();
    auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    // The Edit menu says what will be undone, with the measure named as the user named it.
    QVERIFY2(undo->text().contains(QStringLiteral("屋顶光伏 east roofs")),
             qPrintable(undo->text()));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(document->plan(), before);
    QVERIFY(!document->isModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(document->plan(), after);
    QVERIFY(document->isModified());
}

// Ctrl+Z in a focused line edit or spin box undoes the plan's last step, whatever it was (it
// used to go to the field's own text undo, and an edit made elsewhere stayed); the fields then
// show the plan again.
void TestMainWindowUndo::undoRevertsThePlanWhateverFieldHasTheFocus()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->showPage(MainWindow::Page::Community);
    PlanDocument *document = window->document();
    const Plan before = document->plan();
    auto *title = window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *population = window->findChild<QDoubleSpinBox *>(QStringLiteral("populationSpinBox"));
    QVERIFY(title && population);

    // Typed in the population, then Ctrl+Z in the title field: the population goes back.
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("4321"));
    QCOMPARE(document->plan().community.population, 4321.0);
    title->setFocus();
    QVERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->plan(), before);
    QCOMPARE(population->value(), before.community.population);
    QCOMPARE(title->text(), before.title);
    QVERIFY(!document->isModified());
    // Redo from the same field (Ctrl+Shift+Z) gives the typed value back.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document->plan().community.population, 4321.0);
    QCOMPARE(population->value(), 4321.0);

    // Typed in the title, then Ctrl+Z in the population box: the title goes back.
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    QCOMPARE(document->plan().title, before.title + QStringLiteral(" (draft)"));
    population->setFocus();
    QVERIFY(population->hasFocus());
    QTest::keyClick(population, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->plan().title, before.title);
    QCOMPARE(title->text(), before.title);
    QCOMPARE(document->plan().community.population, 4321.0);
}

void TestMainWindowUndo::ctrlYRedoes()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(redo);
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    PlanDocument *document = window->document();
    document->undoStack()->push(new ChangeValue<double>(document, PlanFields::population(), 9.0));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->plan().community.population != 9.0);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(document->plan().community.population, 9.0);
}

// The claim a text field makes on Ctrl+Z (ShortcutOverride accepted) is refused for the
// window's fields, so the window's Undo takes the key; an editor open in a table cell and a
// field of another window (a dialog) keep theirs.
void TestMainWindowUndo::onlyCellEditorsAndDialogsKeepTheirOwnUndo()
{
    QWidget window;
    auto *field = new QLineEdit(QStringLiteral("typed"), &window);
    auto *table = new QTableWidget(1, 1, &window);
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("cell")));
    QWidget dialog;
    auto *dialogField = new QLineEdit(QStringLiteral("typed"), &dialog);
    auto *guard = new PlanUndoShortcuts(&window);
    qApp->installEventFilter(guard);
    window.show();
    table->editItem(table->item(0, 0));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    const auto claimed = [](QWidget *widget, QKeyCombination key) {
        QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
        override.ignore();
        QApplication::sendEvent(widget, &override);
        return override.isAccepted();
    };
    for (const QKeyCombination key :
         {Qt::CTRL | Qt::Key_Z, Qt::CTRL | Qt::Key_Y, Qt::CTRL | Qt::SHIFT | Qt::Key_Z}) {
        QVERIFY(!claimed(field, key));
        QVERIFY(claimed(editor, key));
        QVERIFY(claimed(dialogField, key));
    }
    // Other keys are the field's as ever (Ctrl+A selects its text).
    QVERIFY(claimed(field, Qt::CTRL | Qt::Key_A));
    delete guard;
}

QTEST_MAIN(TestMainWindowUndo)
#include "TestMainWindowUndo.moc"
