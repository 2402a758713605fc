#include "OptimiseRobustTable.h"

#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

QTableWidgetItem *shareItem(double share)
{
    auto *item = new QTableWidgetItem(NumberFormat::percent(share));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OptimiseRobustTable::OptimiseRobustTable(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_table(new QTableWidget(0, 3))
{
    m_summary->setObjectName(QStringLiteral("optimiseRobustLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("optimiseRobustTable"));
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Chosen in"), tr("Mean level")});
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("The share of the draws meeting the target whose least-cost choice uses the measure"));
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("The measure's mean level over those draws, 0 where it is not chosen"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    hide();
}

void OptimiseRobustTable::setResult(const Plan &plan, const RobustResult &robust)
{
    setVisible(robust.draws > 0);
    m_table->setRowCount(0);
    if (robust.draws == 0)
        return;
    QString summary = tr("Robustness over %n Monte Carlo draw(s) of the measures' low–likely–high "
                         "values (seed %1): the target can be met in %2 of them.",
                         nullptr, robust.draws)
                          .arg(robust.seed)
                          .arg(NumberFormat::percent(robust.feasibleShare()));
    if (robust.failed > 0)
        summary += QLatin1Char(' ') + tr("The solver stopped without an answer in %n draw(s).",
                                         nullptr, robust.failed);
    // With no draw meeting the target there is no choice to count: the table would say 0 %,
    // and the words alone take no more room than they need.
    m_table->setVisible(robust.feasible > 0);
    setSizePolicy(QSizePolicy::Preferred,
                  robust.feasible > 0 ? QSizePolicy::Preferred : QSizePolicy::Maximum);
    if (robust.feasible == 0) {
        summary += QLatin1Char(' ') + tr("The least-cost choice meets the target only with the "
                                         "likely values; consider a later year or a smaller "
                                         "cut.");
        m_summary->setText(summary);
        return;
    }
    m_summary->setText(summary);
    m_table->setRowCount(int(robust.measures.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const RobustMeasure &m = robust.measures.at(r);
        const Measure *measure = plan.findMeasure(m.measure);
        auto *name =
            new QTableWidgetItem(measure ? MeasureCatalogue::displayName(*measure) : m.measure);
        name->setData(Qt::UserRole, m.measure);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, shareItem(robust.chosenShare(m)));
        m_table->setItem(r, 2, shareItem(m.meanLevel));
    }
}

} // namespace zeroplan
