#pragma once

#include <QToolButton>

namespace zeroplan {

class ProblemListModel;

// The key-figure strip's warning that the figures are incomplete: "⚠ 2 problems affect these
// figures", shown only while the plan has errors (which leave lines or measures out of the
// engine); a click opens the Problems panel. Object name: problemsMarker.
class ProblemsMarker : public QToolButton
{
    Q_OBJECT

public:
    explicit ProblemsMarker(ProblemListModel *model, QWidget *parent = nullptr);

private:
    void refresh();

    ProblemListModel *m_model;
};

} // namespace zeroplan
