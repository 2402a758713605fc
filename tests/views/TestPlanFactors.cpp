// The plan's own emission factors, through the Baseline page as a user works: the factors
// dialog lists the library factor a line uses, Override… puts the community's own figure in
// its place everywhere, and a line's factor picker offers "New factor…", which adds a factor
// for the line's carrier and unit and gives it to the line in one undo step.
#include "PlanDocument.h"
#include "baseline/ActivityChoices.h"
#include "baseline/ActivityTableModel.h"
#include "baseline/PlanFactorsModel.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace zeroplan;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Runs `act` on the visible dialog named `name` once it is up (exec() blocks the test).
void whenDialog(const QString &name, std::function<void(QDialog *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, name, act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (dialog && dialog->isVisible() && dialog->objectName() == name) {
                timer->stop();
                timer->deleteLater();
                act(dialog);
                if (dialog->isVisible()) // a check failed before the dialog was closed
                    dialog->reject();
                return;
            }
        }
    });
    timer->start();
}

// Fills FactorDialog and presses OK.
void fillFactor(QDialog *dialog, const QString &name, const QString &value, const char *unit,
                const QString &source)
{
    if (!name.isEmpty())
        dialog->findChild<QLineEdit *>(s("factorNameEdit"))->setText(name);
    dialog->findChild<QLineEdit *>(s("factorValueEdit"))->setText(value);
    auto *mass = dialog->findChild<QComboBox *>(s("factorMassUnitComboBox"));
    mass->setCurrentIndex(mass->findData(s(unit)));
    dialog->findChild<QLineEdit *>(s("factorSourceEdit"))->setText(source);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

double baseYearGross(const LiveResults *results)
{
    return results->result().bauGross[0];
}

} // namespace

class TestPlanFactors : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Preferences::clear();
        Language::install(s("en"));
    }

    void overrideAndNewFactorThroughTheBaselinePage()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.findChild<QAction *>(s("newPlanAction"))->trigger();
        PlanDocument *document = window.document();
        auto *grid = window.findChild<QComboBox *>(s("gridRegionComboBox"));
        const int south = grid->findData(s("CN-South"));
        grid->setCurrentIndex(south);
        emit grid->activated(south);
        window.showPage(MainWindow::Page::Baseline);
        window.findChild<QPushButton *>(s("addActivityButton"))->click();
        auto *table = window.findChild<QTableView *>(s("activityTableView"));
        QAbstractItemModel *lines = table->model();
        QVERIFY(lines->setData(lines->index(0, ActivityTableModel::AmountColumn), s("1000000")));
        // 1,000,000 kWh × 0.4042 kg (MEE South China 2023) = 404.2 t.
        QTRY_VERIFY(std::abs(baseYearGross(window.results()) - 404.2) < 1e-6);

        // Emission factors…: the library's grid factor, used by the line and by measures.
        whenDialog(s("factorsDialog"), [](QDialog *dialog) {
            auto *view = dialog->findChild<QTableView *>(s("factorsView"));
            auto *model = qobject_cast<PlanFactorsModel *>(view->model());
            QVERIFY(model);
            const int row = model->rowOf(s("grid-cn-south-2023"));
            QVERIFY(row >= 0);
            QCOMPARE(model->originAt(row), PlanFactorsModel::Origin::Library);
            QCOMPARE(model->index(row, PlanFactorsModel::UsedByColumn).data().toString(),
                     s("1 baseline line; electricity that measures add"));
            view->selectRow(row);
            auto *edit = dialog->findChild<QPushButton *>(s("editFactorButton"));
            QCOMPARE(edit->text(), s("Override…"));
            whenDialog(s("factorDialog"), [](QDialog *form) {
                fillFactor(form, QString(), s("0.3"), "kg",
                           s("Shenzhen power supply bureau, community feeder 2024"));
            });
            edit->click();
            QCOMPARE(model->originAt(model->rowOf(s("grid-cn-south-2023"))),
                     PlanFactorsModel::Origin::Override);
            dialog->reject();
        });
        window.findChild<QPushButton *>(s("emissionFactorsButton"))->click();
        QCOMPARE(document->plan().factors.size(), 1);
        QCOMPARE(document->plan().factors.first().id, s("grid-cn-south-2023"));
        // The plan's 0.3 kg/kWh now counts: 1,000,000 × 0.3 kg = 300 t.
        QTRY_VERIFY(std::abs(baseYearGross(window.results()) - 300.0) < 1e-6);

        // A bus line, for which South China has no library factor: New factor… from its picker.
        window.findChild<QPushButton *>(s("addActivityButton"))->click();
        QVERIFY(lines->setData(lines->index(1, ActivityTableModel::CarrierColumn),
                               s("public_transport")));
        QCOMPARE(document->plan().activities.at(1).unit, s("passenger-km"));
        QVERIFY(document->plan().activities.at(1).factor.isEmpty());
        QVERIFY(lines->setData(lines->index(1, ActivityTableModel::AmountColumn), s("2000000")));
        const int stepsBefore = document->undoStack()->count();
        whenDialog(s("factorDialog"), [](QDialog *form) {
            // The form starts on the line's carrier and unit.
            QCOMPARE(form->findChild<QComboBox *>(s("factorCarrierComboBox"))->currentData(),
                     QVariant(s("public_transport")));
            QCOMPARE(form->findChild<QComboBox *>(s("factorActivityUnitComboBox"))->currentData(),
                     QVariant(s("passenger-km")));
            fillFactor(form, s("深圳公交 2024"), s("45"), "g",
                       s("Shenzhen Bus Group, social responsibility report 2024"));
        });
        QVERIFY(!lines->setData(lines->index(1, ActivityTableModel::FactorColumn),
                                ActivityChoices::newFactorValue()));
        QTRY_COMPARE(document->undoStack()->count(), stepsBefore + 1);
        const ActivityLine &bus = document->plan().activities.at(1);
        QCOMPARE(bus.factor, s("own-2024")); // the ASCII part of the name
        QCOMPARE(document->plan().factors.last().name, s("深圳公交 2024"));
        // 300 t + 2,000,000 passenger-km × 45 g = 300 + 90 t.
        QTRY_VERIFY(std::abs(baseYearGross(window.results()) - 390.0) < 1e-6);
        // One Undo takes the factor and the line's choice of it back together.
        document->undoStack()->undo();
        QVERIFY(document->plan().activities.at(1).factor.isEmpty());
        QCOMPARE(document->plan().factors.size(), 1);
    }
};

QTEST_MAIN(TestPlanFactors)
#include "TestPlanFactors.moc"
