#include "PlanFactorsModel.h"

#include "PlanDocument.h"
#include "inventory/FactorLibrary.h"
#include "plan/FactorResolver.h"
#include "present/NumberFormat.h"
#include "storage/FactorText.h"
#include "storage/ProblemReport.h"

#include <QLocale>
#include <QSet>

namespace zeroplan {

PlanFactorsModel::PlanFactorsModel(PlanDocument *document, const FactorLibrary &library,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_library(library)
{
    rebuild();
    connect(document, &PlanDocument::changed, this, &PlanFactorsModel::onChanged);
}

void PlanFactorsModel::rebuild()
{
    const Plan &plan = m_document->plan();
    m_rows.clear();
    QSet<QString> listed;
    for (const EmissionFactor &f : plan.factors) {
        if (listed.contains(f.id))
            continue; // a second factor of an id is never used (the validator says so)
        listed.insert(f.id);
        m_rows.append({&f, m_library.find(f.id) ? Origin::Override : Origin::Own});
    }
    QStringList used;
    for (const ActivityLine &line : plan.activities)
        used << line.factor;
    if (const EmissionFactor *e = FactorResolver(plan, m_library).electricity())
        used << e->id;
    for (const QString &id : used) {
        const EmissionFactor *f = m_library.find(id);
        if (f && !listed.contains(id)) {
            listed.insert(id);
            m_rows.append({f, Origin::Library});
        }
    }
}

int PlanFactorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanFactorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EmissionFactor *PlanFactorsModel::factorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).factor : nullptr;
}

PlanFactorsModel::Origin PlanFactorsModel::originAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).origin : Origin::Library;
}

int PlanFactorsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).factor->id == id)
            return i;
    }
    return -1;
}

int PlanFactorsModel::lineCount(const QString &id) const
{
    int n = 0;
    for (const ActivityLine &line : m_document->plan().activities)
        n += line.factor == id ? 1 : 0;
    return n;
}

QString PlanFactorsModel::usedBy(const QString &id) const
{
    QStringList uses;
    if (const int lines = lineCount(id); lines > 0)
        uses << tr("%n baseline line(s)", nullptr, lines);
    const EmissionFactor *e = FactorResolver(m_document->plan(), m_library).electricity();
    if (e && e->id == id)
        uses << tr("electricity that measures add");
    return uses.isEmpty() ? tr("not used") : uses.join(QStringLiteral("; "));
}

QVariant PlanFactorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const EmissionFactor &f = *row.factor;
    if (role == Qt::ToolTipRole)
        return FactorText::source(f).isEmpty()
                   ? FactorText::name(f)
                   : FactorText::name(f) + QStringLiteral("\n") + FactorText::source(f);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return FactorText::name(f);
    case CarrierColumn:
        return ProblemReport::carrierName(f.carrier);
    case ValueColumn: {
        QStringList parts;
        for (const GasAmount &g : f.gases)
            parts << tr("%1 %2 %3", "value, mass unit, gas")
                         .arg(QLocale().toString(g.value, 'g', 6), f.massUnit, gasId(g.gas));
        return tr("%1 per %2", "gases, activity unit")
            .arg(parts.join(QStringLiteral(" + ")), f.activityUnit);
    }
    case OriginColumn:
        switch (row.origin) {
        case Origin::Own:
            return tr("plan's own");
        case Origin::Override:
            return tr("plan's own, overrides the library's");
        case Origin::Library:
            return f.year > 0
                       ? tr("library (%1, %2)")
                             .arg(FactorText::regionName(f.region), NumberFormat::year(f.year))
                       : tr("library");
        }
        break;
    case UsedByColumn:
        return usedBy(f.id);
    case SourceColumn:
        return FactorText::source(f);
    }
    return {};
}

QVariant PlanFactorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Factor");
    case CarrierColumn:
        return tr("Carrier");
    case ValueColumn:
        return tr("Value");
    case OriginColumn:
        return tr("From");
    case UsedByColumn:
        return tr("Used by");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

void PlanFactorsModel::onChanged(const ChangeEvent &)
{
    // The list is short and any part may change what is used: start again on every change.
    beginResetModel();
    rebuild();
    endResetModel();
}

} // namespace zeroplan
