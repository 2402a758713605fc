// The factor library's file: the built-in library is the shipped resources/factors/factors.json
// read without a warning, docs/factors.md lists every factor, and FactorLibraryJson::fromJson
// reads a well-formed library and refuses broken ones with a reason.
#include "FactorLibraryFixtures.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "storage/FactorJson.h"
#include "storage/FactorLibraryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QByteArray readSourceFile(const char *relative)
{
    QFile file(sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A library with one well-formed factor; the rejection tests break one thing at a time.
QByteArray libraryWith(const QByteArray &factor)
{
    return QByteArrayLiteral(R"({"format":"zeroplan-factors","version":"test.1","factors":[)") +
           factor + QByteArrayLiteral("]}");
}

const QByteArray kGoodFactor = QByteArrayLiteral(
    R"({"id":"grid-test-2023","name":"Test grid","carrier":"electricity","value":0.5,)"
    R"("gas":"CO2","unit":"kg/kWh","gwp":"AR6","region":"CN-South","year":2023,)"
    R"("source":"test","confidence":"high"})");

} // namespace

class TestFactorLibraryFile : public QObject
{
    Q_OBJECT

private slots:
    void builtInIsTheShippedFile();
    void shippedFileHasNoWarnings();
    void docsListEveryFactor();
    void fromJsonReadsAWellFormedLibrary();
    void fromJsonRejectsBrokenLibraries_data();
    void fromJsonRejectsBrokenLibraries();
};

void TestFactorLibraryFile::builtInIsTheShippedFile()
{
    const QByteArray json = readSourceFile("resources/factors/factors.json");
    QVERIFY(!json.isEmpty());
    QString error;
    const auto fromFile = FactorLibraryJson::read(json, &error);
    QVERIFY2(fromFile.has_value(), qPrintable(error));
    QCOMPARE(fromFile->version(), FactorLibraryJson::builtIn().version());
    QCOMPARE(fromFile->factors().size(), FactorLibraryJson::builtIn().factors().size());
    for (qsizetype i = 0; i < fromFile->factors().size(); ++i) {
        const EmissionFactor &a = fromFile->factors()[i];
        const EmissionFactor &b = FactorLibraryJson::builtIn().factors()[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.source, b.source);
        QCOMPARE(a.tonnesCO2ePerUnit(GwpSet::AR6), b.tonnesCO2ePerUnit(GwpSet::AR6));
    }
}

void TestFactorLibraryFile::shippedFileHasNoWarnings()
{
    // fromJson() fails on errors only; a misspelt optional key ("confidance") or a missing
    // source is a warning it drops. The shipped file must have neither.
    const QJsonDocument document =
        QJsonDocument::fromJson(readSourceFile("resources/factors/factors.json"));
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("factors"), QStringLiteral("format"),
                                       QStringLiteral("regions"), QStringLiteral("version")}));
    const QJsonArray factors = root.value(QStringLiteral("factors")).toArray();
    QCOMPARE(factors.size(), FactorLibraryJson::builtIn().factors().size());
    for (qsizetype i = 0; i < factors.size(); ++i) {
        PlanProblems problems;
        // The Chinese name and source are the library's (FactorLibraryJson), not a plan's.
        QJsonObject planFactor = factors.at(i).toObject();
        QVERIFY(!planFactor.take(QStringLiteral("name_zh")).toString().isEmpty());
        QVERIFY(!planFactor.take(QStringLiteral("source_zh")).toString().isEmpty());
        const auto factor =
            FactorJson::read(planFactor, QStringLiteral("/factors/%1").arg(i), problems);
        QVERIFY(factor.has_value());
        QStringList messages;
        for (const PlanProblem &p : problems)
            messages << p.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(messages.join(QLatin1String("; "))));
        // Every field the brief asks for is given, not left to a default.
        const QJsonObject o = factors.at(i).toObject();
        for (const char *key :
             {"id", "name", "carrier", "unit", "gwp", "region", "year", "source", "confidence"})
            QVERIFY2(o.contains(QLatin1String(key)),
                     qPrintable(factor->id + QLatin1Char(' ') + QLatin1String(key)));
        QVERIFY2(o.contains(QLatin1String("gases")) != o.contains(QLatin1String("value")),
                 qPrintable(factor->id));
        QCOMPARE(o.contains(QLatin1String("gas")), o.contains(QLatin1String("value")));
    }
}

void TestFactorLibraryFile::docsListEveryFactor()
{
    // docs/factors.md shows every shipped factor with its source; a new factor needs a row.
    const QString docs = QString::fromUtf8(readSourceFile("docs/factors.md"));
    QVERIFY(!docs.isEmpty());
    for (const EmissionFactor &f : FactorLibraryJson::builtIn().factors()) {
        const QString cell = QLatin1Char('`') + f.id + QLatin1Char('`');
        QVERIFY2(docs.contains(cell),
                 qPrintable(f.id + QStringLiteral(" is not in docs/factors.md")));
    }
}

void TestFactorLibraryFile::fromJsonReadsAWellFormedLibrary()
{
    const QByteArray json = libraryWith(
        kGoodFactor + QByteArrayLiteral(",") +
        QByteArrayLiteral(
            R"({"id":"compost-test","name":"Compost","carrier":"food_waste",)"
            R"("gases":{"CH4_biogenic":4,"N2O":0.3},"unit":"kg/t","gwp":"AR6","region":"IPCC",)"
            R"("year":2006,"source":"IPCC 2006 V5 Ch4 T4.1","confidence":"high"})"));
    QString error;
    const auto library = FactorLibraryJson::read(json, &error);
    QVERIFY2(library.has_value(), qPrintable(error));
    QCOMPARE(library->version(), QStringLiteral("test.1"));
    QCOMPARE(library->factors().size(), 2);
    const EmissionFactor *grid = library->find(QStringLiteral("grid-test-2023"));
    QVERIFY(grid);
    QCOMPARE(grid->massUnit, QStringLiteral("kg"));
    QCOMPARE(grid->activityUnit, QStringLiteral("kWh"));
    QCOMPARE(grid->gwp, GwpSet::AR6);
    QCOMPARE(grid->confidence, Confidence::High);
    QCOMPARE(grid->year, 2023);
    QVERIFY(std::abs(grid->tonnesCO2ePerUnit(GwpSet::AR6) - 0.5e-3) < 1e-12);
    QCOMPARE(library->gridFactor(QStringLiteral("CN-South"), 2030), grid);
    const EmissionFactor *compost = library->find(QStringLiteral("compost-test"));
    QVERIFY(compost);
    QVERIFY(std::abs(compost->tonnesCO2ePerUnit(GwpSet::AR6) - 0.1899) < 1e-9);
}

void TestFactorLibraryFile::fromJsonRejectsBrokenLibraries_data()
{
    QTest::addColumn<QByteArray>("json");

    const auto withFactorChange = [](const char *from, const char *to) {
        QByteArray factor = kGoodFactor;
        factor.replace(from, to);
        Q_ASSERT(factor != kGoodFactor);
        return libraryWith(factor);
    };

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"format\": \"zeroplan-factors\",");
    QTest::newRow("top level is a list") << QByteArrayLiteral("[]");
    QTest::newRow("no format") << QByteArrayLiteral(R"({"version":"1","factors":[]})");
    QTest::newRow("a plan, not a library")
        << QByteArrayLiteral(R"({"format":"zeroplan-plan","version":"1","factors":[]})");
    QTest::newRow("no version") << QByteArrayLiteral(
        R"({"format":"zeroplan-factors","factors":[]})");
    QTest::newRow("no factors") << QByteArrayLiteral(
        R"({"format":"zeroplan-factors","version":"1"})");
    QTest::newRow("factors is not a list")
        << QByteArrayLiteral(R"({"format":"zeroplan-factors","version":"1","factors":{}})");
    QTest::newRow("factor is not an object") << libraryWith(QByteArrayLiteral("42"));
    QTest::newRow("duplicate id") << libraryWith(kGoodFactor + QByteArrayLiteral(",") +
                                                 kGoodFactor);
    QTest::newRow("factor without id") << withFactorChange(R"("id":"grid-test-2023",)", "");
    QTest::newRow("unknown carrier") << withFactorChange(R"("electricity")", R"("electrons")");
    QTest::newRow("unknown activity unit") << withFactorChange(R"("kg/kWh")", R"("kg/furlong")");
    QTest::newRow("unit without mass numerator") << withFactorChange(R"("kg/kWh")", R"("kWh")");
    QTest::newRow("numerator is not a mass") << withFactorChange(R"("kg/kWh")", R"("L/kWh")");
    QTest::newRow("unit does not fit carrier") << withFactorChange(R"("kg/kWh")", R"("kg/m³")");
    QTest::newRow("value is text") << withFactorChange(R"("value":0.5)", R"("value":"0.5")");
    QTest::newRow("neither value nor gases") << withFactorChange(R"("value":0.5,"gas":"CO2",)", "");
    QTest::newRow("both value and gases")
        << withFactorChange(R"("gas":"CO2",)", R"("gas":"CO2","gases":{"N2O":0.3},)");
    QTest::newRow("unknown gas") << withFactorChange(R"("gas":"CO2")", R"("gas":"SF6")");
    QTest::newRow("unknown GWP set") << withFactorChange(R"("AR6")", R"("AR4")");
    QTest::newRow("unknown confidence") << withFactorChange(R"("high")", R"("certain")");
}

void TestFactorLibraryFile::fromJsonRejectsBrokenLibraries()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto library = FactorLibraryJson::read(json, &error);
    QVERIFY2(!library.has_value(), json.constData());
    QVERIFY2(!error.trimmed().isEmpty(), json.constData());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error)); // one line
    qDebug("%s", qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFactorLibraryFile)
#include "TestFactorLibraryFile.moc"
