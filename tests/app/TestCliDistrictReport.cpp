// zeroplan-cli report DISTRICT end to end (docs/district.md, "The district report"): the
// sample district (resources/samples/district/make-sample-district.sh, run into a temporary
// folder) printed in English and Chinese and read back with pdftotext; its league table
// against `zeroplan-cli district --format json` of the same file; its base-year net against
// the sum of `simulate` of each sample; a page per community; a missing plan warned about and
// printed; a plan refused with --kind district; --kind communities writing one PDF each.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using zeroplan::test::CliRun;
using zeroplan::test::runCli;

namespace {

QString runTool(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(name), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text in the compatibility normal form, every run of white space one space: pdftotext gives
// some CJK characters as the Kangxi radical of the same glyph (⽰ for 示), NFKC maps them back.
QString normal(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// The PDF's text, or one page's (1-based) when `page` > 0.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return normal(runTool(QStringLiteral("pdftotext"), arguments));
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A figure as the report prints it ("1,234.5", "-33.0%", "—") back to a number; NaN for "—".
double figure(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char('%'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : qQNaN();
}

// The three samples as the sample district links them, with the scenario it chose for each.
struct Sample
{
    const char *file;
    const char *scenario;
};
const Sample kSamples[] = {{"shenzhen-xinqiao.json", "全面"},
                           {"hangzhou-hemu.json", "深化行动（2050 碳中和）"},
                           {"european-ecodistrict.json", "Net zero 2040"}};

QString samplePath(const char *file)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file);
}

} // namespace

class TestCliDistrictReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void leagueTableEqualsTheRollup_data();
    void leagueTableEqualsTheRollup();
    void baseYearNetIsTheSumOfTheSamples();
    void onePagePerCommunity();
    void missingPlanIsWarnedAndPrinted();
    void planWithKindDistrictIsRefused();
    void districtRecognisedByItsContent();
    void communitiesWritesOnePdfEach();

private:
    QString makeSampleDistrict() const;
    CliRun report(const QString &district, const QString &pdf, const QStringList &more = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDistrictReport::initTestCase()
{
    for (const char *name : {"pdftotext", "pdfinfo"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils (tools/setup)")
                                 .arg(QString::fromLatin1(name))));
    }
}

void TestCliDistrictReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliDistrictReport::makeSampleDistrict() const
{
    QProcess script;
    script.start(
        QStringLiteral("sh"),
        {QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/district/make-sample-district.sh"),
         QStringLiteral(ZEROPLAN_CLI), m_dir->path()});
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        qWarning("%s", script.readAllStandardError().constData());
        return {};
    }
    return m_dir->filePath(QStringLiteral("samples.zeroplan-district"));
}

CliRun TestCliDistrictReport::report(const QString &district, const QString &pdf,
                                     const QStringList &more) const
{
    return runCli(QStringList{QStringLiteral("report"), district, QStringLiteral("-o"), pdf} +
                  more);
}

void TestCliDistrictReport::leagueTableEqualsTheRollup_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// Every league-table figure printed equals the roll-up's own (district --format json), to the
// places printed: per resident to 0.005 t, shares to 0.05 percentage points, the cost per
// tonne to 0.5, the years exactly.
void TestCliDistrictReport::leagueTableEqualsTheRollup()
{
    QFETCH(QString, language);
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    const QString pdf = m_dir->filePath(QStringLiteral("district.pdf"));
    const CliRun printed = report(
        district, pdf,
        {QStringLiteral("--kind"), QStringLiteral("district"), QStringLiteral("--lang"), language});
    VERIFY_NO_CRASH(printed);
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.describe()));
    QCOMPARE(printed.err, QString()); // every link is as linked: no warning
    const QString text = pdfText(pdf);
    const CliRun rolled = runCli(
        {QStringLiteral("district"), district, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(rolled.exitCode == 0, qPrintable(rolled.describe()));
    const QJsonArray league = rolled.json().value(QStringLiteral("league_table")).toArray();
    QCOMPARE(league.size(), 3);

    // The figure columns of each row, in the district's order: per resident, change since
    // base, planned reduction and its target year, neutral from, cost per tonne and its unit.
    // The row's words between the figures ("by", the currency) are matched loosely, so that
    // a translation of them does not change what is checked.
    static const QRegularExpression rowFigures(
        QStringLiteral("(-?[\\d,.]+|—) (-?[\\d,.]+%|—) "
                       "(-?[\\d,.]+%)\\D{0,12}(\\d{4})\\D{0,6}(\\d{4}) (-?[\\d,.]+) "
                       "(\\S+)"));
    QList<QRegularExpressionMatch> matches;
    for (QRegularExpressionMatchIterator it = rowFigures.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    QVERIFY2(matches.size() >= 3, qPrintable(text));
    for (qsizetype i = 0; i < league.size(); ++i) {
        const QJsonObject row = league.at(i).toObject();
        const QRegularExpressionMatch &m = matches.at(i);
        QVERIFY2(text.contains(normal(row.value(QStringLiteral("community")).toString())),
                 qPrintable(row.value(QStringLiteral("community")).toString()));
        QVERIFY(qAbs(figure(m.captured(1)) -
                     row.value(QStringLiteral("gross_per_resident_t")).toDouble()) <= 0.005 + 1e-9);
        const QJsonValue change = row.value(QStringLiteral("change_since_base"));
        if (change.isDouble())
            QVERIFY(qAbs(figure(m.captured(2)) - 100 * change.toDouble()) <= 0.05 + 1e-9);
        else
            QCOMPARE(m.captured(2), QStringLiteral("—"));
        QVERIFY(qAbs(figure(m.captured(3)) -
                     100 * row.value(QStringLiteral("planned_reduction")).toDouble()) <=
                0.05 + 1e-9);
        QCOMPARE(m.captured(4).toInt(), row.value(QStringLiteral("target_year")).toInt());
        QCOMPARE(m.captured(5).toInt(), row.value(QStringLiteral("neutrality_year")).toInt());
        QVERIFY(qAbs(figure(m.captured(6)) -
                     row.value(QStringLiteral("cost_per_tonne")).toDouble()) <= 0.5 + 1e-9);
        const QString currency = row.value(QStringLiteral("currency")).toString();
        QCOMPARE(m.captured(7),
                 language == QLatin1String("zh_CN") && currency == QLatin1String("CNY")
                     ? QStringLiteral("元")
                     : currency);
    }
    // The samples' figures by hand, from `district --format json`: Xinqiao's latest inventory
    // (2025) is 33 % below its base year, the other two have none.
    QVERIFY(league.at(0).toObject().value(QStringLiteral("change_since_base")).isDouble());
    QVERIFY(league.at(1).toObject().value(QStringLiteral("change_since_base")).isNull());
    QCOMPARE(matches.at(1).captured(2), QStringLiteral("—"));
    // Chinese prints the community types in Chinese.
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(text.contains(QStringLiteral("既有社区")));
        QVERIFY(text.contains(QStringLiteral("新建社区")));
    }
}

// The district's net in its base year (2023, the first figure of the summary) is the sum of
// the three samples' own net in 2023 for the scenario chosen, each from `simulate`.
void TestCliDistrictReport::baseYearNetIsTheSumOfTheSamples()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    double sum = 0;
    for (const Sample &sample : kSamples) {
        const CliRun one = runCli({QStringLiteral("simulate"), samplePath(sample.file),
                                   QStringLiteral("--scenario"), QString::fromUtf8(sample.scenario),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        const QJsonObject scenario =
            one.json().value(QStringLiteral("scenarios")).toArray().at(0).toObject();
        QCOMPARE(one.json().value(QStringLiteral("years")).toArray().at(0).toInt(), 2023);
        sum += scenario.value(QStringLiteral("net")).toArray().at(0).toDouble();
    }
    QVERIFY(sum > 1000); // three communities of some thousand residents: thousands of tonnes
    const QString pdf = m_dir->filePath(QStringLiteral("district.pdf"));
    const CliRun printed =
        report(district, pdf, {QStringLiteral("--kind"), QStringLiteral("district")});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.describe()));
    const QString text = pdfText(pdf);
    const qsizetype caption = text.indexOf(QStringLiteral("Net emissions in 2023 (base year)"));
    QVERIFY2(caption >= 0, qPrintable(text));
    const QRegularExpressionMatch value =
        QRegularExpression(QStringLiteral("(-?[\\d,.]+) tCO2e/yr")).match(text, caption);
    QVERIFY(value.hasMatch());
    // Printed to the whole tonne (three significant figures, none after the point past 100).
    QVERIFY2(qAbs(figure(value.captured(1)) - sum) <= 0.5 + 1e-9,
             qPrintable(QStringLiteral("%1 printed, %2 summed").arg(value.captured(1)).arg(sum)));
    // The emissions table's base-year row: net again.
    QVERIFY(text.contains(QStringLiteral("2023 %1").arg(
        QLocale(QLocale::English).toString(std::round(sum), 'f', 0))));
}

// One page per community, each with its name and the scenario the district chose, and those
// pages are not the summary's.
void TestCliDistrictReport::onePagePerCommunity()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    const QString pdf = m_dir->filePath(QStringLiteral("district.pdf"));
    QCOMPARE(report(district, pdf, {QStringLiteral("--lang"), QStringLiteral("zh_CN")}).exitCode,
             0);
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 3 + 3); // cover, summary, pathway and league at least, then three
    const QStringList names{QStringLiteral("新桥世居近零碳社区（示例）"),
                            QStringLiteral("和睦社区（示例）"),
                            QStringLiteral("Harbourside eco-district (sample)")};
    for (int s = 0; s < 3; ++s) {
        const QString scenarioLine =
            normal(QStringLiteral("· 情景“%1”").arg(QString::fromUtf8(kSamples[s].scenario)));
        QList<int> found;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            if (text.contains(scenarioLine))
                found.append(page);
        }
        QCOMPARE(found.size(), 1);
        const QString page = pdfText(pdf, found.first());
        // The page begins with the community's name (after the running header: the district's
        // name and "District summary"), then its type and scenario.
        const qsizetype name = page.indexOf(normal(names[s]));
        QVERIFY2(name >= 0 && name <= 40 && name < page.indexOf(scenarioLine), qPrintable(page));
        QVERIFY(found.first() > 3);
    }
}

// A linked plan gone: a warning naming it on stderr, exit 0, and the report says so and
// prints the plan that is there.
void TestCliDistrictReport::missingPlanIsWarnedAndPrinted()
{
    const QString district = m_dir->filePath(QStringLiteral("two.zeroplan-district"));
    QStringList plans;
    for (const char *file : {"hangzhou-hemu.json", "european-ecodistrict.json"}) {
        plans.append(m_dir->filePath(QLatin1String(file)));
        QVERIFY(QFile::copy(samplePath(file), plans.last()));
    }
    const CliRun linked = runCli({QStringLiteral("district"), district, QStringLiteral("--link"),
                                  plans[0], QStringLiteral("--link"), plans[1]});
    QVERIFY2(linked.exitCode == 0, qPrintable(linked.describe()));
    QVERIFY(QFile::remove(plans[1]));
    const QString pdf = m_dir->filePath(QStringLiteral("two.pdf"));
    const CliRun printed = report(district, pdf);
    VERIFY_NO_CRASH(printed);
    QCOMPARE(printed.exitCode, 0);
    const QString missing = plans[1] + QStringLiteral(": the file does not exist");
    QCOMPARE(printed.errLines(), QStringList{missing});
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Plans not read: 1 of 2.")));
    // The long temporary path is wrapped where the line ends, and pdftotext joins a line that
    // ends in a hyphen without it ("european-" + "ecodistrict"): compared without white space
    // and hyphens.
    const auto squeezed = [](QString t) {
        return t.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    };
    QVERIFY2(squeezed(text).contains(squeezed(missing)), qPrintable(text));
    QVERIFY(text.contains(normal(QStringLiteral("和睦社区（示例）"))));
    QVERIFY(!text.contains(QStringLiteral("Harbourside")));
}

// A plan is no district: refused with one line naming it, and no PDF.
void TestCliDistrictReport::planWithKindDistrictIsRefused()
{
    const QString plan = samplePath("hangzhou-hemu.json");
    for (const QString &kind : {QStringLiteral("district"), QStringLiteral("communities")}) {
        const QString pdf = m_dir->filePath(kind + QStringLiteral(".pdf"));
        const CliRun run = report(plan, pdf, {QStringLiteral("--kind"), kind});
        VERIFY_NO_CRASH(run);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{plan +
                             QStringLiteral(": this is a community plan, not a district "
                                            "file; print it without --kind ") +
                             kind});
        QVERIFY(!QFile::exists(pdf));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
}

// Without --kind a district file is printed as a district, whatever its name; the monitoring
// report of a district and --scenario with a district are refused.
void TestCliDistrictReport::districtRecognisedByItsContent()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    const QString renamed = m_dir->filePath(QStringLiteral("looks-like-a.zeroplan"));
    QVERIFY(QFile::copy(district, renamed));
    const QString pdf = m_dir->filePath(QStringLiteral("district.pdf"));
    const CliRun printed =
        report(renamed, pdf, {QStringLiteral("--date"), QStringLiteral("2026-03-01")});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.describe()));
    const QString text = pdfText(pdf, 1);
    QVERIFY2(text.startsWith(QStringLiteral("District summary Sample district")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 March 2026")));
    const CliRun monitoring = report(district, m_dir->filePath(QStringLiteral("m.pdf")),
                                     {QStringLiteral("--kind"), QStringLiteral("monitoring")});
    QCOMPARE(monitoring.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("m.pdf"))));
    // A district prints each community's own scenario: --scenario is a usage error.
    const CliRun scenario = report(district, m_dir->filePath(QStringLiteral("s.pdf")),
                                   {QStringLiteral("--scenario"), QStringLiteral("全面")});
    QCOMPARE(scenario.exitCode, 2);
    QVERIFY(scenario.err.contains(QStringLiteral("--scenario goes with a plan")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("s.pdf"))));
}

// --kind communities: the folder is made, one PDF per community named after its plan file,
// one line each on stdout, nothing else in the folder.
void TestCliDistrictReport::communitiesWritesOnePdfEach()
{
    const QString district = makeSampleDistrict();
    QVERIFY(!district.isEmpty());
    const QString folder = m_dir->filePath(QStringLiteral("pdfs/all"));
    const CliRun run = runCli({QStringLiteral("report"), district, QStringLiteral("--kind"),
                               QStringLiteral("communities"), QStringLiteral("-o"), folder});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QStringList expected;
    for (const Sample &sample : kSamples)
        expected.append(
            QDir(folder).filePath(QString::fromLatin1(sample.file)
                                      .replace(QStringLiteral(".json"), QStringLiteral(".pdf"))));
    QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    QStringList names;
    for (const QString &path : expected)
        names.append(QFileInfo(path).fileName());
    names.sort();
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), names);
    // Each is the community's printed plan, for the scenario the district chose.
    for (int s = 0; s < 3; ++s) {
        QVERIFY(pageCount(expected[s]) > 3);
        QVERIFY2(pdfText(expected[s], 1).contains(normal(QString::fromUtf8(kSamples[s].scenario))),
                 qPrintable(expected[s]));
    }
}

QTEST_GUILESS_MAIN(TestCliDistrictReport)
#include "TestCliDistrictReport.moc"
