#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace zeroplan {

class ProblemListModel;

// The Problems panel: the open plan's errors and warnings in a table (severity, where, the
// message). Double-click or Enter on a problem asks to go there (problemActivated).
// Object names: problemsPanel, problemsView, noProblemsLabel.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProblemListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

signals:
    void problemActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();
    void retranslate();

    ProblemListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace zeroplan
