// The Chinese translation is complete and loads: no unfinished entry, every placeholder kept,
// and the compiled catalogue (:/i18n/zeroplan_zh_CN.qm, built into zeroplan_model) turns
// model strings into Chinese.
#include "inventory/Sector.h"
#include "measures/MeasureCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace zeroplan;

namespace {

struct Entry
{
    QString context, source, translation;
    bool unfinished = false;
    bool plural = false;
};

QList<Entry> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QString context;
    QXmlStreamReader xml(&file);
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            e = Entry{context,
                      {},
                      {},
                      false,
                      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            e.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            e.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries.append(e);
        }
    }
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found << m.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QList<Entry> m_zh =
        readTs(QStringLiteral(ZEROPLAN_SOURCE_DIR "/translations/zeroplan_zh_CN.ts"));

private slots:
    void chineseIsComplete()
    {
        QVERIFY(m_zh.size() > 100);
        for (const Entry &e : m_zh) {
            const QByteArray where = (e.context + QStringLiteral(": ") + e.source).toUtf8();
            QVERIFY2(!e.unfinished, where.constData());
            QVERIFY2(!e.translation.trimmed().isEmpty(), where.constData());
        }
    }

    void placeholdersAreKept()
    {
        for (const Entry &e : m_zh) {
            if (e.plural)
                continue; // numerus forms are checked by lrelease
            QCOMPARE(placeholders(e.translation), placeholders(e.source));
        }
    }

    void compiledCatalogueTranslatesTheModel()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/zeroplan_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        const QString transport = sectorName(Sector::Transport);
        const QString residential = subsectorName(QStringLiteral("residential"));
        const QString ownId = subsectorName(QStringLiteral("school-canteen"));
        const MeasureKindSpec &solarSpec = MeasureCatalogue::spec(MeasureKind::RooftopSolar);
        const QString solar = solarSpec.displayName();
        const QString yield = solarSpec.parameter(QStringLiteral("specific_yield"))->displayUnit();
        QCoreApplication::removeTranslator(&translator);
        // Units too, keeping what the measure form replaces (share, currency, CO2).
        QCOMPARE(yield, QStringLiteral("kWh/kWp/年"));
        QCOMPARE(transport, QStringLiteral("交通"));
        QCOMPARE(residential, QStringLiteral("居民"));
        QCOMPARE(ownId, QStringLiteral("school-canteen")); // an id of the user's own stays
        QVERIFY2(solar.contains(QStringLiteral("光伏")), qPrintable(solar));
        QCOMPARE(sectorName(Sector::Transport), QStringLiteral("Transport"));
        QCOMPARE(subsectorName(QStringLiteral("public")), QStringLiteral("Public"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
