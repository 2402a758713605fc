// zeroplan-cli report end to end: the printed plan of every sample in both languages, read
// back with poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm), against what
// zeroplan-cli simulate says of the same plan; user text with markup in it; the error paths.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "InternalReferences.h"
#include "SampleRows.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cmath>

using namespace zeroplan::test;

namespace {

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString runTool(const QString &name, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(tool(name), arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString sample(const QString &name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + name;
}

// Text in the compatibility normal form (NFKC), every run of white space one space. pdftotext
// gives some CJK characters as the Kangxi radical that shares their glyph (⽰ for 示): Qt
// writes the lowest code point of a glyph into the PDF's text map. NFKC maps them back, so
// both sides of a comparison go through it.
QString normal(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString pdfText(const QString &pdf)
{
    return normal(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

int pageCount(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The share of pixels of a rendered page that are not white.
double inkOf(const QString &pdf, int page, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page),
             QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull())
        return -1;
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 235)
                ++ink;
        }
    }
    return double(ink) / (qint64(image.width()) * image.height());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySampleInBothLanguages_data();
    void everySampleInBothLanguages();
    void pricesKeepTheirDecimals();
    void chineseMoneyInWan();
    void markupInNamesIsLiteralText();
    void anotherScenario();
    void creditsApartAndTheTargetNamed();
    void errors();
    void peopleChapter();

private:
    QTemporaryDir m_dir;
    QTranslator m_chinese;
};

void TestCliReport::initTestCase()
{
    for (const char *name : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"}) {
        if (tool(QString::fromLatin1(name)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils (tools/setup)")
                                 .arg(QString::fromLatin1(name))));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/zeroplan_zh_CN")));
}

void TestCliReport::everySampleInBothLanguages_data()
{
    zeroplan::test::addSampleLanguageRows();
}

void TestCliReport::everySampleInBothLanguages()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const QString pdf = m_dir.filePath(file + QLatin1Char('.') + language + QStringLiteral(".pdf"));
    const CliRun report = runCli({QStringLiteral("report"), sample(file), QStringLiteral("-o"), pdf,
                                  QStringLiteral("--lang"), language, QStringLiteral("--date"),
                                  QStringLiteral("2026-12-04")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    QVERIFY2(report.err.isEmpty(), qPrintable(report.err)); // not even a Qt warning

    const CliRun simulate = runCli({QStringLiteral("simulate"), sample(file),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(simulate.exitCode, 0);
    const QJsonObject results = simulate.json();
    const QJsonObject first = results[QStringLiteral("scenarios")].toArray().first().toObject();
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    // No development path or label, and no factor by its id (issue 14).
    const QString internal = internalReference(text);
    QVERIFY2(internal.isEmpty(), qPrintable(internal));
    QVERIFY(!text.contains(QStringLiteral("grid-cn-")));

    // The baseline total, as the summary writes it: whole tonnes with grouped digits.
    const double baseline =
        results[QStringLiteral("bau")][QStringLiteral("gross")].toArray().first().toDouble();
    const QString baselineText = QLocale(language).toString(std::round(baseline), 'f', 0);
    QVERIFY2(text.contains(normal(baselineText)), qPrintable(baselineText));

    // The year neutrality holds from, or the horizon it is not reached by, in the key figures'
    // words; the CLI's neutral_from is the year the report names.
    const QJsonValue neutral = first[QStringLiteral("neutral_from")];
    const QJsonValue reached = first[QStringLiteral("neutrality_year")];
    QVERIFY(first.contains(QStringLiteral("neutral_from")));
    const bool chinese = language == QLatin1String("zh_CN");
    const auto translated = [&](const char *source) {
        const QString t =
            chinese ? m_chinese.translate("zeroplan::KeyFigureStrip", source) : QString();
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    };
    const int horizon = results[QStringLiteral("plan")][QStringLiteral("horizon_end")].toInt();
    QString verdict;
    if (!neutral.isNull() && !reached.isNull() && reached.toInt() < neutral.toInt())
        verdict =
            translated("from %1 (first reached %2)").arg(neutral.toInt()).arg(reached.toInt());
    else if (!neutral.isNull())
        verdict = translated("from %1").arg(neutral.toInt());
    else if (!reached.isNull())
        verdict = translated("reached in %1, not held to %2").arg(reached.toInt()).arg(horizon);
    else
        verdict = translated("not reached by %1").arg(horizon);
    QVERIFY2(text.contains(normal(verdict)), qPrintable(verdict));

    // Every measure the scenario applies, by the name the user gave it.
    for (const QJsonValue &m : first[QStringLiteral("measures")].toArray()) {
        const QString name = m[QStringLiteral("name")].toString();
        QVERIFY2(text.contains(normal(name)), qPrintable(name));
    }
    if (chinese) {
        QVERIFY(text.contains(
            normal(m_chinese.translate("zeroplan::ReportOptions", "Action timeline"))));
        QVERIFY(!text.contains(QStringLiteral("Action timeline")));
    } else {
        QVERIFY(text.contains(QStringLiteral("Action timeline")));
    }

    // Where there is Chinese text, the CJK font is embedded (as a subset); every font is.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    const bool han = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
    });
    QCOMPARE(han, chinese || file != QLatin1String("european-ecodistrict.json"));
    QCOMPARE(fonts.contains(QStringLiteral("NotoSansCJKsc")), han);
    for (const QString &line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line)); // the "emb" column
    }

    // A sane length: a cover, ten sections, a chart each for most; not hundreds of pages.
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 10 && pages <= 60, qPrintable(QString::number(pages)));
    // The cover and the pathway page are not blank.
    QVERIFY(inkOf(pdf, 1, m_dir.path()) > 0.05);
    QVERIFY(inkOf(pdf, 4, m_dir.path()) > 0.01);
}

// The sample's electricity costs 0.68 CNY/kWh (its prices): printed so, not rounded to 1.
void TestCliReport::pricesKeepTheirDecimals()
{
    const QString text = pdfText(m_dir.filePath(QStringLiteral("shenzhen-xinqiao.json.en.pdf")));
    QVERIFY2(text.contains(QStringLiteral("0.68 CNY per kWh")), qPrintable(text.right(3000)));
}

// A plan in CNY printed in Chinese writes its amounts in 元 and 万元 as a committee does, never
// "4,333,632 CNY": the Shenzhen sample's present cost, 3,205,426.57 CNY (zeroplan-cli
// simulate), ÷ 10,000 = 320.54 → "320.5 万元"; its electricity at 0.68 元/kWh. The English
// report keeps "3,205,427 CNY".
void TestCliReport::chineseMoneyInWan()
{
    const CliRun simulate =
        runCli({QStringLiteral("simulate"), sample(QStringLiteral("shenzhen-xinqiao.json")),
                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(simulate.exitCode, 0);
    const double cost = simulate.json()[QStringLiteral("scenarios")]
                            .toArray()
                            .first()[QStringLiteral("present_cost")]
                            .toDouble();
    QVERIFY2(qAbs(cost - 3205426.57) < 0.01, qPrintable(QString::number(cost, 'f', 2)));

    const QString chinese =
        pdfText(m_dir.filePath(QStringLiteral("shenzhen-xinqiao.json.zh_CN.pdf")));
    QVERIFY2(chinese.contains(normal(QStringLiteral("320.5 万元"))),
             qPrintable(chinese.left(2000)));
    QVERIFY(chinese.contains(normal(QStringLiteral("0.68 元/kWh"))));
    // No amount in CNY: no figure followed by the code (the assumptions may still name the
    // currency, "CNY", on its own).
    const QRegularExpression amountInCny(QStringLiteral("\\d\\s*CNY"));
    const QRegularExpressionMatch m = amountInCny.match(chinese);
    QVERIFY2(!m.hasMatch(),
             qPrintable(chinese.mid(std::max<qsizetype>(0, m.capturedStart() - 80), 160)));

    const QString english = pdfText(m_dir.filePath(QStringLiteral("shenzhen-xinqiao.json.en.pdf")));
    QVERIFY(english.contains(QStringLiteral("3,205,427 CNY")));
    QVERIFY(!english.contains(normal(QStringLiteral("万元"))));
}

void TestCliReport::markupInNamesIsLiteralText()
{
    QFile in(sample(QStringLiteral("shenzhen-xinqiao.json")));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(in.readAll()).object();
    const QString community = QStringLiteral("<b>Bold</b> & Co <script>alert(1)</script>");
    QJsonObject c = plan[QStringLiteral("community")].toObject();
    c[QStringLiteral("name")] = community;
    plan[QStringLiteral("community")] = c;
    QJsonArray measures = plan[QStringLiteral("measures")].toArray();
    QJsonObject m = measures.first().toObject();
    const QString measure = QStringLiteral("Solar &amp; <i>roofs</i>");
    m[QStringLiteral("name")] = measure;
    measures[0] = m;
    plan[QStringLiteral("measures")] = measures;
    const QString json = m_dir.filePath(QStringLiteral("markup.json"));
    QFile out(json);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(plan).toJson());
    out.close();
    const QString pdf = m_dir.filePath(QStringLiteral("markup.pdf"));
    const CliRun report = runCli({QStringLiteral("report"), json, QStringLiteral("-o"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(community), qPrintable(text.left(400)));
    // In the tables and in the charts' legends (which Qt Charts draws as rich text).
    QVERIFY(text.count(measure) >= 3);
    QVERIFY(!text.contains(QStringLiteral("Solar & roofs")));
}

void TestCliReport::anotherScenario()
{
    const QString pdf = m_dir.filePath(QStringLiteral("second.pdf"));
    const CliRun simulate =
        runCli({QStringLiteral("simulate"), sample(QStringLiteral("shenzhen-xinqiao.json")),
                QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray scenarios = simulate.json()[QStringLiteral("scenarios")].toArray();
    QVERIFY(scenarios.size() >= 2);
    const QString name = scenarios.at(1)[QStringLiteral("name")].toString();
    const CliRun report =
        runCli({QStringLiteral("report"), sample(QStringLiteral("shenzhen-xinqiao.json")),
                QStringLiteral("-o"), pdf, QStringLiteral("--scenario"), name});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    // The cover names the scenario the report is about.
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(normal(QStringLiteral("Scenario ") + name)), qPrintable(text.left(300)));
}

// The European sample's "Net zero 2040" buys credits (4,200 t) and is neutral from 2040,
// its target year: the report names the target, keeps the credits out of the abatement
// totals and says so, and never calls neutrality "reached in" a year.
void TestCliReport::creditsApartAndTheTargetNamed()
{
    const QString plan = sample(QStringLiteral("european-ecodistrict.json"));
    const QString scenario = QStringLiteral("Net zero 2040");
    const CliRun simulate = runCli({QStringLiteral("simulate"), plan, QStringLiteral("--scenario"),
                                    scenario, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(simulate.exitCode, 0);
    const QJsonObject s = simulate.json()[QStringLiteral("scenarios")].toArray().first().toObject();
    QVERIFY(s[QStringLiteral("credited_total")].toDouble() > 0);
    QCOMPARE(s[QStringLiteral("neutral_from")].toInt(), 2040);
    const QString pdf = m_dir.filePath(QStringLiteral("credits.pdf"));
    const CliRun report = runCli({QStringLiteral("report"), plan, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--scenario"), scenario});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    const QString text = pdfText(pdf);
    for (const QString &expected :
         {QStringLiteral("Neutral from 2040, meeting the 2040 target"),
          QStringLiteral("Neutrality (target 2040)"), QStringLiteral("from 2040 — met"),
          QStringLiteral("Cost per tonne abated"), QStringLiteral("Total, measures that abate"),
          QStringLiteral("Credits bought (not abatement)"),
          QStringLiteral("left out of every total of abatement"),
          QStringLiteral("Credits: Credits for the residual"),
          QStringLiteral("Abated, then credits bought"), QStringLiteral("per credit")})
        QVERIFY2(text.contains(normal(expected)), qPrintable(expected));
    QVERIFY(!text.contains(QStringLiteral("reached in 2040")));
}

void TestCliReport::errors()
{
    const QString plan = sample(QStringLiteral("shenzhen-xinqiao.json"));
    // An existing file stays as it was when the report can't be made.
    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const QByteArray before = sha256(existing);

    CliRun run = runCli({QStringLiteral("report"), plan, QStringLiteral("-o"), existing,
                         QStringLiteral("--scenario"), QStringLiteral("Nope")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no scenario named 'Nope'")), qPrintable(run.err));
    QCOMPARE(sha256(existing), before);

    run = runCli({QStringLiteral("report"), plan, QStringLiteral("-o"), existing,
                  QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--lang must be zh_CN or en, not 'fr'")));
    QCOMPARE(sha256(existing), before);

    run = runCli({QStringLiteral("report"), plan});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("-o FILE.pdf")));

    // A damaged plan: named, and nothing written.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile d(damaged);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write("{\"format\": \"zeroplan-plan\", \"community\": ");
    d.close();
    run = runCli({QStringLiteral("report"), damaged, QStringLiteral("-o"), existing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(damaged), qPrintable(run.err));
    QCOMPARE(sha256(existing), before);

    // A folder that doesn't exist: the message names the file; no file appears.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/plan.pdf"));
    run = runCli({QStringLiteral("report"), plan, QStringLiteral("-o"), nowhere});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(nowhere), qPrintable(run.err));
    QVERIFY(!QFile::exists(nowhere));
}

// The Shenzhen sample's groups, volunteers and calendar print as "How the community takes
// part" (docs/people.md) in both languages, and its activities show on the action timeline.
void TestCliReport::peopleChapter()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString pdf = m_dir.filePath(QStringLiteral("people.%1.pdf").arg(language));
        const CliRun report =
            runCli({QStringLiteral("report"), sample(QStringLiteral("shenzhen-xinqiao.json")),
                    QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language});
        QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("零碳市集（旧物交换）"), QStringLiteral("垃圾组"),
              QStringLiteral("碳中和成果展"), QStringLiteral("地球日清洁行动")})
            QVERIFY2(text.contains(normal(expected)), qPrintable(expected));
        if (language == QLatin1String("en")) {
            QVERIFY(text.contains(QStringLiteral("How the community takes part")));
            QVERIFY(text.contains(QStringLiteral("105 people, giving 2,400 hours a year")));
            QVERIFY(text.contains(QStringLiteral("Community activities")));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
