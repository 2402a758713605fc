// File ▸ Export Results (views/window/ResultsExportDialog), driven through its save dialog:
// the file type picks the workbook or one CSV table, the extension follows the type, and a
// file that can't be written gets a message box naming it and stays as it was.
#include "WhenModal.h"
#include "engine/ScenarioEngine.h"
#include "export/ResultTables.h"
#include "export/ResultsCsv.h"
#include "import/XlsxReader.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "window/ResultsExportDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace zeroplan;
using zeroplan::test::whenModal;
using Choice = ResultsExportDialog::Choice;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Types `path` into the dialog's file name field, as a person would (selectFile() leaves a
// field that has the focus alone).
void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(path);
}

} // namespace

class TestResultsExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesAndExtensions_data();
    void namesAndExtensions();
    void suggestsCommunityAndScenario();
    void workbookByDefault();
    void csvTableChosenByFileType();
    void fileTypeChangesTheName();
    void readOnlyFileGetsAMessageAndStays();

private:
    const ScenarioResult &scenario() const { return m_result.scenarios.front(); }
    Plan m_plan;
    PlanResult m_result;
    QTemporaryDir m_dir;
};

void TestResultsExportDialog::initTestCase()
{
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/european-ecodistrict.json"));
    QVERIFY(read.plan);
    m_plan = *read.plan;
    m_result = ScenarioEngine(FactorLibraryJson::builtIn()).run(m_plan);
    QVERIFY(!m_result.scenarios.empty());
}

void TestResultsExportDialog::namesAndExtensions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("path");
    const int book = int(Choice::Workbook), costs = int(Choice::CostsCsv);
    QTest::newRow("kept") << QStringLiteral("/t/r.xlsx") << book << QStringLiteral("/t/r.xlsx");
    QTest::newRow("kept in capitals")
        << QStringLiteral("/t/R.XLSX") << book << QStringLiteral("/t/R.XLSX");
    QTest::newRow("added") << QStringLiteral("/t/r") << costs << QStringLiteral("/t/r.csv");
    QTest::newRow("csv for a workbook")
        << QStringLiteral("/t/r.csv") << book << QStringLiteral("/t/r.xlsx");
    QTest::newRow("xlsx for a table")
        << QStringLiteral("/t/r.xlsx") << costs << QStringLiteral("/t/r.csv");
    QTest::newRow("other dots stay")
        << QStringLiteral("/t/v1.2") << costs << QStringLiteral("/t/v1.2.csv");
}

void TestResultsExportDialog::namesAndExtensions()
{
    QFETCH(QString, typed);
    QFETCH(int, choice);
    QFETCH(QString, path);
    QCOMPARE(ResultsExportDialog::withSuffix(typed, Choice(choice)), path);
    for (const Choice c : ResultsExportDialog::kChoices)
        QVERIFY(ResultsExportDialog::choiceForFilter(ResultsExportDialog::nameFilter(c)) == c);
}

void TestResultsExportDialog::suggestsCommunityAndScenario()
{
    const QString name = ResultsExportDialog::suggestedName(m_plan, scenario(), Choice::WedgesCsv);
    QCOMPARE(name, m_plan.community.name + QStringLiteral(" – ") + scenario().name +
                       QStringLiteral(" wedges.csv"));
    Plan odd = m_plan;
    odd.community.name = QStringLiteral("A/B: C?");
    ScenarioResult unnamed = scenario();
    unnamed.name.clear();
    QCOMPARE(ResultsExportDialog::suggestedName(odd, unnamed, Choice::Workbook),
             QStringLiteral("A-B- C-.xlsx"));
}

void TestResultsExportDialog::workbookByDefault()
{
    const QString typed = m_dir.filePath(QStringLiteral("results"));
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->selectedNameFilter(), QStringLiteral("Excel workbook (*.xlsx)"));
        QCOMPARE(dialog->nameFilters().size(), 4);
        QVERIFY2(dialog->selectedFiles().value(0).endsWith(QStringLiteral(".xlsx")),
                 qPrintable(dialog->selectedFiles().value(0)));
        typeFileName(dialog, typed);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    });
    QVERIFY(ResultsExportDialog::exportResults(nullptr, m_plan, m_result, scenario()));
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(typed + QStringLiteral(".xlsx"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetNames(), (QStringList{QStringLiteral("Pathway"), QStringLiteral("Wedges"),
                                                QStringLiteral("Costs")}));
}

void TestResultsExportDialog::csvTableChosenByFileType()
{
    const QString typed = m_dir.filePath(QStringLiteral("costs.xlsx")); // the type decides
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->selectNameFilter(ResultsExportDialog::nameFilter(Choice::CostsCsv));
        typeFileName(dialog, typed);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    });
    QVERIFY(ResultsExportDialog::exportResults(nullptr, m_plan, m_result, scenario()));
    QVERIFY(!QFileInfo::exists(typed));
    const QByteArray csv = fileBytes(m_dir.filePath(QStringLiteral("costs.csv")));
    const ExportTable costs = ResultTables::costs(scenario(), m_plan.community.currency);
    QCOMPARE(csv, ResultsCsv::write(costs, CsvWriter::Bom::With));
    QVERIFY(csv.contains("Capex total (EUR)"));
}

void TestResultsExportDialog::fileTypeChangesTheName()
{
    const QString base = m_plan.community.name + QStringLiteral(" – ") + scenario().name;
    QStringList names;
    QStringList filters;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(types && edit);
        names.append(edit->text());
        types->setFocus();                    // as a click on it does
        QTest::keyClick(types, Qt::Key_Down); // the pathway table: our name follows
        names.append(edit->text());
        filters.append(dialog->selectedNameFilter());
        edit->setText(QStringLiteral("mine.csv")); // a name of the user's own keeps its stem
        types->setFocus();
        QTest::keyClick(types, Qt::Key_Up);
        names.append(edit->text());
        filters.append(dialog->selectedNameFilter());
        dialog->reject();
    });
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    QVERIFY(!ResultsExportDialog::exportResults(nullptr, m_plan, m_result, scenario()));
    QCOMPARE(names,
             (QStringList{base + QStringLiteral(".xlsx"), base + QStringLiteral(" pathway.csv"),
                          QStringLiteral("mine.xlsx")}));
    QCOMPARE(filters, (QStringList{ResultsExportDialog::nameFilter(Choice::PathwayCsv),
                                   ResultsExportDialog::nameFilter(Choice::Workbook)}));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // cancelled: nothing written
}

void TestResultsExportDialog::readOnlyFileGetsAMessageAndStays()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.xlsx"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("last year's workbook");
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QString message;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        typeFileName(dialog, path);
        // The file dialog asks before replacing a file: yes; then our warning comes.
        whenModal([&](QWidget *question) {
            auto *box = qobject_cast<QMessageBox *>(question);
            QVERIFY(box);
            if (box->icon() == QMessageBox::Warning &&
                box->windowTitle() == QStringLiteral("Cannot export results")) {
                message = box->text();
                box->close();
                return;
            }
            whenModal([&](QWidget *warning) {
                if (auto *w = qobject_cast<QMessageBox *>(warning))
                    message = w->text();
                warning->close();
            });
            box->button(QMessageBox::Yes)->click();
        });
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    });
    QVERIFY(!ResultsExportDialog::exportResults(nullptr, m_plan, m_result, scenario()));
    QCOMPARE(message, path + QStringLiteral(": cannot be written: the file is read-only"));
    QCOMPARE(fileBytes(path), QByteArray("last year's workbook"));
}

QTEST_MAIN(TestResultsExportDialog)
#include "TestResultsExportDialog.moc"
