#pragma once

#include "inventory/FactorLibrary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// A province (or state) of a grid region, in English and Chinese.
struct ProvinceName
{
    QString name;
    QString nameZh;
};

// What a committee calls a grid region of the library ("CN-East": "East China grid", 华东电网)
// and the provinces it serves; the library's "regions" (docs/factors.md, "Grid regions").
struct RegionName
{
    QString id;
    QString name;
    QString nameZh;
    QList<ProvinceName> provinces;
};

// The factor library's file format (resources/factors/factors.json, docs/factors.md): reading
// a library file, and the shipped library compiled in as :/factors/factors.json.
class FactorLibraryJson
{
public:
    // The shipped library. Loaded once; a broken shipped file is a build defect and aborts.
    static const FactorLibrary &builtIn();
    // The names of the shipped library's regions.
    static const QList<RegionName> &builtInRegions();
    // Parses a library file; on failure returns nothing and sets *error to a one-line reason.
    // The region names go to *regions when it is given.
    static std::optional<FactorLibrary> read(const QByteArray &json, QString *error,
                                             QList<RegionName> *regions = nullptr);
};

} // namespace zeroplan
