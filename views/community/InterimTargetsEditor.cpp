#include "InterimTargetsEditor.h"

#include "InterimTargetModel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace zeroplan {

InterimTargetsEditor::InterimTargetsEditor(PlanDocument *document, QWidget *parent)
    : PlanListEditor(
          new InterimTargetModel(document),
          {QStringLiteral("interimTargetsView"), QStringLiteral("addInterimTargetButton"),
           QStringLiteral("removeInterimTargetButton"),
           QStringLiteral("interimTargetsMessageLabel"), tr("Add target"), tr("Remove target")},
          parent),
      m_model(qobject_cast<InterimTargetModel *>(view()->model()))
{
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view()->setMinimumHeight(110);
    view()->setMaximumHeight(170);
    addButton()->setToolTip(tr("Add an interim target, such as −40 % by 2030"));
    connect(this, &PlanListEditor::addClicked, this, [this] {
        if (m_model->addTarget())
            view()->selectRow(m_model->rowCount() - 1);
    });
    connect(this, &PlanListEditor::removeClicked, m_model, &InterimTargetModel::removeTarget);
}

} // namespace zeroplan
