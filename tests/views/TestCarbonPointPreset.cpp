// The carbon-accounts preset list of the measure form, driven through the widgets on the
// Shenzhen Xinqiao sample: choosing "Information-only feedback" sets the scheme's parameters
// as one undo step, the form shows them, the measure's tonnes follow the model worked by hand,
// and undo brings the sample back.
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "measures/MeasureForm.h"
#include "measures/MeasuresPage.h"
#include "present/LiveResults.h"
#include "storage/FactorLibraryJson.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace zeroplan;

class TestCarbonPointPreset : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<MeasuresPage> m_page;

    const MeasureResult &accounts() const
    {
        for (const MeasureResult &m : m_results->currentResult()->measures) {
            if (m.measureId == QLatin1String("carbon-accounts"))
                return m;
        }
        qFatal("the sample's scenario has no carbon-accounts measure");
    }
    double parameter(const char *key) const
    {
        return m_document->plan()
            .findMeasure(QStringLiteral("carbon-accounts"))
            ->parameter(QString::fromLatin1(key), -1);
    }
    // The BAU emissions of the sample's home energy lines in year index t.
    double homesBau(int t) const
    {
        double sum = 0;
        for (const SourceResult &s : m_results->result().bauSources) {
            if (s.id == QLatin1String("res-electricity") || s.id == QLatin1String("cooking-gas") ||
                s.id == QLatin1String("hot-water-gas"))
                sum += s.emissions[t];
        }
        return sum;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = test::openShenzhenSample(m_dir.path());
        m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
        m_page = std::make_unique<MeasuresPage>(m_document.get(), m_results.get());
        m_page->resize(1366, 768);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_results.reset();
        m_document.reset();
    }

    void presetIsOneUndoStepAndChangesTheTonnes()
    {
        m_page->selectMeasure(QStringLiteral("carbon-accounts"));
        auto *form = m_page->findChild<MeasureForm *>(QStringLiteral("measureForm"));
        QVERIFY(form);
        QCOMPARE(form->measureId(), QStringLiteral("carbon-accounts"));
        auto *presets = form->findChild<QComboBox *>(QStringLiteral("carbonPresetComboBox"));
        QVERIFY(presets);
        QCOMPARE(presets->count(), 5); // "Apply a preset…" and the four presets
        auto *homeCut =
            form->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_home_energy_cutSpinBox"));
        QVERIFY(homeCut);
        QCOMPARE(homeCut->value(), 0.0);

        // The current scenario is 稳健, with the accounts at level 0.7; 2026 (t = 3) is the
        // first year at full enrolment (start 2024, 3 years' ramp).
        QCOMPARE(m_results->currentResult()->name, QStringLiteral("稳健"));
        const int t = 3;
        const double before = accounts().wedge[t];
        const double beforeCredited = accounts().accountsCredited[t];

        // The impact panel gives the credited and the additional tonnes side by side, in
        // 2060: 0.7 × 930 × 0.6 × 0.079 = 30.8574 t credited, × 0.33 = 10.2 t additional,
        // points 30.8574 × 1,000 × 0.1 = 3,086 CNY.
        auto *impact = m_page->findChild<QLabel *>(QStringLiteral("scenarioImpactLabel"));
        QVERIFY(impact);
        QVERIFY2(impact->text().contains(QStringLiteral("credits 30.9 tCO₂e/yr, of which 10.2")),
                 qPrintable(impact->text()));
        QVERIFY2(impact->text().contains(QStringLiteral("3,086")), qPrintable(impact->text()));

        QUndoStack *stack = m_document->undoStack();
        const int steps = stack->count();
        const int row = presets->findData(QStringLiteral("information_only"));
        QCOMPARE(row, 4);
        presets->showPopup();
        QAbstractItemView *view = presets->view();
        QTRY_VERIFY(view->isVisible());
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(!view->isVisible());

        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(parameter("participation"), 1.0);
        QCOMPARE(parameter("home_energy_cut"), 0.02);
        QCOMPARE(parameter("reduction_t_per_person"), 0.0);
        QCOMPARE(parameter("points_per_tonne"), 0.0);
        QCOMPARE(presets->currentIndex(), 0); // ready for the next choice
        // The form shows the share in per cent.
        form = m_page->findChild<MeasureForm *>(QStringLiteral("measureForm"));
        homeCut =
            form->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_home_energy_cutSpinBox"));
        QCOMPARE(homeCut->value(), 2.0);

        // By hand: the accounts come first in the engine's order, so they act on BAU: every
        // resident (participation 1, all active) cuts 2 % of the homes' electricity and gas,
        // at level 0.7; all of it additional; no rewards. The sample's homes emit
        // 790,500 kWh of electricity and 48,360 m³ of gas a year, without growth.
        // 790,500 × 0.4042 kg + 48,360 × 2.16 kg = 319.5201 + 104.4576 = 423.9777 t; the
        // accounts cut 0.7 × 2 % of it = 5.935688 t in 2026.
        QVERIFY2(std::abs(homesBau(t) - 423.9777) < 1e-6, qPrintable(QString::number(homesBau(t))));
        const double expected = 0.7 * 0.02 * 423.9777;
        QVERIFY2(std::abs(accounts().wedge[t] - expected) < 1e-9,
                 qPrintable(QString::number(accounts().wedge[t])));
        QVERIFY2(std::abs(accounts().accountsCredited[t] - expected) < 1e-9,
                 qPrintable(QString::number(accounts().accountsCredited[t])));
        QCOMPARE(accounts().pointsBudget[t], 0.0);
        QVERIFY(std::abs(accounts().wedge[t] - before) > 1.0);

        // Undo: one step brings every parameter and the tonnes back.
        stack->undo();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->index(), steps);
        QCOMPARE(parameter("home_energy_cut"), 0.0);
        QVERIFY(std::abs(accounts().wedge[t] - before) < 1e-9);
        QVERIFY(std::abs(accounts().accountsCredited[t] - beforeCredited) < 1e-9);
        form = m_page->findChild<MeasureForm *>(QStringLiteral("measureForm"));
        homeCut =
            form->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_home_energy_cutSpinBox"));
        QCOMPARE(homeCut->value(), 0.0);
    }
};

QTEST_MAIN(TestCarbonPointPreset)
#include "TestCarbonPointPreset.moc"
