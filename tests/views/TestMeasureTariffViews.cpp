// A measure's own tariff in the app (docs/measures.md, "A measure's own tariff"): a plan of
// heat pumps opened from its file, the pumps picked on the Measures page, the form's
// "Beijing valley tariff", a cap typed into the table and Edit → Undo change the measure's
// money on the live results exactly as worked by hand (tests/model/TestMeasureTariff.cpp);
// a cap of 0 is refused with the reason and the plan stays as it was; the printed plan lists
// the tariff in both languages.
#include "PlanDocument.h"
#include "PlanFixtures.h"
#include "ReportPdfText.h"
#include "VisibleChild.h"
#include "measures/TariffTableModel.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "residents/PayerPresets.h"
#include "storage/PlanJson.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace zeroplan;
using zeroplan::test::visibleChild;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The money the pumps save in 2025 on the live results (0 before the first result).
double pumpSavings(const MainWindow &window)
{
    const PlanResult &r = window.results()->result();
    if (r.scenarios.empty() || r.scenarios.front().measures.empty())
        return 0;
    return r.scenarios.front().measures.front().savings[1];
}

} // namespace

class TestMeasureTariffViews : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Preferences::clear();
        Language::install(s("en"));
    }

    void tariffThroughTheForm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(s("pumps.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(PlanJson::write(test::gasHeatPumpPlan()));
        }
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openFile(path));
        PlanDocument *document = window.document();
        window.showPage(MainWindow::Page::Measures);
        auto *list = visibleChild<QListWidget>(&window, s("measureListView"));
        QVERIFY(list);
        list->setCurrentRow(0);
        // At the plan's prices: 200,000 m³ × 3.0 − 778,620 kWh × 0.5 = 210,690 CNY a year.
        QTRY_VERIFY(std::abs(pumpSavings(window) - 210690) < 1e-6);

        auto *beijing = visibleChild<QPushButton>(&window, s("beijingTariffButton"));
        QVERIFY(beijing);
        QUndoStack *stack = document->undoStack();
        const int steps = stack->count();
        beijing->click();
        QCOMPARE(document->plan().measures[0].tariffs,
                 QList<MeasureTariff>{PayerPresets::beijingValleyTariff()});
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), s("Apply the Beijing valley tariff"));
        // 10,000 kWh × 400 households is more than the 778,620 kWh added: all at 0.1.
        // 600,000 − 77,862 = 522,138.
        QTRY_VERIFY(std::abs(pumpSavings(window) - 522138) < 1e-6);

        // A cap of 1,000 kWh per household typed into the table: 400,000 kWh at 0.1, the rest
        // at 0.5: 600,000 − 40,000 − 189,310 = 370,690.
        auto *view = visibleChild<QTableView>(&window, s("tariffsView"));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, TariffTableModel::CapColumn).data().toString(), s("10,000"));
        QVERIFY(model->setData(model->index(0, TariffTableModel::CapColumn), s("1000")));
        QCOMPARE(document->plan().measures[0].tariffs[0].capPerHousehold, 1000.0);
        QCOMPARE(stack->undoText(), s("Change own tariff"));
        QTRY_VERIFY(std::abs(pumpSavings(window) - 370690) < 1e-6);

        // A cap of 0 is refused, said under the table; nothing changes.
        const Plan before = document->plan();
        QVERIFY(!model->setData(model->index(0, TariffTableModel::CapColumn), s("0")));
        auto *message = visibleChild<QLabel>(&window, s("tariffsMessageLabel"));
        QVERIFY(message);
        QCOMPARE(message->text(),
                 s("Own tariffs: the cap must be a number above 0, or empty for no cap."));
        QVERIFY(document->plan() == before);

        // An empty cap is no cap again: 522,138.
        QVERIFY(model->setData(model->index(0, TariffTableModel::CapColumn), QString()));
        QVERIFY(!document->plan().measures[0].tariffs[0].capPerHousehold);
        QTRY_VERIFY(std::abs(pumpSavings(window) - 522138) < 1e-6);

        // Edit → Undo three times: the cap, the cap, the tariff; back to 210,690.
        auto *undo = window.findChild<QAction *>(s("undoAction"));
        QVERIFY(undo);
        for (int i = 0; i < 3; ++i)
            undo->trigger();
        QVERIFY(document->plan().measures[0].tariffs.isEmpty());
        QCOMPARE(model->rowCount(), 0);
        QTRY_VERIFY(std::abs(pumpSavings(window) - 210690) < 1e-6);

        // Add: an electricity tariff at the plan's own 0.5 CNY/kWh, so nothing moves yet.
        visibleChild<QPushButton>(&window, s("addTariffButton"))->click();
        QCOMPARE(model->rowCount(), 1);
        const MeasureTariff added = document->plan().measures[0].tariffs.at(0);
        QCOMPARE(added.carrier, s("electricity"));
        QCOMPARE(added.unit, s("kWh"));
        QCOMPARE(added.price, 0.5);
        QVERIFY(!added.capPerHousehold);
        QCOMPARE(stack->undoText(), s("Add own tariff"));
    }

    // The printed plan's assumptions list the tariff under the energy prices, in both
    // languages, with its cap and source.
    void reportListsTheTariff()
    {
        Plan plan = test::gasHeatPumpPlan();
        plan.measures[0].tariffs = {PayerPresets::beijingValleyTariff()};
        QTemporaryDir dir;
        ReportOptions options;
        options.sections = {ReportSection::Assumptions};
        options.date = QDate(2026, 12, 7);
        QString text =
            test::reportPdfText(plan, test::noLibrary(), options, dir.filePath(s("en.pdf")));
        QVERIFY2(text.contains(s("Measures' own tariffs")), qPrintable(text));
        QVERIFY2(text.contains(s("0.10 CNY per kWh, up to 10,000 kWh per household a year")),
                 qPrintable(text));
        QVERIFY(text.contains(s("煤改电")));
        options.language = s("zh_CN");
        text = test::reportPdfText(plan, test::noLibrary(), options, dir.filePath(s("zh.pdf")))
                   .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(s("措施自有价格")), qPrintable(text));
        QVERIFY2(text.contains(s("每年最多 10,000 kWh")) && text.contains(s("0.10 元/kWh")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestMeasureTariffViews)
#include "TestMeasureTariffViews.moc"
