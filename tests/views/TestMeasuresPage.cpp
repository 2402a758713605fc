// The Measures page driven through its widgets on the Shenzhen Xinqiao sample: adding from
// the gallery (one undo step that also puts the measure in the current scenario), editing,
// and the full-adoption figures worked out by hand from the catalogue defaults.
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "SampleDocument.h"
#include "costs/CostsPage.h"
#include "inventory/FactorLibrary.h"
#include "measures/MeasureCatalogue.h"
#include "measures/MeasureCostSummary.h"
#include "measures/MeasureForm.h"
#include "measures/MeasureGalleryDialog.h"
#include "measures/MeasureImpactPanel.h"
#include "measures/MeasureIndex.h"
#include "measures/MeasuresPage.h"
#include "present/LiveResults.h"
#include "present/MeasureCostModel.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace zeroplan;

class TestMeasuresPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<MeasuresPage> m_page;

    // Opens the gallery with the Add button, picks `kind` and confirms with "Add".
    void addFromGallery(MeasureKind kind)
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addMeasureButton")),
                          Qt::LeftButton);
        // The gallery just opened (one closed before is deleted later, by the event loop).
        MeasureGalleryDialog *gallery = nullptr;
        for (auto *dialog :
             m_page->findChildren<MeasureGalleryDialog *>(QStringLiteral("measureGalleryDialog"))) {
            if (dialog->isVisible())
                gallery = dialog;
        }
        QVERIFY(gallery);
        QVERIFY(gallery->isVisible());
        auto *list = gallery->findChild<QListWidget *>(QStringLiteral("measureGalleryList"));
        QVERIFY(list);
        QCOMPARE(list->count(), int(std::size(kAllMeasureKinds)));
        QCOMPARE(list->viewMode(), QListView::IconMode);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toInt() == int(kind))
                list->setCurrentRow(row);
        }
        QTest::mouseClick(gallery->findChild<QPushButton *>(QStringLiteral("addFromGalleryButton")),
                          Qt::LeftButton);
        QVERIFY(!gallery->isVisible());
    }

    // Notches of the mouse wheel over `widget`, as the window system sends them: spontaneous,
    // so QApplication hands a wheel the widget ignores on to its parents.
    static void wheel(QWidget *widget, int notches)
    {
        const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&event);
        qApp->notify(widget, &event); // as QTest sends its spontaneous events
    }

    const Measure &measure(const QString &id) const { return *m_document->plan().findMeasure(id); }

    double currentNetInLastYear() const
    {
        const ScenarioResult *r = m_results->currentResult();
        return r->net[r->net.size() - 1];
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

    void listShowsThePlansMeasures()
    {
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("measureListView"));
        QVERIFY(list);
        const Plan &plan = m_document->plan();
        QCOMPARE(list->count(), int(plan.measures.size()));
        // Name as typed, owner group and status on the item.
        const Measure &first = plan.measures.first();
        QVERIFY(list->item(0)->text().startsWith(first.name));
        // The owner by the plan's name of the group (docs/people.md).
        QVERIFY(list->item(0)->text().contains(plan.people.groupName(first.ownerGroup)));
        QVERIFY(list->item(0)->text().contains(measureStatusName(first.status)));
        QVERIFY(!list->item(0)->icon().isNull());
        QCOMPARE(m_page->currentMeasureId(), first.id);
        QVERIFY(m_page->findChild<MeasureForm *>(QStringLiteral("measureForm")));
    }

    void galleryAddsOneMeasureInTheCurrentScenarioAsOneUndoStep()
    {
        const Plan before = m_document->plan();
        QUndoStack *stack = m_document->undoStack();
        const int steps = stack->count();
        const int scenario = m_results->currentScenario();
        QCOMPARE(scenario, 0);
        const double netBefore = currentNetInLastYear();

        addFromGallery(MeasureKind::RooftopSolar);

        const Plan &after = m_document->plan();
        QCOMPARE(after.measures.size(), before.measures.size() + 1);
        const Measure &added = after.measures.last();
        QCOMPARE(added.kind, MeasureKind::RooftopSolar);
        QCOMPARE(added.name, MeasureCatalogue::spec(MeasureKind::RooftopSolar).displayName());
        QCOMPARE(added.startYear, before.community.baseYear + 1);
        QVERIFY(before.findMeasure(added.id) == nullptr);
        const QList<ScenarioMeasure> &entries = after.scenarios.at(scenario).measures;
        QCOMPARE(entries.size(), before.scenarios.at(scenario).measures.size() + 1);
        QCOMPARE(entries.last(), (ScenarioMeasure{added.id, 1.0}));
        QCOMPARE(after.scenarios.at(1), before.scenarios.at(1)); // only the current scenario
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Add measure “%1”").arg(added.name));
        QCOMPARE(m_page->currentMeasureId(), added.id);
        // The pathway changes at once: the new panels cut the grid electricity left in 2060.
        QVERIFY(currentNetInLastYear() < netBefore - 1.0);

        const Plan withMeasure = after;
        stack->undo();
        QVERIFY(m_document->plan() == before);
        QVERIFY(qAbs(currentNetInLastYear() - netBefore) < 1e-9);
        stack->redo();
        QVERIFY(m_document->plan() == withMeasure);
    }

    void secondMeasureOfAKindGetsANumber()
    {
        addFromGallery(MeasureKind::RooftopSolar);
        addFromGallery(MeasureKind::RooftopSolar);
        const Plan &plan = m_document->plan();
        const QString name = MeasureCatalogue::spec(MeasureKind::RooftopSolar).displayName();
        QCOMPARE(plan.measures.last().name, name + QStringLiteral(" 2"));
        QVERIFY(plan.measures.at(plan.measures.size() - 2).id != plan.measures.last().id);
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("measureListView"));
        QCOMPARE(list->currentRow(), int(plan.measures.size()) - 1);
        QVERIFY(list->currentItem()->text().startsWith(name + QStringLiteral(" 2")));
    }

    void parameterEditsInARowAreOneUndoStep()
    {
        addFromGallery(MeasureKind::RooftopSolar);
        const qsizetype index = m_document->plan().measures.size() - 1;
        const Plan before = m_document->plan();
        QUndoStack *stack = m_document->undoStack();
        const int steps = stack->count();
        auto *capacity =
            m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_capacity_kwpSpinBox"));
        QVERIFY(capacity);
        QCOMPARE(capacity->value(), 100.0); // catalogue default
        QCOMPARE(capacity->suffix(), QStringLiteral(" kWp"));
        capacity->setValue(250);
        capacity->setValue(300);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(m_document->plan().measures.at(index).parameter(QStringLiteral("capacity_kwp"), 0),
                 300.0);
        stack->undo();
        QVERIFY(m_document->plan() == before);
        QCOMPARE(capacity->value(), 100.0); // the form follows undo
        stack->redo();
        QCOMPARE(capacity->value(), 300.0);
    }

    void sharesAreShownAsPerCent()
    {
        addFromGallery(MeasureKind::RooftopSolar);
        const qsizetype index = m_document->plan().measures.size() - 1;
        auto *self = m_page->findChild<QDoubleSpinBox *>(
            QStringLiteral("parameter_self_consumptionSpinBox"));
        QVERIFY(self);
        QCOMPARE(self->value(), 80.0); // 0.8 of the output
        QVERIFY(self->suffix().contains(QLatin1Char('%')));
        self->setValue(65);
        QVERIFY(qAbs(m_document->plan().measures.at(index).parameter(
                         QStringLiteral("self_consumption"), 0) -
                     0.65) < 1e-12);
        auto *low = m_page->findChild<QDoubleSpinBox *>(
            QStringLiteral("parameter_self_consumptionLowSpinBox"));
        QVERIFY(low);
        low->setValue(50);
        const UncertainValue v = m_document->plan().measures.at(index).parameters.value(
            QStringLiteral("self_consumption"));
        QVERIFY(v.low && qAbs(*v.low - 0.5) < 1e-12);
        QVERIFY(v.high && qAbs(*v.high - 1.0) < 1e-12); // the catalogue's high, kept
    }

    void tooltipsNameTheSourceOfTheDefault()
    {
        addFromGallery(MeasureKind::RooftopSolar);
        for (const ParameterSpec &spec :
             MeasureCatalogue::spec(MeasureKind::RooftopSolar).parameters) {
            auto *box = m_page->findChild<QDoubleSpinBox *>(
                QStringLiteral("parameter_%1SpinBox").arg(QLatin1String(spec.key)));
            QVERIFY2(box, spec.key);
            QVERIFY2(box->toolTip().contains(QString::fromUtf8(spec.source)), spec.key);
            QVERIFY2(box->toolTip().contains(QStringLiteral("Confidence")), spec.key);
        }
    }

    void nameEditRenamesTheMeasureInOneStep()
    {
        QUndoStack *stack = m_document->undoStack();
        const int steps = stack->count();
        auto *name = m_page->findChild<QLineEdit *>(QStringLiteral("measureNameEdit"));
        QVERIFY(name);
        QCOMPARE(name->text(), m_document->plan().measures.first().name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Accounts"));
        QCOMPARE(m_document->plan().measures.first().name, QStringLiteral("Accounts"));
        QCOMPARE(stack->count(), steps + 1);
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("measureListView"));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Accounts")));
        // Emptying the name is refused with a message; the plan keeps the last name.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QCOMPARE(m_document->plan().measures.first().name, QStringLiteral("Accounts"));
        auto *warning = m_page->findChild<QLabel *>(QStringLiteral("nameWarningLabel"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("name")));
    }

    void fullAdoptionOfRooftopSolarWorkedByHand()
    {
        addFromGallery(MeasureKind::RooftopSolar);
        auto *panel = m_page->findChild<MeasureImpactPanel *>();
        QVERIFY(panel);
        // Catalogue defaults (docs/measures.md): 100 kWp × 1,200 kWh/kWp × 80 % self-consumed
        // = 96,000 kWh a year when new, ageing by 0.5 % a year and renewed after its 30-year
        // lifetime (the catalogue's, IEA PVPS Task 12). It replaces grid electricity of the
        // sample's two electricity lines (980,500 kWh, far more than it makes), both at
        // 0.4042 kg/kWh (MEE South China grid 2023, resources/factors/factors.json; constant
        // over the years).
        // It starts in 2024 (base year 2023 + 1); in 2060 it is 36 years old, 6 after
        // renewal: 96,000 × 0.995^6 × 0.4042e-3 = 37.65 t.
        const double newPerYear = 100.0 * 1200.0 * 0.8 * 0.4042e-3; // 38.80 t
        const double lastYear = newPerYear * std::pow(0.995, 6);
        // 2024–2053 ages 0..29, 2054–2060 ages 0..6 (geometric sums): 1,351.1 t.
        const double horizon =
            newPerYear * ((1 - std::pow(0.995, 30)) / 0.005 + (1 - std::pow(0.995, 7)) / 0.005);
        QVERIFY(qAbs(lastYear - 37.6536) < 1e-3);
        QVERIFY(qAbs(horizon - 1351.09) < 1e-2);
        QCOMPARE(m_document->plan().measures.last().lifetimeYears, 30);
        QVERIFY(panel->lastYearAbatement().has_value());
        QVERIFY(qAbs(*panel->lastYearAbatement() - lastYear) < 1e-6);
        QVERIFY(qAbs(*panel->horizonAbatement() - horizon) < 1e-6);
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("fullAdoptionLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(NumberFormat::tonnesPerYear(lastYear)),
                 qPrintable(label->text()));
        QVERIFY(label->text().contains(NumberFormat::tonnes(horizon)));
        QVERIFY(label->text().contains(QStringLiteral("2060")));
        // Investment and running cost per kWp are 0 by default and the sample prices grid
        // power at 0.68 CNY/kWh: every kWh saves 0.68 CNY and 0.4042e-3 t in the same year,
        // so the levelised cost is −0.68 / 0.4042e-3 = −1,682.34 CNY/t.
        QVERIFY(panel->costPerTonne().has_value());
        QVERIFY(qAbs(*panel->costPerTonne() - (-0.68 / 0.4042e-3)) < 1e-6);
        // The engine's figure stays, but with no investment or running cost entered the label
        // says the cost is not entered instead of a cost per tonne of savings alone.
        auto *cost = m_page->findChild<QLabel *>(QStringLiteral("costPerTonneLabel"));
        QVERIFY2(cost->text().contains(QStringLiteral("cost not entered")),
                 qPrintable(cost->text()));
        QVERIFY(!cost->text().contains(m_document->plan().community.currency));
        // Doubling the capacity doubles the figure.
        m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_capacity_kwpSpinBox"))
            ->setValue(200);
        QVERIFY(qAbs(*panel->lastYearAbatement() - 2 * lastYear) < 1e-6);
    }

    // A credit purchase abates nothing (docs/engine.md): the panel shows the credits bought
    // and the price per credit, labelled as an offset, never "0 t, abates nothing" beside a
    // yearly figure.
    void carbonCreditsShowCreditsBoughtAndTheirPrice()
    {
        addFromGallery(MeasureKind::CarbonCredits);
        auto *panel = m_page->findChild<MeasureImpactPanel *>();
        QVERIFY(panel);
        // Catalogue defaults (docs/measures.md): 50 tCO₂e of credits a year at 97.49 CNY/t,
        // no capex or opex of its own. It starts in 2024 (base year 2023 + 1, the sample's)
        // with no ramp, so it buys 50 t in every year 2024–2060: 37 × 50 = 1,850 t, and 50 t
        // in 2060. Its only cost is credits × price, so the levelised price per credit is
        // the price itself, 97.49 CNY/t, whatever the discount rate.
        const double lastYear = 50.0;
        const double horizon = 37 * 50.0;
        const double price = 97.49;
        QVERIFY(panel->lastYearCredits().has_value());
        QVERIFY(qAbs(*panel->lastYearCredits() - lastYear) < 1e-9);
        QVERIFY(qAbs(*panel->horizonCredits() - horizon) < 1e-9);
        QVERIFY(panel->pricePerCredit().has_value());
        QVERIFY(qAbs(*panel->pricePerCredit() - price) < 1e-9);
        // Nothing is abated: no abatement figures, no cost per tonne abated.
        QVERIFY(!panel->lastYearAbatement().has_value());
        QVERIFY(!panel->horizonAbatement().has_value());
        QVERIFY(!panel->costPerTonne().has_value());

        auto *label = m_page->findChild<QLabel *>(QStringLiteral("fullAdoptionLabel"));
        QVERIFY2(label->text().contains(NumberFormat::tonnesPerYear(lastYear)),
                 qPrintable(label->text()));
        QVERIFY2(label->text().contains(NumberFormat::tonnes(horizon)), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("Credits bought")));
        QVERIFY(label->text().contains(QStringLiteral("not abatement")));
        QVERIFY(!label->text().contains(QStringLiteral("abates nothing")));
        auto *cost = m_page->findChild<QLabel *>(QStringLiteral("costPerTonneLabel"));
        const QString currency = m_document->plan().community.currency;
        QVERIFY2(cost->text().contains(QStringLiteral("Price per credit")),
                 qPrintable(cost->text()));
        QVERIFY2(cost->text().contains(NumberFormat::moneyPerTonne(price, currency)),
                 qPrintable(cost->text()));
        QVERIFY(!cost->text().contains(QStringLiteral("abates nothing")));
        // The gallery put it in the current scenario at level 1: 50 t bought there in 2060 too.
        auto *inScenario = m_page->findChild<QLabel *>(QStringLiteral("scenarioImpactLabel"));
        QVERIFY2(inScenario->text().contains(NumberFormat::tonnesPerYear(lastYear)),
                 qPrintable(inScenario->text()));
        QVERIFY(inScenario->text().contains(QStringLiteral("credits bought")));

        // Doubling the credits bought doubles both tonnages; the price per credit stays.
        m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_tonnes_per_yearSpinBox"))
            ->setValue(100);
        QVERIFY(qAbs(*panel->lastYearCredits() - 2 * lastYear) < 1e-9);
        QVERIFY(qAbs(*panel->horizonCredits() - 2 * horizon) < 1e-9);
        QVERIFY(qAbs(*panel->pricePerCredit() - price) < 1e-9);
        QVERIFY(label->text().contains(NumberFormat::tonnes(2 * horizon)));
    }

    // Rooftop solar's investment is given per kWp: the form offers no lump sum beside it but
    // a line worked out from the parameters, live, and the Costs page sums the same figure.
    void solarInvestmentLineFollowsItsParameters()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,200"
        addFromGallery(MeasureKind::RooftopSolar);
        const QString id = m_page->currentMeasureId();
        const QString currency = m_document->plan().community.currency; // CNY in the sample
        auto *line = m_page->findChild<QLabel *>(QStringLiteral("capexLine"));
        auto *opexLine = m_page->findChild<QLabel *>(QStringLiteral("opexLine"));
        auto *lumpSum = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("capexSpinBox"));
        QVERIFY(line && opexLine && lumpSum);
        QVERIFY(line->isVisible());
        QVERIFY(!lumpSum->isVisible()); // no independent Investment field for a per-unit kind
        // The catalogue's price per kWp is 0 (no figure could be cited): not entered.
        QVERIFY2(line->text().contains(QStringLiteral("not entered")), qPrintable(line->text()));
        auto *panelCost = m_page->findChild<QLabel *>(QStringLiteral("costPerTonneLabel"));
        QVERIFY(panelCost->text().contains(QStringLiteral("cost not entered")));

        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        const auto type = [](QDoubleSpinBox *box, const QString &text) {
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, text);
            QTest::keyClick(box, Qt::Key_Enter);
        };
        auto *price =
            m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_capex_per_kwpSpinBox"));
        auto *capacity =
            m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_capacity_kwpSpinBox"));
        QVERIFY(price && capacity);
        QCOMPARE(price->text(), QStringLiteral("Enter your quote")); // its default is 0
        type(price, QStringLiteral("1200"));
        type(capacity, QStringLiteral("500"));
        // 500 kWp × 1,200 CNY/kWp (a test quote) = 600,000 CNY.
        QCOMPARE(MeasureCostSummary::of(measure(id)).capex.total(), 600000.0);
        const QString expected = QStringLiteral("%1 (500 kWp × 1,200 %2/kWp)")
                                     .arg(NumberFormat::money(600000, currency), currency);
        QVERIFY2(line->text().contains(expected),
                 qPrintable(line->text() + QStringLiteral(" | ") + expected));
        QVERIFY(!panelCost->text().contains(QStringLiteral("cost not entered")));
        // Halving the capacity halves the line at once: 250 × 1,200 = 300,000.
        type(capacity, QStringLiteral("250"));
        QVERIFY2(line->text().contains(NumberFormat::money(300000, currency)),
                 qPrintable(line->text()));
        QVERIFY(!lumpSum->isVisible());
        QCOMPARE(measure(id).costs.capex, 0.0); // nothing written into the lump sum

        // The Costs page, current scenario (solar added at level 1, bought at once in 2024):
        // renewed after its 30-year lifetime in 2054, so 2 × 300,000 by 2060.
        CostsPage costs(m_document.get(), m_results.get());
        costs.show();
        MeasureCostModel *model = costs.costModel();
        const auto capexOfSolar = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, MeasureCostModel::NameColumn).data().toString() ==
                    measure(id).name)
                    return model->index(row, MeasureCostModel::CapexColumn)
                        .data(MeasureCostModel::SortRole)
                        .toDouble();
            }
            return -1.0;
        };
        QVERIFY(qAbs(capexOfSolar() - 2 * 300000.0) < 1e-6);
        // With a 40-year lifetime there is no renewal by 2060: the column shows the line's
        // figure itself.
        auto *lifetime = m_page->findChild<QSpinBox *>(QStringLiteral("lifetimeSpinBox"));
        lifetime->setValue(40);
        QCOMPARE(measure(id).lifetimeYears, 40);
        QVERIFY(qAbs(capexOfSolar() - 300000.0) < 1e-6);
    }

    // An older file with a lump sum beside a per-unit investment keeps it, shows it with the
    // line and lets it be set to 0; a lump-sum kind keeps its box with "Enter your quote".
    void oldLumpSumBesidePerUnitStaysVisible()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString id = QStringLiteral("solar"); // the sample's rooftop solar
        QVERIFY(m_document->plan().findMeasure(id));
        m_document->undoStack()->push(new ChangeValue<double>(
            m_document.get(),
            PlanFields::measureCapex(m_document->plan(), MeasureIndex::of(m_document->plan(), id)),
            5000.0));
        m_page->selectMeasure(id);
        auto *line = m_page->findChild<QLabel *>(QStringLiteral("capexLine"));
        auto *lumpSum = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("capexSpinBox"));
        QVERIFY(line && lumpSum);
        QVERIFY(lumpSum->isVisible());
        QCOMPARE(lumpSum->value(), 5000.0);
        // 600 kWp × 3,500 CNY/kWp (the sample's quote) = 2,100,000, plus the 5,000.
        QVERIFY2(line->text().contains(QStringLiteral("from the file")), qPrintable(line->text()));
        QVERIFY(line->text().contains(QStringLiteral("2,100,000 CNY (600 kWp × 3,500 CNY/kWp)")));
        QVERIFY(line->text().contains(QStringLiteral("plus a one-off 5,000 CNY from the file")));
        lumpSum->setValue(0);
        QCOMPARE(measure(id).costs.capex, 0.0);
        QVERIFY(!line->text().contains(QStringLiteral("from the file")));

        m_page->selectMeasure(QStringLiteral("led")); // a lump-sum kind: the box is the cost
        auto *box = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("capexSpinBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("capexLine")));
        QCOMPARE(box->specialValueText(), QStringLiteral("Enter your quote"));
    }

    // The green-power premium's default is 0, yet its field takes 0.03 (CNY per kWh): its
    // unit's places (0.001), not its value's.
    void priceFieldTakesTheDecimalsOfItsUnit()
    {
        addFromGallery(MeasureKind::GreenPower);
        const QString id = m_page->currentMeasureId();
        QCOMPARE(measure(id).parameters.value(QStringLiteral("premium_per_kwh")).value, 0.0);
        auto *premium =
            m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_premium_per_kwhSpinBox"));
        QVERIFY(premium && premium->isVisible());
        QCOMPARE(premium->decimals(), 3);
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        premium->setFocus();
        premium->selectAll();
        QTest::keyClicks(premium, QStringLiteral("0.03"));
        QTest::keyClick(premium, Qt::Key_Enter);
        QCOMPARE(premium->value(), 0.03);
        QVERIFY(qAbs(measure(id).parameters.value(QStringLiteral("premium_per_kwh")).value - 0.03) <
                1e-12);
        // A share keeps a tenth of a per cent: 37.5 % typed is 0.375.
        auto *share = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_shareSpinBox"));
        QCOMPARE(share->decimals(), 1);
        share->setFocus();
        QVERIFY(share->hasFocus()); // typing: the box keeps its text as typed
        share->selectAll();
        QTest::keyClicks(share, QStringLiteral("37.5"));
        QVERIFY(qAbs(measure(id).parameters.value(QStringLiteral("share")).value - 0.375) < 1e-12);
    }

    // "Count exported power" is yes or no: a check box, stored as 1 or 0 as before.
    void yesNoParameterIsACheckBox()
    {
        addFromGallery(MeasureKind::RooftopSolar);
        const QString id = m_page->currentMeasureId();
        auto *exported =
            m_page->findChild<QCheckBox *>(QStringLiteral("parameter_export_creditCheckBox"));
        QVERIFY(exported && exported->isVisible());
        QVERIFY(!exported->isChecked());
        QVERIFY(
            !m_page->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_export_creditSpinBox"))
                 ->isVisible());
        QVERIFY(
            !m_page
                 ->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_export_creditLowSpinBox"))
                 ->isVisible());
        QTest::mouseClick(exported, Qt::LeftButton, {}, QPoint(6, exported->height() / 2));
        QCOMPARE(measure(id).parameters.value(QStringLiteral("export_credit")).value, 1.0);
        m_document->undoStack()->undo();
        QCOMPARE(measure(id).parameters.value(QStringLiteral("export_credit")).value, 0.0);
        QVERIFY(!exported->isChecked()); // the box shows the plan again
    }

    // The wheel over a field the user has not clicked scrolls the form; it used to change the
    // measure's owner group silently. A clicked (focused) field takes the wheel as usual.
    void wheelScrollsTheFormNotAnUnfocusedField()
    {
        m_page->resize(1366, 500); // short enough for the form to scroll
        m_page->selectMeasure(QStringLiteral("led"));
        QApplication::processEvents();
        auto *owner = m_page->findChild<QComboBox *>(QStringLiteral("ownerGroupComboBox"));
        auto *lifetime = m_page->findChild<QSpinBox *>(QStringLiteral("lifetimeSpinBox"));
        QVERIFY(owner && lifetime);
        QCOMPARE(owner->focusPolicy(), Qt::StrongFocus);
        const QString group = measure(QStringLiteral("led")).ownerGroup;
        const int years = measure(QStringLiteral("led")).lifetimeYears;
        const int steps = m_document->undoStack()->count();
        QScrollBar *bar = m_page->findChild<QScrollArea *>()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        const int scrolled = bar->value();
        wheel(owner, 1);
        wheel(lifetime, 1);
        QCOMPARE(measure(QStringLiteral("led")).ownerGroup, group);
        QCOMPARE(measure(QStringLiteral("led")).lifetimeYears, years);
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY2(bar->value() < scrolled, "the wheel goes on to the scroll area");

        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        lifetime->setFocus();
        QVERIFY(lifetime->hasFocus());
        wheel(lifetime, 1);
        QCOMPARE(measure(QStringLiteral("led")).lifetimeYears, years + 1);
    }

    // A measure added from the gallery takes its kind's lifetime: LED lamps 25,000 h at
    // 2,500 h a year = 10 years (docs/measures.md "Default lifetimes").
    void newMeasureTakesItsKindsLifetime()
    {
        addFromGallery(MeasureKind::LedLighting);
        QCOMPARE(m_document->plan().measures.last().lifetimeYears, 25000 / 2500);
        auto *lifetime = m_page->findChild<QSpinBox *>(QStringLiteral("lifetimeSpinBox"));
        QCOMPARE(lifetime->value(), 10);
        QVERIFY2(lifetime->toolTip().contains(QStringLiteral("25,000 h")),
                 qPrintable(lifetime->toolTip()));
    }

    void targetLinesAreTickedOneStepEach()
    {
        // LED acts by default on grid electricity in stationary energy: both electricity
        // lines of the sample (res-electricity, public-electricity), shown ticked.
        m_page->selectMeasure(QStringLiteral("led"));
        const qsizetype index = 1;
        QCOMPARE(m_document->plan().measures.at(index).id, QStringLiteral("led"));
        auto *lines = m_page->findChild<QListWidget *>(QStringLiteral("targetLinesList"));
        QVERIFY(lines);
        QCOMPARE(lines->count(), 2);
        const auto item = [&](const QString &id) {
            for (int row = 0; row < lines->count(); ++row)
                if (lines->item(row)->data(Qt::UserRole).toString() == id)
                    return lines->item(row);
            return static_cast<QListWidgetItem *>(nullptr);
        };
        QVERIFY(item(QStringLiteral("res-electricity")) &&
                item(QStringLiteral("public-electricity")));
        QCOMPARE(item(QStringLiteral("public-electricity"))->checkState(), Qt::Checked);
        QUndoStack *stack = m_document->undoStack();
        item(QStringLiteral("public-electricity"))->setCheckState(Qt::Unchecked);
        QCOMPARE(m_document->plan().measures.at(index).targets,
                 QStringList{QStringLiteral("res-electricity")});
        QCOMPARE(stack->count(), 1);
        // Unticking the last line is refused: with none named it would act on all defaults.
        item(QStringLiteral("res-electricity"))->setCheckState(Qt::Unchecked);
        QCOMPARE(item(QStringLiteral("res-electricity"))->checkState(), Qt::Checked);
        QCOMPARE(m_document->plan().measures.at(index).targets,
                 QStringList{QStringLiteral("res-electricity")});
        QCOMPARE(stack->count(), 1);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("targetHintLabel"))
                    ->text()
                    .contains(QStringLiteral("at least one line")));
        // Ticking it again is the default set, stored as "no lines named"; its own step.
        item(QStringLiteral("public-electricity"))->setCheckState(Qt::Checked);
        QVERIFY(m_document->plan().measures.at(index).targets.isEmpty());
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(item(QStringLiteral("public-electricity"))->checkState(), Qt::Unchecked);
    }

    void removeAndEmptyState()
    {
        auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeMeasureButton"));
        auto *empty = m_page->findChild<QLabel *>(QStringLiteral("emptyMeasuresLabel"));
        QVERIFY(remove && empty);
        QVERIFY(!empty->isVisible());
        QUndoStack *stack = m_document->undoStack();
        const qsizetype count = m_document->plan().measures.size();
        const QString first = m_document->plan().measures.first().id;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(m_document->plan().measures.size(), count - 1);
        QVERIFY(!m_document->plan().findMeasure(first));
        // Taken out of every scenario that used it, in the same step.
        for (const Scenario &s : m_document->plan().scenarios)
            for (const ScenarioMeasure &m : s.measures)
                QVERIFY(m.measure != first);
        QCOMPARE(m_page->currentMeasureId(), m_document->plan().measures.first().id);
        for (qsizetype i = 1; i < count; ++i)
            QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(m_document->plan().measures.isEmpty());
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Add a measure from the catalogue to start."));
        QVERIFY(!remove->isEnabled());
        QVERIFY(
            m_page->findChild<QPushButton *>(QStringLiteral("addFirstMeasureButton"))->isVisible());
        stack->undo();
        QCOMPARE(m_document->plan().measures.size(), qsizetype(1));
        QVERIFY(!empty->isVisible());
    }
};

QTEST_MAIN(TestMeasuresPage)
#include "TestMeasuresPage.moc"
