#include "present/ProbabilityWords.h"

#include <QLocale>
#include <QtTest>

using namespace zeroplan;

class TestProbabilityWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void phrases_data();
    void phrases();
    void outOfTen_data();
    void outOfTen();
    void sentences_data();
    void sentences();
};

void TestProbabilityWords::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProbabilityWords::phrases_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<QString>("phrase");
    // The IPCC's calibrated language, each boundary and just below it.
    const auto row = [](const char *name, double p, const char *phrase) {
        QTest::newRow(name) << p << QString::fromUtf8(phrase);
    };
    row("0", 0.0, "exceptionally unlikely");
    row("0.009", 0.009, "exceptionally unlikely");
    row("0.01", 0.01, "very unlikely");
    row("0.099", 0.099, "very unlikely");
    row("0.1", 0.1, "unlikely");
    row("0.329", 0.329, "unlikely");
    row("0.33", 0.33, "about as likely as not");
    row("0.659", 0.659, "about as likely as not");
    row("0.66", 0.66, "likely");
    row("0.899", 0.899, "likely");
    row("0.9", 0.9, "very likely");
    row("0.989", 0.989, "very likely");
    row("0.99", 0.99, "virtually certain");
    row("1.0", 1.0, "virtually certain");
    // As the engine computes a share: 6,600 of 10,000 samples.
    row("6600/10000", 6600.0 / 10000.0, "likely");
    row("3300/10000", 3300.0 / 10000.0, "about as likely as not");
}

void TestProbabilityWords::phrases()
{
    QFETCH(double, probability);
    QFETCH(QString, phrase);
    QCOMPARE(ProbabilityWords::phrase(probability), phrase);
}

void TestProbabilityWords::outOfTen_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<int>("tenths");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("0.04") << 0.04 << 0;
    QTest::newRow("0.06") << 0.06 << 1;
    QTest::newRow("0.14") << 0.14 << 1;
    QTest::newRow("0.18") << 0.18 << 2;
    QTest::newRow("0.5") << 0.5 << 5;
    QTest::newRow("0.94") << 0.94 << 9;
    QTest::newRow("0.96") << 0.96 << 10;
    QTest::newRow("1") << 1.0 << 10;
}

void TestProbabilityWords::outOfTen()
{
    QFETCH(double, probability);
    QFETCH(int, tenths);
    QCOMPARE(ProbabilityWords::outOfTen(probability), tenths);
}

void TestProbabilityWords::sentences_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("probability");
    QTest::addColumn<QString>("sentence");
    const auto row = [](const char *name, int year, double p, const char *sentence) {
        QTest::newRow(name) << year << p << QString::fromUtf8(sentence);
    };
    row("0.18", 2060, 0.18,
        "Neutrality by 2060 is unlikely: it is reached in about 2 of 10 simulated futures (18%).");
    row("0.7", 2030, 0.7,
        "Neutrality by 2030 is likely: it is reached in about 7 of 10 simulated futures (70%).");
    row("0.1", 2050, 0.1,
        "Neutrality by 2050 is unlikely: it is reached in about 1 of 10 simulated futures (10%).");
    // Whole percent unless rounding would cross a band or reach 0 % or 100 %.
    row("0.329", 2050, 0.329,
        "Neutrality by 2050 is unlikely: it is reached in about 3 of 10 simulated futures "
        "(32.9%).");
    row("0.004", 2050, 0.004,
        "Neutrality by 2050 is exceptionally unlikely: it is reached in fewer than 1 of 10 "
        "simulated futures (0.4%).");
    row("0.9996", 2050, 0.9996,
        "Neutrality by 2050 is virtually certain: it is reached in more than 9 of 10 simulated "
        "futures (99.96%).");
    row("none", 2040, 0.0,
        "Neutrality by 2040 is exceptionally unlikely: it is reached in none of the simulated "
        "futures (0%).");
    row("all", 2040, 1.0,
        "Neutrality by 2040 is virtually certain: it is reached in every simulated future "
        "(100%).");
}

void TestProbabilityWords::sentences()
{
    QFETCH(int, year);
    QFETCH(double, probability);
    QFETCH(QString, sentence);
    QCOMPARE(ProbabilityWords::sentence(year, probability), sentence);
}

QTEST_MAIN(TestProbabilityWords)
#include "TestProbabilityWords.moc"
