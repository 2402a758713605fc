// Co-benefits in the app and the printed plan (docs/measures.md, "Co-benefits"): a measure
// added from the gallery in a plan from File → New carries its kind's ratings, a rating and a
// note changed through the measure form's widgets are one undo step each and Edit → Undo takes
// them back; the matrix follows the current scenario's measures on the Shenzhen sample; the
// report prints the matrix and its sources in English and in Chinese.
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "ReportPdfText.h"
#include "SampleDocument.h"
#include "VisibleChild.h"
#include "measures/CoBenefitDefaults.h"
#include "measures/MeasureCatalogue.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "residents/CoBenefitsMatrix.h"
#include "storage/FactorLibraryJson.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace zeroplan;
using zeroplan::test::visibleChild;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Adds a measure of the kind whose gallery item starts with `title`, as a click on Add does.
void addFromGallery(QWidget *window, const QString &title)
{
    QTimer::singleShot(50, [title] {
        QWidget *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("measureGalleryDialog") && w->isVisible())
                dialog = w;
        }
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(s("measureGalleryList"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(title))
                list->setCurrentRow(i);
        }
        dialog->findChild<QPushButton *>(s("addFromGalleryButton"))->click();
    });
    window->findChild<QPushButton *>(s("addMeasureButton"))->click();
}

} // namespace

class TestCoBenefitsViews : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Preferences::clear();
        Language::install(s("en"));
    }

    void formEditsAreUndoSteps()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.findChild<QAction *>(s("newPlanAction"))->trigger();
        PlanDocument *document = window.document();
        QVERIFY(document);
        window.showPage(MainWindow::Page::Measures);
        addFromGallery(&window, s("Building retrofit"));
        QTRY_COMPARE(document->plan().measures.size(), 1);
        const Measure &added = document->plan().measures.first();
        QCOMPARE(added.kind, MeasureKind::BuildingRetrofit);
        // The gallery's measure has the catalogue's four ratings: health, comfort, jobs, bills.
        QCOMPARE(added.coBenefits, CoBenefitDefaults::forKind(MeasureKind::BuildingRetrofit));
        QCOMPARE(added.coBenefits.size(), 4);

        auto *jobs = visibleChild<QComboBox>(&window, s("coBenefitRating_jobsComboBox"));
        QVERIFY(jobs);
        QCOMPARE(jobs->currentData().toString(), s("positive"));
        auto *jobsNote = visibleChild<QLineEdit>(&window, s("coBenefitNote_jobsEdit"));
        QVERIFY(jobsNote);
        QCOMPARE(jobsNote->text(), s("Retrofit work is local and labour-intensive"));
        QVERIFY(jobs->toolTip().contains(s("IEA, Sustainable Recovery (2020)")));
        auto *air = visibleChild<QComboBox>(&window, s("coBenefitRating_air_qualityComboBox"));
        QVERIFY(air);
        QCOMPARE(air->currentData().toString(), s("not_assessed"));

        QUndoStack *stack = document->undoStack();
        const int steps = stack->count();
        const QList<CoBenefit> defaults = document->plan().measures.first().coBenefits;

        // Jobs worse, picked in the combo box as a click does: one step, the catalogue's source
        // dropped (it backed "better"), the note kept.
        const int worse = jobs->findData(s("negative"));
        QVERIFY(worse >= 0);
        jobs->setCurrentIndex(worse);
        emit jobs->activated(worse);
        CoBenefit changed =
            coBenefitFor(document->plan().measures.first().coBenefits, CoBenefitDimension::Jobs);
        QCOMPARE(changed.rating, CoBenefitRating::Negative);
        QVERIFY(changed.source.isEmpty());
        QCOMPARE(changed.note, s("Retrofit work is local and labour-intensive"));
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), s("Change jobs of “Building retrofit”"));

        // A note typed for neighbourliness, which was not assessed: one more step when editing
        // ends; the rating stays not assessed.
        auto *neighbours = visibleChild<QLineEdit>(&window, s("coBenefitNote_neighbourlinessEdit"));
        QVERIFY(neighbours);
        neighbours->setFocus();
        QTest::keyClicks(neighbours, s("Scaffolding for months"));
        QTest::keyClick(neighbours, Qt::Key_Return);
        changed = coBenefitFor(document->plan().measures.first().coBenefits,
                               CoBenefitDimension::Neighbourliness);
        QCOMPARE(changed.note, s("Scaffolding for months"));
        QCOMPARE(changed.rating, CoBenefitRating::NotAssessed);
        QCOMPARE(stack->count(), steps + 2);
        QCOMPARE(document->plan().measures.first().coBenefits.size(), 5);

        // Edit → Undo: the note goes, then the rating comes back with its source.
        auto *undo = window.findChild<QAction *>(s("undoAction"));
        QVERIFY(undo);
        undo->trigger();
        QCOMPARE(document->plan().measures.first().coBenefits.size(), 4);
        QTRY_COMPARE(neighbours->text(), QString());
        undo->trigger();
        QCOMPARE(document->plan().measures.first().coBenefits, defaults);
        QCOMPARE(jobs->currentData().toString(), s("positive"));
        // And once more: the measure itself goes.
        undo->trigger();
        QVERIFY(document->plan().measures.isEmpty());
    }

    // The matrix on the Shenzhen sample (opened explicitly; its measures carry their kind's
    // ratings, resources/samples/README.md), cleared to "?" and rated again through the
    // document.
    void matrixFollowsTheScenario()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::unique_ptr<PlanDocument> document = test::openShenzhenSample(dir.path());
        LiveResults live(document.get(), FactorLibraryJson::builtIn());
        CoBenefitsMatrix matrix(document.get(), &live);
        matrix.resize(1000, 600);
        matrix.show();
        auto *table = matrix.findChild<QTableWidget *>(s("coBenefitsTable"));
        QVERIFY(table);
        const Plan &plan = document->plan();
        QVERIFY(plan.scenarios.size() >= 2);
        const Scenario &first = plan.scenarios.at(live.currentScenario());
        QCOMPARE(table->rowCount(), int(first.measures.size()));
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->horizontalHeaderItem(5)->text(), s("Bills"));
        // As shipped: each cell the mark of the sample's rating (LED: bills ✓, the rest ?).
        for (int r = 0; r < table->rowCount(); ++r) {
            const Measure *shipped = plan.findMeasure(first.measures.at(r).measure);
            for (int c = 0; c < 6; ++c) {
                QCOMPARE(table->item(r, c)->text(),
                         coBenefitRatingMark(
                             coBenefitFor(shipped->coBenefits, CoBenefitDimension(c)).rating));
            }
        }
        const Measure *led = plan.findMeasure(s("led"));
        QVERIFY(led);
        QCOMPARE(coBenefitFor(led->coBenefits, CoBenefitDimension::Bills).rating,
                 CoBenefitRating::Positive);
        QCOMPARE(coBenefitFor(led->coBenefits, CoBenefitDimension::Jobs).rating,
                 CoBenefitRating::NotAssessed);
        // Every rating of the scenario's measures cleared (one undo step each): all "?".
        for (const ScenarioMeasure &sm : first.measures) {
            const qsizetype at = plan.findMeasure(sm.measure) - plan.measures.constData();
            for (const CoBenefit &b : QList<CoBenefit>(plan.measures.at(at).coBenefits)) {
                CoBenefit cleared;
                cleared.dimension = b.dimension;
                document->undoStack()->push(new ChangeValue<CoBenefit>(
                    document.get(), PlanFields::measureCoBenefit(plan, at, b.dimension), cleared,
                    UndoMerge::Never));
            }
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < 6; ++c)
                QCOMPARE(table->item(r, c)->text(), s("?"));
        }
        auto *title = matrix.findChild<QLabel *>(s("coBenefitsTitleLabel"));
        QVERIFY(title->text().contains(first.name));

        // The first measure of the scenario gets its kind's defaults, as one undo step.
        const QString id = first.measures.first().measure;
        const qsizetype index = plan.findMeasure(id) - plan.measures.constData();
        const Measure &m = plan.measures.at(index);
        const QList<CoBenefit> defaults = CoBenefitDefaults::forKind(m.kind);
        QVERIFY(!defaults.isEmpty());
        for (const CoBenefit &b : defaults) {
            document->undoStack()->push(new ChangeValue<CoBenefit>(
                document.get(), PlanFields::measureCoBenefit(plan, index, b.dimension), b,
                UndoMerge::Never));
        }
        const CoBenefit shown = defaults.first();
        QTableWidgetItem *cell = table->item(0, int(shown.dimension));
        QCOMPARE(cell->text(), coBenefitRatingMark(shown.rating));
        QVERIFY(cell->toolTip().contains(shown.note));
        QVERIFY(cell->toolTip().contains(shown.source));

        // Another scenario: the rows are its measures, in its order.
        live.setCurrentScenario(1);
        const Scenario &second = plan.scenarios.at(1);
        QCOMPARE(table->rowCount(), int(second.measures.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->verticalHeaderItem(r)->text(),
                     MeasureCatalogue::displayName(*plan.findMeasure(second.measures[r].measure)));
        }
        QVERIFY(title->text().contains(second.name));
    }

    // The printed plan's co-benefits table, in both languages, ✓ included (DejaVu Sans has it).
    void reportPrintsTheMatrix_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("zh_CN") << s("zh_CN");
    }
    void reportPrintsTheMatrix()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PlanReadResult read = PlanJson::readFile(s(":/samples/shenzhen-xinqiao.json"));
        QVERIFY(read.plan);
        Plan plan = *read.plan;
        bool composting = false;
        for (Measure &m : plan.measures) {
            m.coBenefits = CoBenefitDefaults::forKind(m.kind, s("en"));
            composting = composting || m.kind == MeasureKind::Composting ||
                         m.kind == MeasureKind::WasteSorting;
        }
        QVERIFY(composting); // the sample has a waste measure rated by the practice guide
        ReportOptions options;
        options.language = language;
        options.date = QDate(2026, 12, 6);
        options.uncertaintySamples = 50;
        const QString text = test::reportPdfText(plan, FactorLibraryJson::builtIn(), options,
                                                 dir.filePath(s("report.pdf")));
        QVERIFY(!text.isEmpty());
        // PDF text extraction gives some CJK characters as their Kangxi radicals (⼈ for 人): NFKC
        // folds them back.
        const QString compact = QString(text)
                                    .remove(QRegularExpression(s("\\s")))
                                    .normalized(QString::NormalizationForm_KC);
        QVERIFY2(compact.contains(s("✓")), "the ✓ mark prints");
        // (NFKC also makes the title's full-width colon a colon.)
        QVERIFY(compact.contains(s("《碳中和社区实践指南：从个人到邻里的环保协同》")
                                     .normalized(QString::NormalizationForm_KC)));
        if (language == s("en")) {
            QVERIFY(text.contains(s("Co-benefits")));
            QVERIFY(compact.contains(s("Neighbourliness")));
            QVERIFY(compact.contains(s("notassessed"), Qt::CaseInsensitive));
        }
        // Without co-benefits (the sample's ratings cleared) the table says so.
        Plan unrated = *read.plan;
        for (Measure &m : unrated.measures)
            m.coBenefits.clear();
        const QString plain = test::reportPdfText(unrated, FactorLibraryJson::builtIn(), options,
                                                  dir.filePath(s("plain.pdf")));
        if (language == s("en"))
            QVERIFY(plain.contains(s("No measure's co-benefits are assessed yet.")));
    }
};

QTEST_MAIN(TestCoBenefitsViews)
#include "TestCoBenefitsViews.moc"
