#include "ProblemsPanel.h"

#include "ProblemListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

ProblemsPanel::ProblemsPanel(ProblemListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ProblemListModel::WhereColumn, 320);
    m_empty->setObjectName(QStringLiteral("noProblemsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    // activated: Enter, and a double-click (or a click where the style opens on one).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit problemActivated(index.data(ProblemListModel::PathRole).toString());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateEmptyState);
    retranslate();
    updateEmptyState();
}

void ProblemsPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

void ProblemsPanel::retranslate()
{
    m_empty->setText(tr("No problems: every figure of the plan is counted."));
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace zeroplan
