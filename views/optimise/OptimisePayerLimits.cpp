#include "OptimisePayerLimits.h"

#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

// The parties that pay some measure's investment: a share above 0 or a fixed amount.
QList<Party> investingParties(const Plan &plan)
{
    QList<Party> out;
    for (const Party party : kFileParties) {
        for (const PayerSplit &split : plan.residents.splits) {
            const bool share =
                std::any_of(split.capex.cbegin(), split.capex.cend(),
                            [&](const PartyShare &s) { return s.party == party && s.share > 0; });
            const bool amount = std::any_of(
                split.capexAmounts.cbegin(), split.capexAmounts.cend(),
                [&](const PartyAmounts &a) { return a.party == party && !a.amounts.isEmpty(); });
            if (share || amount) {
                out.append(party);
                break;
            }
        }
    }
    return out;
}

} // namespace

OptimisePayerLimits::OptimisePayerLimits(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2)), m_hint(new QLabel)
{
    m_table->setObjectName(QStringLiteral("payerLimitsTable"));
    m_table->setHorizontalHeaderLabels({tr("Payer"), tr("Invests at most")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hint->setObjectName(QStringLiteral("payerLimitsHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("No measure's investment is split among payers yet (Residents page, Who "
                       "pays), so no payer can be given a limit."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_hint);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 0)
            return;
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(item->row(), 1)))
            spin->setEnabled(item->checkState() == Qt::Checked);
    });
}

void OptimisePayerLimits::remember()
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(r, 1));
        m_limits.insert(m_table->item(r, 0)->data(Qt::UserRole).toInt(),
                        {m_table->item(r, 0)->checkState() == Qt::Checked, spin->value()});
    }
}

void OptimisePayerLimits::setPlan(const Plan &plan)
{
    remember();
    m_currency = plan.community.currency;
    const QList<Party> parties = investingParties(plan);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(parties.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Limit limit = m_limits.value(int(parties[r]));
        auto *name = new QTableWidgetItem(partyName(parties[r]));
        name->setData(Qt::UserRole, int(parties[r]));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(limit.on ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, 0, name);
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, 1e12);
        spin->setDecimals(0);
        spin->setGroupSeparatorShown(true);
        spin->setSingleStep(100000);
        spin->setSuffix(QLatin1Char(' ') + NumberFormat::currencyUnit(m_currency));
        spin->setValue(limit.amount);
        spin->setEnabled(limit.on);
        spin->setToolTip(tr("The most %1 may invest in the chosen measures over the plan's years, "
                            "its share as the payer splits give it")
                             .arg(partyName(parties[r])));
        spin->setFrame(false);
        m_table->setCellWidget(r, 1, spin);
    }
    m_table->setVisible(!parties.isEmpty());
    m_hint->setVisible(parties.isEmpty());
}

QList<OptimisePayerBudget> OptimisePayerLimits::budgets() const
{
    QList<OptimisePayerBudget> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->checkState() != Qt::Checked)
            continue;
        const auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(r, 1));
        out.append({Party(m_table->item(r, 0)->data(Qt::UserRole).toInt()), spin->value()});
    }
    return out;
}

} // namespace zeroplan
