// ActivityImportDialog on the import fixtures (tests/fixtures/import/README.md): rejected
// rows are listed with their line, column and reason before anything is applied, Import is
// refused while they are, and an import is one undo step. Expected values are read off the
// fixture files by hand; the reasons are those of ActivityImport (docs/import.md).
#include "PlanDocument.h"
#include "common/ActivityImportDialog.h"
#include "common/ColumnMappingWidget.h"
#include "present/Language.h"
#include "storage/PlanJson.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace zeroplan;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name);
}

// Base year 2023, CN-South grid, four lines (electricity, gas, petrol, food waste).
Plan plan2023()
{
    const PlanReadResult read = PlanJson::readFile(fixture("plan-2023.json"));
    return read.plan.value_or(Plan{});
}

// A count as the dialog words it: "%n line(s) read" is "10 lines read" once the English
// translation has the string's plural forms, and stays "10 line(s) read" until then.
QString counted(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// "10 lines read, 9 rejected; 1 line to add" for a text file.
QString summaryOf(int read, int rejected, int toAdd, bool workbook = false)
{
    const char *dialog = "zeroplan::ImportDialog";
    return counted(dialog, workbook ? "%n row(s) read" : "%n line(s) read", read) +
           counted(dialog, ", %n rejected", rejected) + QStringLiteral("; ") +
           counted("zeroplan::ActivityImportDialog", "%n line(s) to add", toAdd);
}

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestActivityImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badRowsAreListedAndNothingIsImported();
    void skipRejectedImportsTheGoodRow();
    void gbkFileIsPreviewedAndImportedAsOneStep();
    void wrongEncodingIsRereadWhenChosen();
    void typedPathIsReadNotImported();
    void workbookShowsItsSheetAndRows();
    void mappingMakesUnknownHeadersImportable();

private:
    std::unique_ptr<ActivityImportDialog> open(const char *file);
    QPushButton *importButton(QDialog *dialog) const
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
};

void TestActivityImportDialog::initTestCase()
{
    Language::install(QStringLiteral("en")); // English plural forms and number format
}

void TestActivityImportDialog::init()
{
    const Plan plan = plan2023();
    QCOMPARE(plan.activities.size(), 4);
    m_doc = PlanDocument::fromPlan(plan, m_dir.path());
}

void TestActivityImportDialog::cleanup()
{
    m_doc.reset();
}

std::unique_ptr<ActivityImportDialog> TestActivityImportDialog::open(const char *file)
{
    auto dialog = std::make_unique<ActivityImportDialog>(m_doc.get(), fixture(file));
    dialog->show();
    return dialog;
}

void TestActivityImportDialog::badRowsAreListedAndNothingIsImported()
{
    const Plan before = m_doc->plan();
    auto dialog = open("activities-bad.csv");
    QCOMPARE(dialog->objectName(), QStringLiteral("activityImportDialog"));
    const auto *rejected =
        dialog->findChild<QTableView *>(QStringLiteral("rejectedRowsView"))->model();
    // Header carrier,amount,unit,year,scope; line 2 is good, lines 3–11 have one fault each
    // (line 6: natural gas in t, a unit of mass, which gas is not given in).
    const struct
    {
        const char *line;
        const char *column;
        const char *header;
        const char *reason;
    } rows[] = {
        {"line 3", "1", "carrier", "\"unobtainium\" is not a carrier ZeroPlan knows"},
        {"line 4", "2", "amount", "\"abc\" is not a number"},
        {"line 5", "2", "amount", "-5 is negative"},
        {"line 6", "3", "unit", "t is a unit of mass, which doesn't fit Natural gas"},
        {"line 7", "3", "unit", "\"bananas\" is not a unit ZeroPlan knows"},
        {"line 8", "4", "year",
         "the row is for 2021, but the baseline is for the plan's base year 2023"},
        {"line 9", "5", "scope", "\"7\" is not a scope; use 1, 2 or 3"},
        {"line 10", "—", "(emission factor)", "no emission factor for Petrol (gasoline) per kWh"},
        {"line 11", "2", "amount", "the amount is empty"},
    };
    QCOMPARE(rejected->rowCount(), int(std::size(rows)));
    for (int r = 0; r < int(std::size(rows)); ++r) {
        QCOMPARE(text(rejected, r, 0), QString::fromUtf8(rows[r].line));
        QCOMPARE(text(rejected, r, 1), QString::fromUtf8(rows[r].column));
        QCOMPARE(text(rejected, r, 2), QString::fromUtf8(rows[r].header));
        QVERIFY2(text(rejected, r, 3).startsWith(QString::fromUtf8(rows[r].reason)),
                 qPrintable(text(rejected, r, 3)));
    }
    const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("10 line")), qPrintable(summary->text()));
    QVERIFY2(summary->text().startsWith(summaryOf(10, 9, 1) + QLatin1Char('\n')),
             qPrintable(summary->text()));
    QPushButton *import = importButton(dialog.get());
    QCOMPARE(import->text(), QStringLiteral("Import"));
    QVERIFY(!import->isEnabled());
    // Clicking it anyway, or Enter, changes nothing.
    QTest::mouseClick(import, Qt::LeftButton);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // Cancel changes nothing either.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestActivityImportDialog::skipRejectedImportsTheGoodRow()
{
    auto dialog = open("activities-bad.csv");
    auto *skip = dialog->findChild<QCheckBox *>(QStringLiteral("skipRejectedCheckBox"));
    QPushButton *import = importButton(dialog.get());
    QVERIFY(!import->isEnabled());
    skip->setChecked(true);
    QVERIFY(import->isEnabled());
    // The rows stay listed: ticking the box doesn't hide what is left out.
    QCOMPARE(
        dialog->findChild<QTableView *>(QStringLiteral("rejectedRowsView"))->model()->rowCount(),
        9);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    // Line 2: electricity,100,kWh,2023,2 with the plan's electricity factor.
    QCOMPARE(m_doc->plan().activities.size(), 5);
    const ActivityLine &added = m_doc->plan().activities.last();
    QCOMPARE(added.carrier, QStringLiteral("electricity"));
    QCOMPARE(added.amount, 100.0);
    QCOMPARE(added.factor, QStringLiteral("grid-cn-south-2023"));
    QCOMPARE(added.source, QStringLiteral("activities-bad.csv, line 2"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestActivityImportDialog::gbkFileIsPreviewedAndImportedAsOneStep()
{
    const Plan before = m_doc->plan();
    auto dialog = open("activities-gbk.csv");
    // GBK, a title row above the header; the empty row ,,,,, is skipped.
    const auto *preview =
        dialog->findChild<QTableView *>(QStringLiteral("previewTableView"))->model();
    QCOMPARE(preview->rowCount(), 6);
    QCOMPARE(text(preview, 0, 0), QStringLiteral("新桥社区2023年能耗统计"));
    QCOMPARE(text(preview, 1, 0), QStringLiteral("类别"));
    QCOMPARE(text(preview, 1, 2), QStringLiteral("用量"));
    QCOMPARE(text(preview, 2, 1), QStringLiteral("电力"));
    QCOMPARE(text(preview, 2, 2), QStringLiteral("1,234,567"));
    QCOMPARE(text(preview, 2, 5), QStringLiteral("居民用电, 含公共照明"));
    QCOMPARE(text(preview, 4, 5), QStringLiteral("物业称重 \"估算\""));
    QCOMPARE(preview->headerData(1, Qt::Vertical).toString(), QStringLiteral("2")); // line 2
    // The mapping is what the header's words say: 能源 is the carrier, 用量 the amount.
    auto *mapping = dialog->mappingWidget();
    QCOMPARE(mapping->comboBox(ImportField::Carrier)->currentData().toInt(), 1);
    QCOMPARE(mapping->comboBox(ImportField::Amount)->currentData().toInt(), 2);
    QCOMPARE(mapping->comboBox(ImportField::Factor)->currentData().toInt(), -1);
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("amountColumnComboBox")));

    const auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QCOMPARE(summary->text(), summaryOf(4, 0, 4));
    QCOMPARE(
        dialog->findChild<QTableView *>(QStringLiteral("rejectedRowsView"))->model()->rowCount(),
        0);
    QVERIFY(m_doc->plan() == before); // nothing before Import
    QPushButton *import = importButton(dialog.get());
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<ActivityLine> &lines = m_doc->plan().activities;
    QCOMPARE(lines.size(), 8);
    // 1,234,567 度 of electricity; 45,600.5 立方米 of gas; 320 吨 of food waste; 88,000 升 petrol.
    QCOMPARE(lines.at(4).amount, 1234567.0);
    QCOMPARE(lines.at(4).unit, QStringLiteral("kWh"));
    QCOMPARE(lines.at(4).note, QStringLiteral("居民用电, 含公共照明"));
    QCOMPARE(lines.at(5).amount, 45600.5);
    QCOMPARE(lines.at(6).sector, Sector::Waste);
    QCOMPARE(lines.at(7).unit, QStringLiteral("L"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Import 4 activity lines"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestActivityImportDialog::wrongEncodingIsRereadWhenChosen()
{
    auto dialog = open("activities-gbk.csv");
    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("encodingComboBox"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    // GBK bytes read as UTF-8: the reader says so, and nothing can be imported.
    encoding->setCurrentIndex(encoding->findData(int(CsvOptions::Encoding::Utf8)));
    QVERIFY2(summary->text().contains(QStringLiteral("not valid UTF-8")),
             qPrintable(summary->text()));
    QVERIFY(!importButton(dialog.get())->isEnabled());
    encoding->setCurrentIndex(encoding->findData(int(CsvOptions::Encoding::Gb18030)));
    QCOMPARE(summary->text(), summaryOf(4, 0, 4));
    QVERIFY(importButton(dialog.get())->isEnabled());
    // Semicolons split nothing: the header is then one cell and no field is found.
    auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("delimiterComboBox"));
    delimiter->setCurrentIndex(delimiter->findData(int(';')));
    QVERIFY(!importButton(dialog.get())->isEnabled());
    QVERIFY2(summary->text().contains(QStringLiteral("no header row")),
             qPrintable(summary->text()));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestActivityImportDialog::typedPathIsReadNotImported()
{
    auto dialog = open("activities-bad.csv");
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileLineEdit"));
    QVERIFY(file);
    file->setFocus();
    file->selectAll();
    QTest::keyClicks(file, fixture("activities-gbk.csv"));
    // Enter reads the new file: its four rows, none rejected, and nothing imported yet.
    QTest::keyClick(file, Qt::Key_Return);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text(),
             summaryOf(4, 0, 4));
    QVERIFY(importButton(dialog.get())->isEnabled());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->plan().activities.size(), 4);
}

void TestActivityImportDialog::workbookShowsItsSheetAndRows()
{
    const Plan before = m_doc->plan();
    auto dialog = open("activities-libreoffice.xlsx");
    auto *sheet = dialog->findChild<QComboBox *>(QStringLiteral("sheetComboBox"));
    QVERIFY(sheet->isEnabled());
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), QStringLiteral("用电"));
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("encodingComboBox"))->isEnabled());
    // Sheet rows 1, 2, 3, 5 and 6 (row 4 is empty); the preview's columns are letters.
    const auto *preview =
        dialog->findChild<QTableView *>(QStringLiteral("previewTableView"))->model();
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(text(preview, 0, 1), QStringLiteral("能源"));
    QCOMPARE(text(preview, 1, 0), QStringLiteral("居民建筑"));
    QCOMPARE(text(preview, 3, 5), QStringLiteral("公交车队 “绿色出行”"));
    QCOMPARE(preview->headerData(3, Qt::Vertical).toString(), QStringLiteral("5"));
    QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(), QStringLiteral("B"));
    // Row 3: 万立方米 is no unit; row 5: petrol in t has no factor; row 6 is for 2022.
    const auto *rejected =
        dialog->findChild<QTableView *>(QStringLiteral("rejectedRowsView"))->model();
    QCOMPARE(rejected->rowCount(), 3);
    QCOMPARE(text(rejected, 0, 0), QStringLiteral("row 3"));
    QCOMPARE(text(rejected, 0, 1), QStringLiteral("D"));
    QCOMPARE(text(rejected, 0, 2), QStringLiteral("单位"));
    QCOMPARE(text(rejected, 2, 0), QStringLiteral("row 6"));
    QCOMPARE(text(rejected, 2, 1), QStringLiteral("E"));
    QCOMPARE(text(rejected, 2, 2), QStringLiteral("年份"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QVERIFY2(summary->text().startsWith(summaryOf(4, 3, 1, true) + QLatin1Char('\n')),
             qPrintable(summary->text()));
    QVERIFY(!importButton(dialog.get())->isEnabled());
    QCOMPARE(m_doc->plan(), before);

    // The other sheet has no carrier or amount column: the dialog says so.
    sheet->setCurrentIndex(1);
    QCOMPARE(sheet->currentText(), QStringLiteral("Meters"));
    QCOMPARE(text(preview, 0, 0), QStringLiteral("Meter"));
    QVERIFY2(summary->text().contains(QStringLiteral("no header row")) ||
                 summary->text().contains(QStringLiteral("no column")),
             qPrintable(summary->text()));
    QVERIFY(!importButton(dialog.get())->isEnabled());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestActivityImportDialog::mappingMakesUnknownHeadersImportable()
{
    // German headers ZeroPlan doesn't know; the user maps the columns by hand.
    const QString path = m_dir.filePath(QStringLiteral("strom.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Energietraeger;Verbrauch;Einheit\nelectricity;1.234,5;MWh\n");
    file.close();
    auto dialog = std::make_unique<ActivityImportDialog>(m_doc.get(), path);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("no header row")),
             qPrintable(summary->text()));
    QComboBox *carrier = dialog->mappingWidget()->comboBox(ImportField::Carrier);
    QComboBox *amount = dialog->mappingWidget()->comboBox(ImportField::Amount);
    QComboBox *unit = dialog->mappingWidget()->comboBox(ImportField::Unit);
    QCOMPARE(carrier->count(), 5); // —, the header's three cells, "Same for every row"
    QCOMPARE(carrier->itemText(1), QStringLiteral("1: Energietraeger"));
    const auto pick = [](QComboBox *combo, int column) {
        combo->setCurrentIndex(combo->findData(column));
        emit combo->activated(combo->currentIndex());
    };
    pick(carrier, 0);
    pick(amount, 1);
    pick(unit, 2);
    // Semicolons, so a decimal comma: 1.234,5 MWh.
    QCOMPARE(summary->text(), summaryOf(1, 0, 1));
    QTest::mouseClick(importButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(m_doc->plan().activities.size(), 5);
    QCOMPARE(m_doc->plan().activities.last().amount, 1234.5);
    QCOMPARE(m_doc->plan().activities.last().unit, QStringLiteral("MWh"));
}

QTEST_MAIN(TestActivityImportDialog)
#include "TestActivityImportDialog.moc"
