#pragma once

#include <QToolButton>

namespace zeroplan {

class ProblemListModel;

// The status bar's count of the open plan's problems ("2 errors, 3 warnings", with the icon
// of the worst); a click opens the Problems panel. Hidden while no plan is open.
// Object name: problemsBadge.
class ProblemsBadge : public QToolButton
{
    Q_OBJECT

public:
    explicit ProblemsBadge(ProblemListModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProblemListModel *m_model;
};

} // namespace zeroplan
