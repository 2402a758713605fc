#include "ProblemsMarker.h"

#include "ProblemListModel.h"

namespace zeroplan {

ProblemsMarker::ProblemsMarker(ProblemListModel *model, QWidget *parent)
    : QToolButton(parent), m_model(model)
{
    setObjectName(QStringLiteral("problemsMarker"));
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QToolButton { color: #8a4b00; font-weight: bold; }"));
    connect(model, &ProblemListModel::countsChanged, this, &ProblemsMarker::refresh);
    refresh();
}

// Rebuilt with the strip on a change of language, so the text needs no LanguageChange.
void ProblemsMarker::refresh()
{
    const int errors = m_model->errorCount();
    setText(tr("⚠ %n problem(s) affect these figures", nullptr, errors));
    setToolTip(tr("Lines or measures with errors are left out of the figures: click to see "
                  "the problems"));
    setVisible(errors > 0);
}

} // namespace zeroplan
