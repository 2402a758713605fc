#include "ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

constexpr int kChoiceColumn = 4;

} // namespace

ConflictDialog::ConflictDialog(const QList<MergeConflict> &conflicts, const QString &theirsBy,
                               int theirsRevision, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts)
{
    setWindowTitle(tr("Decide the Conflicts"));
    auto *intro = new QLabel(
        tr("%1 checked in revision %2 while you worked. Their other changes and yours merge by "
           "themselves; these %n value(s) each of you changed in your own way. Choose which to "
           "keep.",
           nullptr, int(conflicts.size()))
            .arg(theirsBy)
            .arg(theirsRevision),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(conflicts.size()), 5, this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Value"), tr("Before"), tr("Yours"), tr("Theirs"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict &c = conflicts.at(row);
        const QStringList cells{c.path(), FieldChange::valueText(c.base),
                                FieldChange::valueText(c.mine), FieldChange::valueText(c.theirs)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Yours"), int(MergeSide::Mine));
        choice->addItem(tr("Theirs"), int(MergeSide::Theirs));
        choice->setAccessibleName(tr("Keep for %1").arg(c.path()));
        m_table->setCellWidget(row, kChoiceColumn, choice);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge and Check &In"));
    QPushButton *allMine = buttons->addButton(tr("Keep All &Yours"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMineButton"));
    QPushButton *allTheirs =
        buttons->addButton(tr("Take All &Theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("allTheirsButton"));
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(MergeSide::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(MergeSide::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

QHash<QString, MergeSide> ConflictDialog::decisions() const
{
    QHash<QString, MergeSide> out;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, kChoiceColumn));
        out.insert(m_conflicts.at(row).path(), MergeSide(choice->currentData().toInt()));
    }
    return out;
}

void ConflictDialog::chooseAll(MergeSide side)
{
    for (int row = 0; row < m_conflicts.size(); ++row)
        qobject_cast<QComboBox *>(m_table->cellWidget(row, kChoiceColumn))
            ->setCurrentIndex(side == MergeSide::Mine ? 0 : 1);
}

} // namespace zeroplan
