// The Residents page's outcome panel on the Shenzhen Xinqiao sample (docs/residents.md): the
// typical household's card and a payer's totals against hand arithmetic from the sample's
// inputs, the panel following the window's current scenario both ways, and the panel
// following an edit of a payer split and of the median income pushed on the undo stack.
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "charts/FundingChart.h"
#include "charts/PayerChart.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/ResidentsText.h"
#include "residents/HouseholdCardBox.h"
#include "residents/ResidentsOutcomePanel.h"
#include "residents/ResidentsRun.h"
#include "storage/FactorLibraryJson.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace zeroplan;

namespace {

// The sample's scenarios, in its order: 稳健 (careful: green building at level 0.5) and 全面
// (everything at level 1).
constexpr int kCareful = 0;
constexpr int kFull = 1;
const QString kCny = QStringLiteral("CNY"); // the sample's currency

// Σ over t of 1.05^−t for the years green building buys: 2025–2029 (t = 2…6, ramp of five
// years from 2025) and the renewal 25 years later, 2050–2054 (t = 27…31); base year 2023,
// discount rate 5 % (the sample's community).
double greenBuildingDiscount()
{
    double sum = 0;
    for (int t : {2, 3, 4, 5, 6, 27, 28, 29, 30, 31})
        sum += std::pow(1.05, -t);
    return sum; // 5.34094
}

// The [min x, max x] of a bar drawn as an area (the bar runs along x).
QPair<double, double> barSpan(QAreaSeries *bar)
{
    double low = 0, high = 0;
    for (const QPointF &p : bar->upperSeries()->points()) {
        low = std::min(low, p.x());
        high = std::max(high, p.x());
    }
    return {low, high};
}

} // namespace

class TestResidentsOutcome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<ResidentsOutcomePanel> m_panel;

    QString figure(const char *name) const
    {
        auto *label = m_panel->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    // The sponsors' bars in the payer chart: paid, NPV; none when the chart names no sponsors.
    std::optional<QPair<double, double>> sponsorsBars() const
    {
        const PayerChart *chart = m_panel->payerChart();
        const qsizetype row = chart->partyLabels().indexOf(partyName(Party::Sponsors));
        if (row < 0)
            return std::nullopt;
        const auto paid = barSpan(chart->paidBars().at(row));
        const auto npv = barSpan(chart->npvBars().at(row));
        if (paid.first != 0.0) // money paid is drawn to the right of zero
            return QPair<double, double>(-1, 0);
        return QPair<double, double>(paid.second, npv.first);
    }
    void pushResidents(const Residents &residents)
    {
        const PlanField<Residents> field = planField<Residents>(
            QStringLiteral("/residents"), QStringLiteral("Change residents"),
            ChangeEvent::changed(ChangeEvent::Part::Plan),
            [](auto &p) -> auto & { return p.residents; });
        pushSeparateStep(m_document.get(), field, residents);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = test::openShenzhenSample(m_dir.path());
        m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
        m_results->setCurrentScenario(kFull);
        m_panel = std::make_unique<ResidentsOutcomePanel>(m_document.get(), m_results.get());
        m_panel->resize(1366, 768);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_results.reset();
        m_document.reset();
    }

    void householdCardByHand()
    {
        // No split names households: every measure reaches the community's 372 households.
        QCOMPARE(figure("householdsFigure"), NumberFormat::number(372));
        // Residents' share of the investment in each measure's first purchase cycle (the
        // sample's costs and splits; every ramp ends within the lifetime):
        //   LED 150,000 × 0.5 = 75,000; green building 2,000,000 × 0.3 = 600,000;
        //   EV switch 600,000 × 0.6 = 360,000; induction 372,000 × 0.5 = 186,000;
        //   heat-pump water 2,232,000 × 0.5 = 1,116,000;  Σ 2,337,000 ÷ 372 = 6,282.26
        // The government's share in the same years:
        //   smart platform 800,000 × 0.5 = 400,000; green building 2,000,000 × 0.4 = 800,000;
        //   induction 186,000; heat-pump water 1,116,000; composting 300,000 × 1;
        //   waste sorting 100,000 × 1;  Σ 2,902,000 ÷ 372 = 7,801.08
        QCOMPARE(figure("upfrontFigure"), NumberFormat::money(2337000.0 / 372, kCny));
        QCOMPARE(figure("subsidyFigure"), NumberFormat::money(2902000.0 / 372, kCny));
        const ResidentsRun run = ResidentsRun::of(m_document->plan(), *m_results->currentResult());
        QVERIFY(std::abs(run.household.upfront - 2337000.0 / 372) < 1e-6);
        QVERIFY(std::abs(run.household.subsidy - 2902000.0 / 372) < 1e-6);
        // Affordability is judged (income 160,000, threshold 10 %: 16,000 a year); the largest
        // yearly outlay is the investment years' ≈ 1,310 per household (2025: 37,500 + 120,000
        // + 60,000 + 46,500 + 223,200 = 487,200 ÷ 372), far below it.
        QCOMPARE(figure("affordabilityFigure"),
                 ResidentsText::tr("within %1 of the median income in every year")
                     .arg(NumberFormat::percent(0.1)));
        QCOMPARE(figure("paybackFigure"), ResidentsText::payback(run.household, 2060));
        // One row per measure that reaches households: the sample's 13.
        auto *table = m_panel->findChild<QTableWidget *>(QStringLiteral("residentsMeasureTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 13);
    }

    void sponsorsByHandAndScenarioFollows()
    {
        // Sponsors pay 30 % of green building alone: 2,000,000 × 0.3 × level, bought over five
        // years and again at the renewal, so 2 × 600,000 = 1,200,000 over 2023–2060 at level 1;
        // NPV = −120,000 × Σ 1.05^−t (the purchase years) = −640,912.
        auto bars = sponsorsBars();
        QVERIFY(bars);
        QVERIFY(std::abs(bars->first - 1200000) < 1e-3);
        QVERIFY(std::abs(bars->second + 120000 * greenBuildingDiscount()) < 1e-3);
        QVERIFY(std::abs(bars->second + 640912.36) < 0.01);

        // The window chooses 稳健: the chooser and the figures follow (green building at 0.5:
        // half the money, 600,000 and −320,456).
        auto *chooser =
            m_panel->findChild<QComboBox *>(QStringLiteral("residentsScenarioComboBox"));
        QVERIFY(chooser);
        QCOMPARE(chooser->currentIndex(), kFull);
        m_results->setCurrentScenario(kCareful);
        QCOMPARE(chooser->currentIndex(), kCareful);
        bars = sponsorsBars();
        QVERIFY(bars);
        QVERIFY(std::abs(bars->first - 600000) < 1e-3);
        QVERIFY(std::abs(bars->second + 60000 * greenBuildingDiscount()) < 1e-3);
        // Per household the card is the same (money and households both halve).
        QCOMPARE(figure("upfrontFigure"), NumberFormat::money(2337000.0 / 372, kCny));

        // … and choosing in the panel chooses for the window.
        chooser->setCurrentIndex(kFull);
        QCOMPARE(m_results->currentScenario(), kFull);
        bars = sponsorsBars();
        QVERIFY(bars && std::abs(bars->first - 1200000) < 1e-3);
    }

    void fundingShortfallListed()
    {
        // The government spends on greening's upkeep (20,000 a year, all of it) every year to
        // 2060, and the sample's subsidy runs to 2029 only: 2030–2060 are shortfall years.
        const ResidentsRun run = ResidentsRun::of(m_document->plan(), *m_results->currentResult());
        for (int year = 2030; year <= 2060; ++year)
            QVERIFY2(run.funding.shortfallYears.contains(year), qPrintable(QString::number(year)));
        const QString label = figure("shortfallLabel");
        QVERIFY2(label.contains(ResidentsText::years(run.funding.shortfallYears)),
                 qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("2030")), qPrintable(label));
        QVERIFY(!m_panel->fundingChart()->isShowingEmptyMessage());
        QVERIFY(m_panel->fundingChart()->shortfallSeries()->upperSeries()->count() > 0);
    }

    void splitEditUpdatesThePanel()
    {
        // Green building paid by residents alone: their investment rises by 2,000,000 × 0.7 =
        // 1,400,000, the government's falls by 800,000 and the sponsors are gone:
        //   upfront (2,337,000 + 1,400,000) ÷ 372 = 10,045.70; subsidy 2,102,000 ÷ 372 = 5,650.54
        Residents residents = m_document->plan().residents;
        for (PayerSplit &split : residents.splits) {
            if (split.measure == QLatin1String("green-building"))
                split.capex = {{Party::Residents, 1.0}};
        }
        pushResidents(residents);
        QCOMPARE(figure("upfrontFigure"), NumberFormat::money(3737000.0 / 372, kCny));
        QCOMPARE(figure("subsidyFigure"), NumberFormat::money(2102000.0 / 372, kCny));
        QVERIFY(!sponsorsBars());

        // No median income: affordability is not judged, never "fine".
        residents.medianIncome.clear();
        pushResidents(residents);
        QCOMPARE(figure("affordabilityFigure"),
                 ResidentsText::tr("not judged: no income or threshold given"));

        // Undo twice: the sample's figures are back.
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(figure("upfrontFigure"), NumberFormat::money(2337000.0 / 372, kCny));
        QVERIFY(sponsorsBars());
    }

    void affordabilityInWords()
    {
        // A card with years above the threshold names them, runs of three or more as a range;
        // a card with no income or threshold is "not judged", never "within".
        Residents residents;
        residents.affordabilityShare = 0.1;
        HouseholdCard card;
        card.unaffordableYears = QList<int>{2027, 2028, 2030, 2031, 2032};
        QCOMPARE(ResidentsText::affordability(card, residents),
                 ResidentsText::tr("above %1 of the median income in %2")
                     .arg(NumberFormat::percent(0.1), QStringLiteral("2027, 2028, 2030–2032")));
        QCOMPARE(ResidentsText::affordabilityFlag(card),
                 ResidentsText::tr("above in %1").arg(QStringLiteral("2027, 2028, 2030–2032")));
        card.unaffordableYears.reset();
        QCOMPARE(ResidentsText::affordabilityFlag(card), ResidentsText::tr("not judged"));
        QVERIFY(!ResidentsText::affordability(card, residents).contains(QStringLiteral("within")));
    }

    void planWithoutResidentsSaysSo()
    {
        auto *note = m_panel->findChild<QLabel *>(QStringLiteral("residentsNoteLabel"));
        QVERIFY(note);
        QVERIFY(note->isHidden());
        pushResidents(Residents{});
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("who pays")));
        // Everything is unassigned: a household pays nothing.
        QCOMPARE(figure("upfrontFigure"), NumberFormat::money(0, kCny));
    }
};

QTEST_MAIN(TestResidentsOutcome)
#include "TestResidentsOutcome.moc"
