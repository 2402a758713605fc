#pragma once

#include "MeasureCatalogue.h"

#include <QList>

namespace zeroplan {

// Fills the catalogue's per-kind tables into the kinds' specs: default lifetimes with their
// sources, cost rules, traits and adoption rules. Stops (qFatal) on a cost or adoption rule
// that names a parameter the kind does not have, when the catalogue is built.
QList<MeasureKindSpec> withKindTables(QList<MeasureKindSpec> catalogue);

} // namespace zeroplan
