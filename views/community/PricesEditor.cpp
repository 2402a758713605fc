#include "PricesEditor.h"

#include "PriceTableModel.h"
#include "common/ChoiceDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

PricesEditor::PricesEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_model(new PriceTableModel(document, this)), m_view(new QTableView(this)),
      m_addButton(new QPushButton(tr("Add price"), this)),
      m_removeButton(new QPushButton(tr("Remove price"), this)),
      m_regionalButton(new QPushButton(tr("Fill in regional prices"), this)),
      m_message(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("pricesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PriceTableModel::SourceColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    m_view->setMinimumHeight(110);
    m_view->setMaximumHeight(190);
    m_addButton->setObjectName(QStringLiteral("addPriceButton"));
    m_addButton->setToolTip(tr("Add the price of an energy carrier, from the community's bills"));
    m_removeButton->setObjectName(QStringLiteral("removePriceButton"));
    m_regionalButton->setObjectName(QStringLiteral("regionalPricesButton"));
    m_regionalButton->setToolTip(tr("Add the sourced prices ZeroPlan has for the grid region, "
                                    "for the carriers that have no price yet"));
    m_message->setObjectName(QStringLiteral("pricesMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_regionalButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        clearMessage();
        if (m_model->addPrice()) {
            const QModelIndex price =
                m_model->index(m_model->rowCount() - 1, PriceTableModel::PriceColumn);
            m_view->setCurrentIndex(price);
            m_view->edit(price);
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, &PricesEditor::removeSelected);
    connect(m_regionalButton, &QPushButton::clicked, this, [this] {
        clearMessage();
        m_model->addRegionalPrices();
    });
    connect(m_model, &PriceTableModel::refused, this, &PricesEditor::showMessage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PricesEditor::clearMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PricesEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &PricesEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PricesEditor::updateButtons);
    updateButtons();
}

void PricesEditor::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void PricesEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void PricesEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    clearMessage();
    m_model->removePrice(rows.first().row());
}

void PricesEditor::updateButtons()
{
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
    m_regionalButton->setEnabled(m_model->regionalPricesMissing() > 0);
}

} // namespace zeroplan
