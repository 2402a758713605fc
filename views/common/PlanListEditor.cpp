#include "PlanListEditor.h"

#include "PlanListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

PlanListEditor::PlanListEditor(PlanListModel *model, const Names &names, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)),
      m_addButton(new QPushButton(names.addText, this)),
      m_removeButton(new QPushButton(names.removeText, this)), m_buttons(new QHBoxLayout),
      m_message(new QLabel(this))
{
    m_model->setParent(this);
    m_view->setObjectName(names.view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_addButton->setObjectName(names.addButton);
    m_removeButton->setObjectName(names.removeButton);
    m_message->setObjectName(names.message);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    m_buttons->addWidget(m_addButton);
    m_buttons->addWidget(m_removeButton);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(m_buttons);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        clearMessage();
        emit addClicked();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        clearMessage();
        emit removeClicked(rows.first().row());
    });
    connect(m_model, &PlanListModel::refused, this, &PlanListEditor::showMessage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanListEditor::clearMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] { updateButtons(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    m_removeButton->setEnabled(false);
}

void PlanListEditor::addExtraButton(QPushButton *button)
{
    button->setParent(this);
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the stretch
}

void PlanListEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void PlanListEditor::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void PlanListEditor::updateButtons()
{
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace zeroplan
