#include "ProblemsDock.h"

#include "PlanDocument.h"
#include "ProblemListModel.h"
#include "ProblemsMarker.h"
#include "ProblemsPanel.h"
#include "present/LiveResults.h"

#include <QBoxLayout>
#include <QEvent>
#include <QTableView>

namespace zeroplan {

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(parent), m_model(new ProblemListModel(this)),
      m_panel(new ProblemsPanel(m_model, this))
{
    setObjectName(QStringLiteral("problemsDock"));
    setWindowTitle(tr("Problems"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    setWidget(m_panel);
    toggleViewAction()->setObjectName(QStringLiteral("problemsAction"));
    connect(m_panel, &ProblemsPanel::problemActivated, this, &ProblemsDock::problemActivated);
}

void ProblemsDock::setResults(LiveResults *results)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_results = results;
    m_document = results ? results->document() : nullptr;
    if (m_document)
        connect(m_document, &PlanDocument::saved, this, &ProblemsDock::onSaved);
    m_model->setResults(results);
}

void ProblemsDock::addMarkerTo(QWidget *strip)
{
    auto *marker = new ProblemsMarker(m_model, strip);
    if (auto *box = qobject_cast<QBoxLayout *>(strip->layout()))
        box->addWidget(marker, 0, Qt::AlignVCenter);
    connect(marker, &ProblemsMarker::clicked, this, &ProblemsDock::showAndRaise);
}

void ProblemsDock::showAndRaise()
{
    m_model->refresh();
    show();
    raise();
    m_panel->view()->setFocus(Qt::OtherFocusReason);
}

// The validator's findings as they are at the save, not the panel's (which may lag 300 ms).
void ProblemsDock::onSaved()
{
    if (!m_results)
        return;
    const PlanProblems &problems = m_results->problems();
    const int errors =
        int(std::count_if(problems.cbegin(), problems.cend(), [](const PlanProblem &p) {
            return p.severity == PlanProblem::Severity::Error;
        }));
    if (errors > 0) {
        emit statusMessage(tr("Saved with %n error(s) — the figures leave out what they concern; "
                              "View → Problems lists them",
                              nullptr, errors));
    } else if (m_reportedErrors) {
        emit statusMessage(QString()); // the word about the last save is no longer true
    }
    m_reportedErrors = errors > 0;
}

void ProblemsDock::changeEvent(QEvent *event)
{
    // Installing a translator sends LanguageChange once per translator: act once, after them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &ProblemsDock::retranslate, Qt::QueuedConnection);
    }
    QDockWidget::changeEvent(event);
}

void ProblemsDock::retranslate()
{
    m_retranslatePending = false;
    setWindowTitle(tr("Problems"));
    // The validator words its messages when it runs: run it again, in the new language.
    if (m_results)
        m_results->recompute();
    m_model->retranslate();
}

} // namespace zeroplan
