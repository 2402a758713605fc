#include "YearAmountEditor.h"

#include "NumberDelegate.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace zeroplan {

YearAmountEditor::YearAmountEditor(const QString &objectPrefix, const QString &amountHeader,
                                   QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectPrefix + QStringLiteral("Editor"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(objectPrefix + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels({tr("Year"), amountHeader});
    m_table->setToolTip(tr("Double-click an amount to change it."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(1, new NumberDelegate(0, 1e12, 0, QString(), false, this));

    m_year = new QSpinBox(this);
    m_year->setObjectName(objectPrefix + QStringLiteral("YearSpinBox"));
    m_year->setToolTip(tr("The year of the amount to add."));
    m_year->setGroupSeparatorShown(false);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(objectPrefix + QStringLiteral("AmountSpinBox"));
    m_amount->setToolTip(tr("The amount of that year, in the plan's currency."));
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(0);
    m_amount->setGroupSeparatorShown(true);
    m_add = new QPushButton(tr("Add year"), this);
    m_add->setObjectName(objectPrefix + QStringLiteral("AddButton"));
    m_add->setToolTip(tr("Sets the amount of the year chosen (adds the year when it has none)."));
    m_remove = new QPushButton(tr("Remove year"), this);
    m_remove->setObjectName(objectPrefix + QStringLiteral("RemoveButton"));
    m_remove->setToolTip(tr("Removes the selected year."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_year);
    row->addWidget(m_amount, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemChanged, this, &YearAmountEditor::onItemChanged);
    connect(m_add, &QPushButton::clicked, this,
            [this]() { emit setRequested(m_year->value(), m_amount->value()); });
    connect(m_remove, &QPushButton::clicked, this, &YearAmountEditor::removeSelected);
}

void YearAmountEditor::setAmounts(const QList<YearAmount> &amounts, int firstYear, int lastYear)
{
    m_updating = true;
    const qsizetype previousRows = m_amounts.size();
    m_amounts = amounts;
    m_table->setRowCount(int(amounts.size()));
    for (int row = 0; row < amounts.size(); ++row) {
        for (int column = 0; column < 2; ++column) {
            if (!m_table->item(row, column))
                m_table->setItem(row, column, new QTableWidgetItem);
        }
        QTableWidgetItem *year = m_table->item(row, 0);
        year->setText(QString::number(amounts.at(row).year));
        year->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->item(row, 1)->setData(Qt::EditRole, amounts.at(row).amount);
        m_table->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_year->setRange(firstYear, lastYear);
    // The year chosen stays unless it has its amount already: then the year after the last
    // one given suggests itself; so it does when rows were added or removed, or when another
    // list is shown.
    const bool taken = std::any_of(amounts.begin(), amounts.end(), [this](const YearAmount &a) {
        return a.year == m_year->value();
    });
    if (!amounts.isEmpty() && (taken || amounts.size() != previousRows))
        m_year->setValue(std::min(lastYear, amounts.back().year + 1));
    m_remove->setEnabled(!amounts.isEmpty());
    m_updating = false;
}

void YearAmountEditor::setAmountHeader(const QString &header)
{
    m_table->horizontalHeaderItem(1)->setText(header);
}

void YearAmountEditor::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->column() != 1 || item->row() >= m_amounts.size())
        return;
    const double amount = item->data(Qt::EditRole).toDouble();
    const YearAmount &row = m_amounts.at(item->row());
    if (amount != row.amount)
        emit setRequested(row.year, amount);
}

void YearAmountEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_amounts.size())
        emit removeRequested(m_amounts.at(row).year);
}

} // namespace zeroplan
