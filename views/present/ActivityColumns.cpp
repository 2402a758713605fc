#include "ActivityColumns.h"

namespace zeroplan {

QString ActivityColumns::columnName(int column)
{
    switch (column) {
    case SectorColumn:
        return tr("Sector");
    case SubsectorColumn:
        return tr("Subsector");
    case CarrierColumn:
        return tr("Carrier");
    case AmountColumn:
        return tr("Amount");
    case UnitColumn:
        return tr("Unit");
    case FactorColumn:
        return tr("Emission factor");
    case ScopeColumn:
        return tr("Scope");
    case DataQualityColumn:
        return tr("Data quality");
    case NotationKeyColumn:
        return tr("Notation key");
    case SourceColumn:
        return tr("Source");
    case EmissionsColumn:
        return tr("Emissions");
    case CommentsColumn:
        return tr("Comments");
    }
    return {};
}

} // namespace zeroplan
