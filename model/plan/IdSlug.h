#pragma once

#include <QString>

namespace zeroplan {

// The Latin letters and digits of `name`, lower-cased, other runs of characters joined by one
// hyphen, no hyphen at either end: "Energy group (2026)" → "energy-group-2026"; a Chinese
// name gives "" (the caller picks a fallback). The start of an id made from a name.
QString idSlug(const QString &name);

} // namespace zeroplan
