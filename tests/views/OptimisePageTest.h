#pragma once

// What the Optimise page's tests share (TestOptimisePage, TestOptimisePageLimits): the page on
// a sample plan, opened as an untitled document with its live results, and the user's moves
// on it: tick measures and type their levels, press Run.
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "engine/ScenarioEngine.h"
#include "optimise/OptimiseCandidateTable.h"
#include "optimise/OptimisePage.h"
#include "optimise/OptimiseResultView.h"
#include "optimise/Optimiser.h"
#include "optimise/RobustOptimiser.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace zeroplan::test {

// Debug and sanitizer builds run the engine far slower than a release build.
inline constexpr int kRunTimeoutMs = 300000;
inline constexpr int kTargetYear = 2040;
inline const QStringList kFive{QStringLiteral("led"), QStringLiteral("heat-pumps"),
                               QStringLiteral("solar"), QStringLiteral("composting"),
                               QStringLiteral("trees")};
inline const QString kLed = QStringLiteral("LED lighting in homes and public buildings");

// What the page asks with the five ticked at 0, 50 and 100 %, net 20 % below base-year gross
// in 2040: the request the tests build to compare with.
inline OptimiseRequest fiveAtACutOf20()
{
    OptimiseRequest request;
    for (const QString &id : kFive)
        request.candidates.append({id, {0.0, 0.5, 1.0}});
    request.targetYear = kTargetYear;
    request.target = OptimiseRequest::Target::Cut;
    request.cut = 0.2;
    return request;
}

// The fixture: each test class's initTestCase(), init() and cleanup() slots call
// initCase(), openSample() and closePage().
class OptimisePageTest : public QObject
{
protected:
    void initCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void openSample(const QString &path = QStringLiteral(":/samples/european-ecodistrict.json"))
    {
        closePage();
        const PlanReadResult read = PlanJson::readFile(path);
        QVERIFY(read.plan);
        m_document = PlanDocument::fromPlan(*read.plan, m_dir.path());
        m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
        m_page = std::make_unique<OptimisePage>(m_document.get(), m_results.get());
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void closePage()
    {
        m_page.reset();
        m_results.reset();
        m_document.reset();
    }

    template <typename T> T *child(const char *name)
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // As the user edits a cell: select it, type over its text, press Enter.
    void typeLevels(int row, const QString &text)
    {
        auto *table = child<OptimiseCandidateTable>("optimiseCandidateTable");
        table->setCurrentCell(row, OptimiseCandidateTable::LevelsColumn);
        table->editItem(table->item(row, OptimiseCandidateTable::LevelsColumn));
        // The cell's editor: the one line edit in the table while a cell is edited.
        const QList<QLineEdit *> editors = table->viewport()->findChildren<QLineEdit *>();
        QCOMPARE(editors.size(), 1);
        QLineEdit *editor = editors.first();
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits it queued
        QTRY_COMPARE(table->item(row, OptimiseCandidateTable::LevelsColumn)->text(), text);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor
    }

    // Ticks exactly the measures `ids` and types `levels` into each one's levels cell.
    void chooseCandidates(const QStringList &ids, const QString &levels)
    {
        auto *table = child<OptimiseCandidateTable>("optimiseCandidateTable");
        QCOMPARE(table->rowCount(), int(m_document->plan().measures.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QTableWidgetItem *name = table->item(r, OptimiseCandidateTable::MeasureColumn);
            const bool wanted = ids.contains(name->data(Qt::UserRole).toString());
            name->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
            if (wanted)
                typeLevels(r, levels);
        }
    }

    void clickRun() { QTest::mouseClick(child<QPushButton>("runOptimiseButton"), Qt::LeftButton); }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<OptimisePage> m_page;
};

} // namespace zeroplan::test
