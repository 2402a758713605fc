#include "InterimTargetsEditor.h"

#include "InterimTargetModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

InterimTargetsEditor::InterimTargetsEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_model(new InterimTargetModel(document, this)),
      m_view(new QTableView(this)), m_addButton(new QPushButton(tr("Add target"), this)),
      m_removeButton(new QPushButton(tr("Remove target"), this)), m_message(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("interimTargetsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    m_view->setMinimumHeight(110);
    m_view->setMaximumHeight(170);
    m_addButton->setObjectName(QStringLiteral("addInterimTargetButton"));
    m_addButton->setToolTip(tr("Add an interim target, such as −40 % by 2030"));
    m_removeButton->setObjectName(QStringLiteral("removeInterimTargetButton"));
    m_message->setObjectName(QStringLiteral("interimTargetsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        clearMessage();
        if (m_model->addTarget())
            m_view->selectRow(m_model->rowCount() - 1);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &InterimTargetsEditor::removeSelected);
    connect(m_model, &InterimTargetModel::refused, this, &InterimTargetsEditor::showMessage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InterimTargetsEditor::clearMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InterimTargetsEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterimTargetsEditor::updateButtons);
    updateButtons();
}

void InterimTargetsEditor::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void InterimTargetsEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void InterimTargetsEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    clearMessage();
    m_model->removeTarget(rows.first().row());
}

void InterimTargetsEditor::updateButtons()
{
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace zeroplan
