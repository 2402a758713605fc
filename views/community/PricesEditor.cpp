#include "PricesEditor.h"

#include "PriceTableModel.h"
#include "common/ChoiceDelegate.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace zeroplan {

PricesEditor::PricesEditor(PlanDocument *document, QWidget *parent)
    : PlanListEditor(new PriceTableModel(document),
                     {QStringLiteral("pricesView"), QStringLiteral("addPriceButton"),
                      QStringLiteral("removePriceButton"), QStringLiteral("pricesMessageLabel"),
                      tr("Add price"), tr("Remove price")},
                     parent),
      m_model(qobject_cast<PriceTableModel *>(view()->model())),
      m_regionalButton(new QPushButton(tr("Fill in regional prices")))
{
    view()->setItemDelegate(new ChoiceDelegate(view()));
    view()->setWordWrap(false);
    QHeaderView *header = view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PriceTableModel::SourceColumn, QHeaderView::Stretch);
    view()->setMinimumHeight(110);
    view()->setMaximumHeight(190);
    addButton()->setToolTip(tr("Add the price of an energy carrier, from the community's bills"));
    m_regionalButton->setObjectName(QStringLiteral("regionalPricesButton"));
    m_regionalButton->setToolTip(tr("Add the sourced prices ZeroPlan has for the grid region, "
                                    "for the carriers that have no price yet"));
    addExtraButton(m_regionalButton);

    connect(this, &PlanListEditor::addClicked, this, [this] {
        if (m_model->addPrice()) {
            const QModelIndex price =
                m_model->index(m_model->rowCount() - 1, PriceTableModel::PriceColumn);
            view()->setCurrentIndex(price);
            view()->edit(price);
        }
    });
    connect(this, &PlanListEditor::removeClicked, m_model, &PriceTableModel::removePrice);
    connect(m_regionalButton, &QPushButton::clicked, this, [this] {
        clearMessage();
        m_model->addRegionalPrices();
    });
    updateButtons();
}

void PricesEditor::updateButtons()
{
    PlanListEditor::updateButtons();
    m_regionalButton->setEnabled(m_model->regionalPricesMissing() > 0);
}

} // namespace zeroplan
