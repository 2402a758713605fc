#include "ProblemsDock.h"

#include "PlanDocument.h"
#include "ProblemListModel.h"
#include "ProblemsMarker.h"
#include "ProblemsPanel.h"
#include "common/LiveResults.h"

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
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Problems"));
        m_model->refresh(); // the places are words in the UI language
    }
    QDockWidget::changeEvent(event);
}

} // namespace zeroplan
