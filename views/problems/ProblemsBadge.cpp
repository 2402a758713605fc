#include "ProblemsBadge.h"

#include "ProblemListModel.h"
#include "common/ProblemIcon.h"

#include <QEvent>

namespace zeroplan {

ProblemsBadge::ProblemsBadge(ProblemListModel *model, QWidget *parent)
    : QToolButton(parent), m_model(model)
{
    setObjectName(QStringLiteral("problemsBadge"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(model, &ProblemListModel::countsChanged, this, &ProblemsBadge::refresh);
    refresh();
}

void ProblemsBadge::refresh()
{
    setVisible(m_model->results() != nullptr);
    setText(m_model->summary());
    if (m_model->errorCount() > 0)
        setIcon(problemIcon(PlanProblem::Severity::Error));
    else if (m_model->warningCount() > 0)
        setIcon(problemIcon(PlanProblem::Severity::Warning));
    else
        setIcon(QIcon());
    setToolTip(tr("The plan's errors and warnings: click to show them"));
}

void ProblemsBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace zeroplan
