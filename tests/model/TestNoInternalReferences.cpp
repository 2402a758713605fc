// Issue 14: no internal reference reaches a user. What the app shows as sources and what it
// ships as data (the factor library, the prices, the sample plans) and every source and name of
// the measure catalogue, in both languages, must not name development paths or labels
// ("seeds/000", "种子文档 001", "reference/factors.md", "DESIGN.md"): a source is a citation a
// reader can follow. The user guide (resources/help) is scanned too. The text of the reports is
// scanned in TestBilingualText (views) and TestCliReport (app) with internalReference() below.
#include "InternalReferences.h"
#include "measures/CatalogueText.h"
#include "measures/MeasureCatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace zeroplan;

namespace {

// The string literals of a C++ source, without its comments and character literals: what
// the app can show or print (a tr() text, a tool tip, a CLI option's help, a message).
QStringList stringLiterals(const QString &code)
{
    QStringList literals;
    QString current;
    enum class State
    {
        Code,
        String,
        Char,
        LineComment,
        BlockComment
    } state = State::Code;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const QChar next = i + 1 < code.size() ? code.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/'))
                state = State::LineComment;
            else if (c == QLatin1Char('/') && next == QLatin1Char('*'))
                state = State::BlockComment;
            else if (c == QLatin1Char('"'))
                state = State::String;
            else if (c == QLatin1Char('\''))
                state = State::Char;
            break;
        case State::String:
            if (c == QLatin1Char('\\')) {
                current += c;
                current += next;
                ++i;
            } else if (c == QLatin1Char('"')) {
                literals << current;
                current.clear();
                state = State::Code;
            } else {
                current += c;
            }
            break;
        case State::Char:
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('\''))
                state = State::Code;
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n'))
                state = State::Code;
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                ++i;
                state = State::Code;
            }
            break;
        }
    }
    return literals;
}

} // namespace

class TestNoInternalReferences : public QObject
{
    Q_OBJECT

private slots:
    void theScanFindsWhatItLooksFor_data();
    void theScanFindsWhatItLooksFor();
    void shippedData_data();
    void shippedData();
    void catalogueText();
    void stringsInTheSources_data();
    void stringsInTheSources();
    void sourceScanSeesLiteralsNotComments();
};

// The scan itself: each of these is caught, ordinary citations are not.
void TestNoInternalReferences::theScanFindsWhatItLooksFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("internal");
    QTest::newRow("seed path") << QStringLiteral("see seeds/000 for the figures") << true;
    QTest::newRow("seed label") << QStringLiteral("种子文档 001：访谈") << true;
    QTest::newRow("reference note") << QStringLiteral("reference/factors.md, table 2") << true;
    QTest::newRow("design doc") << QStringLiteral("as DESIGN.md says") << true;
    QTest::newRow("docs path") << QStringLiteral("(docs/measures.md)") << true;
    QTest::newRow("work path") << QStringLiteral("/work/main/resources") << true;
    QTest::newRow("citation") << QStringLiteral(
                                     "IPCC 2006 Guidelines Vol. 5 Ch. 4 Table 4.1, composting")
                              << false;
    QTest::newRow("chinese citation")
        << QStringLiteral("生态环境部《2022年度减排项目中国区域电网基准线排放因子》") << false;
    QTest::newRow("random seed") << QStringLiteral("随机种子固定，seed 42") << false;
}

void TestNoInternalReferences::theScanFindsWhatItLooksFor()
{
    QFETCH(QString, text);
    QFETCH(bool, internal);
    QCOMPARE(!test::internalReference(text).isEmpty(), internal);
}

void TestNoInternalReferences::shippedData_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/");
    QTest::newRow("factors") << root + QStringLiteral("factors/factors.json");
    QTest::newRow("prices") << root + QStringLiteral("prices/prices.json");
    const QDir samples(root + QStringLiteral("samples"));
    const QStringList plans = samples.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(plans.size() >= 3);
    for (const QString &plan : plans)
        QTest::newRow(qPrintable(plan)) << samples.filePath(plan);
    // The user guide the app shows (Help → User Guide), in every language it ships.
    const QDir help(root + QStringLiteral("help"));
    const QStringList languages = help.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(languages.contains(QStringLiteral("en")) &&
            languages.contains(QStringLiteral("zh_CN")));
    for (const QString &language : languages) {
        const QDir folder(help.filePath(language));
        for (const QString &page : folder.entryList({QStringLiteral("*.html")}, QDir::Files))
            QTest::newRow(qPrintable(language + QLatin1Char('/') + page)) << folder.filePath(page);
    }
}

void TestNoInternalReferences::shippedData()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.size() > 100);
    const QString found = test::internalReference(text);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// Every kind's name, explanation, lifetime source and every default's label and source, in
// English and in Chinese.
void TestNoInternalReferences::catalogueText()
{
    const char *const context = "zeroplan::MeasureCatalogue";
    int checked = 0;
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        QList<const char *> texts{spec.name, spec.explanation, spec.lifetimeSource};
        for (const ParameterSpec &p : spec.parameters)
            texts << p.name << p.source;
        for (const QString &language : CatalogueText::languages()) {
            for (const char *source : texts) {
                const QString text = CatalogueText::translate(context, source, language);
                const QString found = test::internalReference(text);
                QVERIFY2(found.isEmpty(), qPrintable(found));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 200);
}

void TestNoInternalReferences::stringsInTheSources_data()
{
    QTest::addColumn<QString>("folder");
    for (const char *folder : {"model", "views", "app"})
        QTest::newRow(folder) << QStringLiteral(ZEROPLAN_SOURCE_DIR "/") + QLatin1String(folder);
}

// No string literal in the app's sources names a development file: the CLI's help, the
// import dialog's tool tips and the messages say what the user needs to know instead of
// pointing at docs/*.md (a user has the app, not the repository). Comments may cite docs.
void TestNoInternalReferences::stringsInTheSources()
{
    QFETCH(QString, folder);
    QStringList found;
    int files = 0;
    QDirIterator it(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        for (const QString &literal : stringLiterals(QString::fromUtf8(file.readAll()))) {
            const QString reference = test::internalReference(literal);
            if (!reference.isEmpty())
                found << QDir(folder).relativeFilePath(path) + QStringLiteral(": ") + reference;
        }
    }
    QVERIFY(files > 20);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// The scan reads a tool tip's text and a message split over two literals, and not a comment
// or a quote character.
void TestNoInternalReferences::sourceScanSeesLiteralsNotComments()
{
    const QString code =
        QStringLiteral("// the mapping (docs/import.md)\n"
                       "/* \"docs/engine.md\" */\n"
                       "load->setToolTip(tr(\"A mapping (see docs/import.md)\"));\n"
                       "const QChar quote = '\"'; error(tr(\"the file is empty \\\"x\\\" \" "
                       "\"(docs/plan-format.md)\"));\n");
    const QStringList literals = stringLiterals(code);
    QCOMPARE(literals.size(), 3);
    QCOMPARE(literals.at(0), QStringLiteral("A mapping (see docs/import.md)"));
    QCOMPARE(literals.at(2), QStringLiteral("(docs/plan-format.md)"));
    QVERIFY(!test::internalReference(literals.at(0)).isEmpty());
    QVERIFY(test::internalReference(literals.at(1)).isEmpty());
}

QTEST_GUILESS_MAIN(TestNoInternalReferences)
#include "TestNoInternalReferences.moc"
