#pragma once

#include "inventory/FactorLibrary.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace zeroplan {

// The factor library's file format (resources/factors/factors.json, docs/factors.md): reading
// a library file, and the shipped library compiled in as :/factors/factors.json.
class FactorLibraryJson
{
public:
    // The shipped library. Loaded once; a broken shipped file is a build defect and aborts.
    static const FactorLibrary &builtIn();
    // Parses a library file; on failure returns nothing and sets *error to a one-line reason.
    static std::optional<FactorLibrary> read(const QByteArray &json, QString *error);
};

} // namespace zeroplan
