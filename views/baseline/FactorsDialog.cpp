#include "FactorsDialog.h"

#include "ChangeValue.h"
#include "FactorDialog.h"
#include "PlanDocument.h"
#include "PlanFactorsModel.h"
#include "PlanFields.h"
#include "inventory/Carrier.h"
#include "storage/FactorText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zeroplan {

FactorsDialog::FactorsDialog(PlanDocument *document, const FactorLibrary &library, QWidget *parent)
    : QDialog(parent), m_document(document), m_model(new PlanFactorsModel(document, library, this)),
      m_view(new QTableView(this)), m_newButton(new QPushButton(tr("New factor…"), this)),
      m_editButton(new QPushButton(tr("Edit…"), this)),
      m_removeButton(new QPushButton(tr("Remove"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("factorsDialog"));
    setWindowTitle(tr("Emission factors of the plan"));
    m_view->setObjectName(QStringLiteral("factorsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_newButton->setObjectName(QStringLiteral("newFactorButton"));
    m_editButton->setObjectName(QStringLiteral("editFactorButton"));
    m_removeButton->setObjectName(QStringLiteral("removeFactorButton"));
    m_message->setObjectName(QStringLiteral("factorsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    auto *intro = new QLabel(
        tr("The factors this plan counts with. A library factor can be overridden with the "
           "community's own figure: the plan's value then counts wherever the library's did."),
        this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(980, 460);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newButton, &QPushButton::clicked, this, &FactorsDialog::newFactor);
    connect(m_editButton, &QPushButton::clicked, this, &FactorsDialog::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &FactorsDialog::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &FactorsDialog::removeSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FactorsDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FactorsDialog::updateButtons);
    updateButtons();
}

int FactorsDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FactorsDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void FactorsDialog::updateButtons()
{
    const int row = selectedRow();
    const bool library = m_model->originAt(row) == PlanFactorsModel::Origin::Library;
    m_editButton->setEnabled(row >= 0);
    m_editButton->setText(row >= 0 && library ? tr("Override…") : tr("Edit…"));
    m_removeButton->setEnabled(row >= 0 && !library);
    m_removeButton->setText(m_model->originAt(row) == PlanFactorsModel::Origin::Override
                                ? tr("Use the library's")
                                : tr("Remove"));
}

void FactorsDialog::newFactor()
{
    showMessage(QString());
    EmissionFactor start;
    start.carrier = QStringLiteral("electricity");
    start.activityUnit = QStringLiteral("kWh");
    FactorDialog dialog(m_document->plan(), start, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EmissionFactor added = dialog.factor();
    pushSeparateStep(m_document, tr("Add emission factor “%1”").arg(added.name),
                     PlanFields::factors(),
                     m_document->plan().factors + QList<EmissionFactor>{added});
    m_view->selectRow(m_model->rowOf(added.id));
}

void FactorsDialog::editSelected()
{
    showMessage(QString());
    const int row = selectedRow();
    const EmissionFactor *selected = m_model->factorAt(row);
    if (!selected)
        return;
    const bool library = m_model->originAt(row) == PlanFactorsModel::Origin::Library;
    const QString id = selected->id;
    FactorDialog dialog(m_document->plan(), *selected, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<EmissionFactor> factors = m_document->plan().factors;
    const EmissionFactor edited = dialog.factor();
    if (library) {
        factors.append(edited);
        pushSeparateStep(m_document,
                         tr("Override emission factor “%1”").arg(FactorText::name(*selected)),
                         PlanFields::factors(), factors);
    } else {
        for (EmissionFactor &f : factors) {
            if (f.id == id) {
                f = edited;
                break;
            }
        }
        pushSeparateStep(m_document, tr("Edit emission factor “%1”").arg(FactorText::name(edited)),
                         PlanFields::factors(), factors);
    }
    m_view->selectRow(m_model->rowOf(id));
}

void FactorsDialog::removeSelected()
{
    const int row = selectedRow();
    const EmissionFactor *selected = m_model->factorAt(row);
    if (!selected || m_model->originAt(row) == PlanFactorsModel::Origin::Library)
        return;
    const QString id = selected->id;
    const bool override = m_model->originAt(row) == PlanFactorsModel::Origin::Override;
    const QString name = FactorText::name(*selected);
    if (!override && m_model->lineCount(id) > 0) {
        showMessage(tr("“%1” is used by %n baseline line(s): give them another factor first.",
                       nullptr, m_model->lineCount(id))
                        .arg(FactorText::name(*selected)));
        return;
    }
    QList<EmissionFactor> factors = m_document->plan().factors;
    factors.removeIf([&](const EmissionFactor &f) { return f.id == id; });
    pushSeparateStep(m_document,
                     override ? tr("Use the library's emission factor “%1”").arg(name)
                              : tr("Remove emission factor “%1”").arg(name),
                     PlanFields::factors(), factors);
}

bool FactorsDialog::newFactorForLine(PlanDocument *document, qsizetype line, QWidget *parent)
{
    const Plan &plan = document->plan();
    if (line < 0 || line >= plan.activities.size())
        return false;
    const ActivityLine &activity = plan.activities.at(line);
    EmissionFactor start;
    start.carrier = activity.carrier;
    start.activityUnit = activity.unit;
    FactorDialog dialog(plan, start, false, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const EmissionFactor added = dialog.factor();
    ActivityLine changed = activity;
    changed.factor = added.id;
    auto *step = new QUndoCommand(tr("Add emission factor “%1”").arg(added.name));
    new ChangeValue<QList<EmissionFactor>>(document, PlanFields::factors(),
                                           plan.factors + QList<EmissionFactor>{added}, step);
    new ChangeValue<ActivityLine>(document, PlanFields::activity(plan, line), changed, step);
    document->undoStack()->push(step);
    return true;
}

} // namespace zeroplan
