// The mapping panel's "Same for every row": a value typed for a field (the unit, the sector,
// the factor) that every row gets, as if the file had a column with it (issue 14). Driven
// through the widgets offscreen; the amounts are those of the file, checked by hand.
#include "PlanDocument.h"
#include "common/ActivityImportDialog.h"
#include "common/ColumnMappingWidget.h"
#include "import/ImportMapping.h"
#include "inventory/Units.h"
#include "present/Language.h"
#include "storage/PlanJson.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace zeroplan;

namespace {

// Base year 2023, CN-South grid, four lines (tests/fixtures/import/README.md).
Plan plan2023()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/plan-2023.json"));
    return read.plan.value_or(Plan{});
}

// Picks an item of a combo as the user does (activated, not only the index).
void pick(QComboBox *combo, const QString &text)
{
    const int at = combo->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    combo->setCurrentIndex(at);
    emit combo->activated(at);
}

// Types a value into the fixed-value editor and presses Enter, as the user does: Chinese
// comes through the input method (a commit string), as it does from a Pinyin keyboard.
void type(QLineEdit *edit, const QString &value)
{
    QVERIFY(edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QInputMethodEvent input;
    input.setCommitString(value);
    QCoreApplication::sendEvent(edit, &input);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestColumnMappingFixedValue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void init()
    {
        const Plan plan = plan2023();
        QCOMPARE(plan.activities.size(), 4);
        m_doc = PlanDocument::fromPlan(plan, m_dir.path());
        m_csv = m_dir.filePath(QStringLiteral("电费.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Two meters' electricity for the year, in kWh, but the file doesn't say so.
        file.write(QStringLiteral("能源,用量\n电力,1200\n电力,800.5\n").toUtf8());
    }
    void cleanup() { m_doc.reset(); }

    void unitFixedForEveryRow();
    void sectorAndFactorFixed();
    void fixedValueIsSavedWithTheMapping();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    std::unique_ptr<PlanDocument> m_doc;
};

void TestColumnMappingFixedValue::unitFixedForEveryRow()
{
    ActivityImportDialog dialog(m_doc.get(), m_csv);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    // No unit column: both rows are rejected, and nothing can be imported.
    QVERIFY2(summary->text().contains(QStringLiteral("2 rejected")), qPrintable(summary->text()));
    QVERIFY(!import->isEnabled());

    auto *unitCombo =
        dialog.findChild<QComboBox *>(ColumnMappingWidget::objectNameFor(ImportField::Unit));
    auto *unitEdit = dialog.findChild<QLineEdit *>(
        ColumnMappingWidget::fixedValueObjectNameFor(ImportField::Unit));
    QVERIFY(unitCombo && unitEdit);
    QVERIFY(!unitEdit->isVisible()); // only once "Same for every row" is chosen
    pick(unitCombo, QStringLiteral("Same for every row:"));
    type(unitEdit, QStringLiteral("千瓦时"));
    // Enter applied the value and read the file again; it did not import.
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_doc->plan().activities.size(), 4);
    QVERIFY2(summary->text().contains(QStringLiteral("0 rejected")), qPrintable(summary->text()));
    QCOMPARE(unitCombo->currentText(), QStringLiteral("Same for every row:")); // kept on reread
    QCOMPARE(dialog.mappingWidget()->mapping().values.value(ImportField::Unit),
             QStringLiteral("千瓦时"));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);

    // 1,200 kWh and 800.5 kWh, 2,000.5 kWh in all; one undo step.
    const QList<ActivityLine> &lines = m_doc->plan().activities;
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[4].unit, QStringLiteral("kWh"));
    QCOMPARE(lines[5].unit, QStringLiteral("kWh"));
    QCOMPARE(lines[4].amount, 1200.0);
    QCOMPARE(lines[5].amount, 800.5);
    QCOMPARE(lines[4].amount + lines[5].amount, 2000.5);
    QCOMPARE(lines[4].factor, QStringLiteral("grid-cn-south-2023")); // what the plan uses
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().activities.size(), 4);
}

// The same file, read as 万千瓦时 (ten thousand kWh) in the stationary-energy sector with the
// national grid's factor: 1,200 万kWh = 12,000,000 kWh (万 = 10⁴).
void TestColumnMappingFixedValue::sectorAndFactorFixed()
{
    ActivityImportDialog dialog(m_doc.get(), m_csv);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ColumnMappingWidget *mapping = dialog.mappingWidget();
    const auto fix = [&](ImportField field, const QString &value) {
        pick(mapping->comboBox(field), QStringLiteral("Same for every row:"));
        type(mapping->fixedValueEdit(field), value);
    };
    fix(ImportField::Unit, QStringLiteral("万千瓦时"));
    fix(ImportField::Sector, QStringLiteral("固定能源"));
    fix(ImportField::Factor, QStringLiteral("grid-cn-national-2023"));
    // Choosing the column back ("—": not from a column) drops the value again.
    pick(mapping->comboBox(ImportField::Scope), QStringLiteral("Same for every row:"));
    type(mapping->fixedValueEdit(ImportField::Scope), QStringLiteral("2"));
    pick(mapping->comboBox(ImportField::Scope), QStringLiteral("—"));
    QVERIFY(!mapping->mapping().values.contains(ImportField::Scope));
    QVERIFY(!mapping->fixedValueEdit(ImportField::Scope)->isVisible());

    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    const QList<ActivityLine> &lines = m_doc->plan().activities;
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[4].unit, QStringLiteral("万kWh"));
    QCOMPARE(lines[4].sector, Sector::StationaryEnergy);
    QCOMPARE(lines[4].factor, QStringLiteral("grid-cn-national-2023"));
    QCOMPARE(*Units::convert(lines[4].amount, lines[4].unit, QStringLiteral("kWh")), 12.0e6);
    QCOMPARE(*Units::convert(lines[5].amount, lines[5].unit, QStringLiteral("kWh")), 8.005e6);
}

// A fixed value is part of the mapping: saved as its "values", loaded back into the panel
// of the next import, which then needs nothing more.
void TestColumnMappingFixedValue::fixedValueIsSavedWithTheMapping()
{
    const QString saved = m_dir.filePath(QStringLiteral("电费映射.json"));
    {
        ActivityImportDialog dialog(m_doc.get(), m_csv);
        dialog.show();
        ColumnMappingWidget *mapping = dialog.mappingWidget();
        pick(mapping->comboBox(ImportField::Unit), QStringLiteral("Same for every row:"));
        type(mapping->fixedValueEdit(ImportField::Unit), QStringLiteral("千瓦时"));
        QVERIFY(mapping->saveMappingFile(saved));
    }
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto read = ImportMapping::fromJson(file.readAll(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->values.value(ImportField::Unit), QStringLiteral("千瓦时"));

    ActivityImportDialog next(m_doc.get(), m_csv);
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    auto *import = next.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!import->isEnabled());
    QVERIFY(next.mappingWidget()->loadMappingFile(saved));
    QCOMPARE(next.mappingWidget()->comboBox(ImportField::Unit)->currentText(),
             QStringLiteral("Same for every row:"));
    QCOMPARE(next.mappingWidget()->fixedValueEdit(ImportField::Unit)->text(),
             QStringLiteral("千瓦时"));
    QVERIFY(next.mappingWidget()->fixedValueEdit(ImportField::Unit)->isVisible());
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_doc->plan().activities.size(), 6);
    QCOMPARE(m_doc->plan().activities.last().amount, 800.5);
    QCOMPARE(m_doc->plan().activities.last().unit, QStringLiteral("kWh"));
}

QTEST_MAIN(TestColumnMappingFixedValue)
#include "TestColumnMappingFixedValue.moc"
