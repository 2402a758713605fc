// Issue 14: catalogue text and the factor library follow the reader's language unless the
// user changed the text. A measure added in one language is named and sourced in the other
// from the catalogue; a name or source the user typed stays as typed; library factors and
// grid regions have both languages; subsector ids from a file are named in the language.
#include "inventory/EmissionFactor.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Sector.h"
#include "measures/CatalogueText.h"
#include "measures/Measure.h"
#include "measures/MeasureCatalogue.h"
#include "plan/PriceLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/FactorText.h"
#include "storage/PlanJson.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace zeroplan;

namespace {

const char *const kContext = "zeroplan::MeasureCatalogue";
const QString kZh = QStringLiteral("zh_CN");
const QString kEn = QStringLiteral("en");

} // namespace

class TestCatalogueText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueNameFollowsTheLanguage();
    void numberedCatalogueNameFollowsTheLanguage();
    void userNameStaysAsTyped();
    void catalogueSourceFollowsTheLanguage();
    void prefixedCatalogueSourceFollowsTheLanguage_data();
    void prefixedCatalogueSourceFollowsTheLanguage();
    void europeanSampleSourcesFollowTheLanguage();
    void everyKindHasChineseText();
    void chineseUnitsKeepTheWordsTheFormReplaces();
    void libraryFactorsInBothLanguages();
    void copiedFactorFollowsTheLanguageTypedOneDoesNot();
    void gridRegionsWithProvinces();
    void everyProvinceHasOneGrid();
    void subsectorIdsAreNamed();
    void priceSourcesInBothLanguages();
    void libraryFileWithChineseTextAndRegions();

private:
    QTranslator m_chinese;
};

void TestCatalogueText::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/zeroplan_zh_CN")));
}

// A measure added while the app spoke English stores "Rooftop solar PV"; a Chinese reader sees
// the catalogue's Chinese name (translations/zeroplan_zh_CN.ts: 屋顶光伏), and the other way.
void TestCatalogueText::catalogueNameFollowsTheLanguage()
{
    const Measure english =
        MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025);
    QCOMPARE(english.name, QStringLiteral("Rooftop solar PV")); // no translator installed
    QCOMPARE(MeasureCatalogue::displayName(english, kZh), QStringLiteral("屋顶光伏"));
    QCOMPARE(MeasureCatalogue::displayName(english, kEn), QStringLiteral("Rooftop solar PV"));

    QCoreApplication::installTranslator(&m_chinese);
    const Measure chinese =
        MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025);
    QCoreApplication::removeTranslator(&m_chinese);
    QCOMPARE(chinese.name, QStringLiteral("屋顶光伏"));
    QCOMPARE(MeasureCatalogue::displayName(chinese, kEn), QStringLiteral("Rooftop solar PV"));
    QCOMPARE(MeasureCatalogue::displayName(chinese, kZh), QStringLiteral("屋顶光伏"));
}

// The second measure of a kind is "Rooftop solar PV 2" (UniqueName): still the catalogue's.
void TestCatalogueText::numberedCatalogueNameFollowsTheLanguage()
{
    Measure m =
        MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv-2"), 2025);
    m.name = QStringLiteral("Rooftop solar PV 2");
    QCOMPARE(MeasureCatalogue::displayName(m, kZh), QStringLiteral("屋顶光伏 2"));
    m.name = QStringLiteral("屋顶光伏 3");
    QCOMPARE(MeasureCatalogue::displayName(m, kEn), QStringLiteral("Rooftop solar PV 3"));
    // A number that is part of the user's words is not a UniqueName number.
    m.name = QStringLiteral("Rooftop solar PV phase 2");
    QCOMPARE(MeasureCatalogue::displayName(m, kZh), m.name);
}

void TestCatalogueText::userNameStaysAsTyped()
{
    Measure m =
        MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025);
    m.name = QStringLiteral("Solar on the school roof");
    QCOMPARE(MeasureCatalogue::displayName(m, kZh), m.name);
    QCOMPARE(MeasureCatalogue::displayName(m, kEn), m.name);
    m.name = QStringLiteral("学校屋顶光伏");
    QCOMPARE(MeasureCatalogue::displayName(m, kEn), m.name);
    // A name that differs by a letter is the user's too.
    m.name = QStringLiteral("Rooftop solar pv");
    QCOMPARE(MeasureCatalogue::displayName(m, kZh), m.name);
    m.name.clear();
    QCOMPARE(MeasureCatalogue::displayName(m, kZh), QStringLiteral("pv"));
}

// The degradation default cites Jordan & Kurtz 2013 (MeasureCatalogue.cpp); its Chinese text is
// the translation's. A source the user typed stays; an empty one is the catalogue's.
void TestCatalogueText::catalogueSourceFollowsTheLanguage()
{
    Measure m =
        MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025);
    const QString key = QStringLiteral("degradation");
    const QString english = m.parameters.value(key).source;
    QVERIFY(english.startsWith(QStringLiteral("Jordan & Kurtz 2013")));
    const QString chinese = m_chinese.translate(
        kContext, MeasureCatalogue::spec(MeasureKind::RooftopSolar).parameter(key)->source);
    QVERIFY(!chinese.isEmpty());
    QVERIFY(chinese != english);
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kZh), chinese);
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kEn), english);

    m.parameters[key].source = chinese;
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kEn), english);
    m.parameters[key].source.clear();
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kZh), chinese);
    m.parameters[key].source = QStringLiteral("Supplier's datasheet, 2024");
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kZh), m.parameters[key].source);
}

void TestCatalogueText::prefixedCatalogueSourceFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("sourceLanguage");
    for (const char *prefix :
         {"Catalogue default: ", "catalogue default:", "目录默认：", "目录默认值："}) {
        for (const QString &language : {kEn, kZh})
            QTest::addRow("%s %s", prefix, qPrintable(language))
                << QString::fromUtf8(prefix) << language;
    }
}

// A default's source stored as "Catalogue default: Jordan & Kurtz 2013, …" (how the European
// sample holds its sources), with the English or the Chinese prefix and the catalogue's source
// in either language, is the catalogue's: in English it reads "Catalogue default: " and the
// English source; in Chinese the prefix is the translation's and the source the Chinese one,
// with no English catalogue text left. A prefix before the user's own words stays as typed.
void TestCatalogueText::prefixedCatalogueSourceFollowsTheLanguage()
{
    QFETCH(QString, prefix);
    QFETCH(QString, sourceLanguage);
    Measure m =
        MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2025);
    const QString key = QStringLiteral("degradation");
    const char *catalogue =
        MeasureCatalogue::spec(MeasureKind::RooftopSolar).parameter(key)->source;
    const QString english = QString::fromUtf8(catalogue);
    const QString chinese = m_chinese.translate(kContext, catalogue);
    QVERIFY(!chinese.isEmpty() && chinese != english);
    m.parameters[key].source = prefix + (sourceLanguage == kZh ? chinese : english);

    QCOMPARE(MeasureCatalogue::displaySource(m, key, kEn),
             QStringLiteral("Catalogue default: ") + english);
    const QString shownInChinese = MeasureCatalogue::displaySource(m, key, kZh);
    QCOMPARE(shownInChinese,
             CatalogueText::translate(kContext, "Catalogue default: %1", kZh).arg(chinese));
    QVERIFY2(!shownInChinese.contains(english), qPrintable(shownInChinese));

    m.parameters[key].source = prefix + QStringLiteral("our installer's figure");
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kZh), m.parameters[key].source);
    QCOMPARE(MeasureCatalogue::displaySource(m, key, kEn), m.parameters[key].source);
}

// The European sample stores eight of its sources as "Catalogue default: …": every one is the
// catalogue's source of its parameter, so none prints in English in the Chinese report (the
// Chinese text never contains the English source after the prefix).
void TestCatalogueText::europeanSampleSourcesFollowTheLanguage()
{
    PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/european-ecodistrict.json"));
    QVERIFY(read.plan);
    int prefixed = 0;
    for (const Measure &m : read.plan->measures) {
        for (auto it = m.parameters.cbegin(); it != m.parameters.cend(); ++it) {
            const QString stored = it->source;
            if (!stored.startsWith(QStringLiteral("Catalogue default: ")))
                continue;
            ++prefixed;
            const QString english = stored.mid(QStringLiteral("Catalogue default: ").size());
            QCOMPARE(MeasureCatalogue::displaySource(m, it.key(), kEn), stored);
            const QString chinese = MeasureCatalogue::displaySource(m, it.key(), kZh);
            QVERIFY2(!chinese.contains(english), qPrintable(m.id + QLatin1Char(' ') + it.key()));
        }
    }
    QCOMPARE(prefixed,
             8); // grep -c '"Catalogue default: ' resources/samples/european-ecodistrict.json
}

// Every name and every default's source of the catalogue has a Chinese text that differs
// from the English (so a Chinese report never prints the English catalogue text).
void TestCatalogueText::everyKindHasChineseText()
{
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        const QString name = CatalogueText::translate(kContext, spec.name, kZh);
        QVERIFY2(name != QString::fromUtf8(spec.name), spec.name);
        for (const ParameterSpec &p : spec.parameters) {
            const QString source = CatalogueText::translate(kContext, p.source, kZh);
            QVERIFY2(source != QString::fromUtf8(p.source), p.source);
        }
    }
}

// The measure form replaces "currency", "share" and "CO2" in a unit as shown (the plan's
// currency, "%", "CO₂"), so a Chinese unit must keep those words: "currency/yr" once read
// 货币/年 and the plan's 元 never showed.
void TestCatalogueText::chineseUnitsKeepTheWordsTheFormReplaces()
{
    QVERIFY(QCoreApplication::installTranslator(&m_chinese));
    const auto restore = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_chinese); });
    int translated = 0;
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        for (const ParameterSpec &p : spec.parameters) {
            const QString unit = QString::fromUtf8(p.unit);
            const QString shown = p.displayUnit();
            translated += shown != unit;
            for (const QLatin1String word :
                 {QLatin1String("currency"), QLatin1String("share"), QLatin1String("CO2")}) {
                if (unit.contains(word))
                    QVERIFY2(shown.contains(word),
                             qPrintable(unit + QStringLiteral(" → ") + shown));
            }
        }
    }
    QVERIFY(translated > 0); // the Chinese units are in use (分/人·年, 年, …)
}

// The shipped library: every factor has a Chinese name and source; the East China factor of
// 2023 reads 生态环境部 … in Chinese and MEE … in English.
void TestCatalogueText::libraryFactorsInBothLanguages()
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    QCOMPARE(library.factors().size(), 40);
    for (const EmissionFactor &f : library.factors()) {
        QVERIFY2(!f.nameZh.isEmpty() && f.nameZh != f.name, qPrintable(f.id));
        QVERIFY2(!f.sourceZh.isEmpty() && f.sourceZh != f.source, qPrintable(f.id));
        QVERIFY2(FactorText::name(f, kZh) == f.nameZh, qPrintable(f.id));
        QVERIFY2(FactorText::source(f, kEn) == f.source, qPrintable(f.id));
    }
    const EmissionFactor *east = library.find(QStringLiteral("grid-cn-east-2023"));
    QVERIFY(east);
    QCOMPARE(FactorText::name(*east, kEn),
             QStringLiteral("East China grid (e.g. Hangzhou) average 2023"));
    QCOMPARE(FactorText::name(*east, kZh),
             QStringLiteral("华东区域电网（如杭州）平均排放因子 2023"));
    QVERIFY(FactorText::source(*east, kZh).startsWith(QStringLiteral("生态环境部")));
    QVERIFY(FactorText::source(*east, kEn).startsWith(QStringLiteral("MEE")));
}

// A plan's own copy of a library factor (an override with the library's text) reads in the
// reader's language; a name or source the user typed is the user's.
void TestCatalogueText::copiedFactorFollowsTheLanguageTypedOneDoesNot()
{
    EmissionFactor copy = *FactorLibraryJson::builtIn().find(QStringLiteral("grid-cn-south-2023"));
    copy.nameZh.clear(); // as a plan file keeps it
    copy.sourceZh.clear();
    QCOMPARE(FactorText::name(copy, kZh),
             QStringLiteral("南方区域电网（如深圳）平均排放因子 2023"));
    QVERIFY(FactorText::source(copy, kZh).startsWith(QStringLiteral("生态环境部")));
    copy.name = QStringLiteral("深圳供电局 2024 年数据");
    copy.source = QStringLiteral("Shenzhen Power Supply Bureau, letter of 3 May 2024");
    QCOMPARE(FactorText::name(copy, kEn), copy.name);
    QCOMPARE(FactorText::source(copy, kZh), copy.source);
}

// Regions as a committee knows them, with their provinces (MEE's regional grids).
void TestCatalogueText::gridRegionsWithProvinces()
{
    QCOMPARE(FactorText::regionWithProvinces(QStringLiteral("CN-East"), kZh),
             QStringLiteral("华东电网（上海、江苏、浙江、安徽、福建）"));
    QCOMPARE(FactorText::regionWithProvinces(QStringLiteral("CN-East"), kEn),
             QStringLiteral("East China grid (Shanghai, Jiangsu, Zhejiang, Anhui, Fujian)"));
    QCOMPARE(FactorText::regionName(QStringLiteral("CN-South"), kZh), QStringLiteral("南方电网"));
    QCOMPARE(FactorText::regionName(QStringLiteral("UK"), kEn), QStringLiteral("United Kingdom"));
    // A region the library does not name: the plan's own text.
    QCOMPARE(FactorText::regionName(QStringLiteral("Mars-1"), kEn), QStringLiteral("Mars-1"));
    // Every grid region of the library is named in both languages, never by its id.
    for (const QString &region : FactorLibraryJson::builtIn().gridRegions()) {
        for (const QString &language : {kEn, kZh}) {
            const QString text = FactorText::regionWithProvinces(region, language);
            QVERIFY2(!text.contains(region), qPrintable(text));
        }
    }
}

// The 31 provincial-level divisions of mainland China, each served by one grid.
void TestCatalogueText::everyProvinceHasOneGrid()
{
    const QList<FactorText::Province> chinese = FactorText::provinces(kZh);
    QCOMPARE(chinese.size(), 31);
    QSet<QString> names;
    for (const FactorText::Province &p : chinese) {
        QVERIFY2(!names.contains(p.name), qPrintable(p.name));
        names.insert(p.name);
        QVERIFY(FactorLibraryJson::builtIn().gridRegions().contains(p.region));
    }
    const auto regionOf = [](const QList<FactorText::Province> &list, const QString &name) {
        for (const FactorText::Province &p : list) {
            if (p.name == name)
                return p.region;
        }
        return QString();
    };
    QCOMPARE(regionOf(chinese, QStringLiteral("广东")), QStringLiteral("CN-South"));
    QCOMPARE(regionOf(chinese, QStringLiteral("四川")), QStringLiteral("CN-Southwest"));
    QCOMPARE(regionOf(FactorText::provinces(kEn), QStringLiteral("Zhejiang")),
             QStringLiteral("CN-East"));
}

// "residential" from a meter file, in any case, is named in the language; other words stay.
void TestCatalogueText::subsectorIdsAreNamed()
{
    QCOMPARE(subsectorName(QStringLiteral("residential")), QStringLiteral("Residential"));
    QCoreApplication::installTranslator(&m_chinese);
    const QString lower = subsectorName(QStringLiteral("residential"));
    const QString upper = subsectorName(QStringLiteral(" Residential "));
    const QString own = subsectorName(QStringLiteral("street lighting"));
    QCoreApplication::removeTranslator(&m_chinese);
    QCOMPARE(lower, QStringLiteral("居民"));
    QCOMPARE(upper, QStringLiteral("居民"));
    QCOMPARE(own, QStringLiteral("street lighting"));
}

// A plan's price keeps the source it was made with; the shipped one reads in the reader's
// language, and the plan's prices stay the region's defaults in either language (so choosing
// another grid region still replaces them after the app changed language).
void TestCatalogueText::priceSourcesInBothLanguages()
{
    const PriceLibrary &library = PriceLibrary::builtIn();
    const PriceDefault *guangdong = nullptr;
    for (const PriceDefault &p : library.prices()) {
        QVERIFY2(!p.sourceZh.isEmpty(), qPrintable(p.id));
        if (p.id == QLatin1String("electricity-cn-guangdong-residential"))
            guangdong = &p;
    }
    QVERIFY(guangdong);
    const Price english{guangdong->carrier, guangdong->unit, guangdong->price, guangdong->source};
    const Price chinese{guangdong->carrier, guangdong->unit, guangdong->price, guangdong->sourceZh};
    QCOMPARE(library.displaySource(english, kZh), guangdong->sourceZh);
    QCOMPARE(library.displaySource(chinese, kEn), guangdong->source);
    const Price typed{guangdong->carrier, guangdong->unit, 0.7, QStringLiteral("Our bill, 2024")};
    QCOMPARE(library.displaySource(typed, kZh), typed.source);

    const QList<Price> defaults =
        library.defaultsFor(QStringLiteral("CN-South"), QStringLiteral("CNY"));
    QVERIFY(!defaults.isEmpty());
    QList<Price> inChinese = defaults;
    for (Price &p : inChinese)
        p.source = library.displaySource(p, kZh);
    QVERIFY(inChinese != defaults);
    QVERIFY(library.areDefaults(inChinese, QStringLiteral("CN-South"), QStringLiteral("CNY")));
    inChinese[0].price += 0.01;
    QVERIFY(!library.areDefaults(inChinese, QStringLiteral("CN-South"), QStringLiteral("CNY")));
}

// A library file's name_zh, source_zh and regions are read; a malformed one is refused.
void TestCatalogueText::libraryFileWithChineseTextAndRegions()
{
    const QByteArray factor =
        R"({"id":"g","name":"Grid","name_zh":"电网","carrier":"electricity","value":0.5,)"
        R"("gas":"CO2","unit":"kg/kWh","region":"X","year":2023,"source":"S","source_zh":"来源"})";
    const auto library = [&](const QByteArray &regions) {
        return QByteArrayLiteral(R"({"format":"zeroplan-factors","version":"t","regions":[)") +
               regions + QByteArrayLiteral(R"(],"factors":[)") + factor + QByteArrayLiteral("]}");
    };
    QString error;
    QList<RegionName> regions;
    const auto good = FactorLibraryJson::read(
        library(R"({"id":"X","name":"X grid","name_zh":"X电网","provinces":[)"
                R"({"name":"Xland","name_zh":"X省"}]})"),
        &error, &regions);
    QVERIFY2(good, qPrintable(error));
    QCOMPARE(good->find(QStringLiteral("g"))->nameZh, QStringLiteral("电网"));
    QCOMPARE(good->find(QStringLiteral("g"))->sourceZh, QStringLiteral("来源"));
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions[0].nameZh, QStringLiteral("X电网"));
    QCOMPARE(regions[0].provinces.size(), 1);
    QCOMPARE(regions[0].provinces[0].nameZh, QStringLiteral("X省"));

    // A region without its Chinese name, and a Chinese name that is not text.
    QVERIFY(!FactorLibraryJson::read(library(R"({"id":"X","name":"X grid"})"), &error));
    QVERIFY2(error.contains(QStringLiteral("name_zh")), qPrintable(error));
    const QByteArray numberName = QByteArray(factor).replace(R"("电网")", "7");
    QVERIFY(!FactorLibraryJson::read(
        QByteArrayLiteral(R"({"format":"zeroplan-factors","version":"t","factors":[)") +
            numberName + QByteArrayLiteral("]}"),
        &error));
    QVERIFY2(error.contains(QStringLiteral("name_zh")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalogueText)
#include "TestCatalogueText.moc"
