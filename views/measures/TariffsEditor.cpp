#include "TariffsEditor.h"

#include "TariffTableModel.h"
#include "common/ChoiceDelegate.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace zeroplan {

TariffsEditor::TariffsEditor(PlanDocument *document, const QString &measureId, QWidget *parent)
    : PlanListEditor(new TariffTableModel(document, measureId),
                     {QStringLiteral("tariffsView"), QStringLiteral("addTariffButton"),
                      QStringLiteral("removeTariffButton"), QStringLiteral("tariffsMessageLabel"),
                      tr("Add tariff"), tr("Remove tariff")},
                     parent),
      m_model(qobject_cast<TariffTableModel *>(view()->model()))
{
    view()->setItemDelegate(new ChoiceDelegate(view()));
    view()->setWordWrap(false);
    QHeaderView *header = view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TariffTableModel::SourceColumn, QHeaderView::Stretch);
    view()->setMinimumHeight(60);
    view()->setMaximumHeight(110);
    addButton()->setToolTip(tr("Price the energy this measure buys or saves differently from "
                               "the plan's prices, e.g. a heat-pump tariff"));
    auto *beijing = new QPushButton(tr("Beijing valley tariff"));
    beijing->setObjectName(QStringLiteral("beijingTariffButton"));
    beijing->setToolTip(tr("Electricity at 0.1 CNY/kWh for up to 10,000 kWh per household and "
                           "heating season (Beijing coal-to-electricity policy; check the local "
                           "notice)"));
    addExtraButton(beijing);

    connect(this, &PlanListEditor::addClicked, this, [this] {
        if (m_model->addTariff()) {
            const QModelIndex price =
                m_model->index(m_model->rowCount() - 1, TariffTableModel::PriceColumn);
            view()->setCurrentIndex(price);
            view()->edit(price);
        }
    });
    connect(this, &PlanListEditor::removeClicked, m_model, &TariffTableModel::removeTariff);
    connect(beijing, &QPushButton::clicked, this, [this] {
        clearMessage();
        m_model->applyBeijingValleyTariff();
    });
}

} // namespace zeroplan
