#pragma once

#include "server/SharedStore.h"
#include "storage/DistrictLoader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <optional>

namespace zeroplan {

class FactorLibrary;

// The options that name a shared store and a community on it (docs/cli.md, "The shared
// store"), and the store they open.
class SharedServerOption
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SharedServerOption)

public:
    static QCommandLineOption server();
    static QCommandLineOption community();
    // The store `serverText` names, open; nothing, with the reason on stderr, when it cannot
    // be reached.
    static std::unique_ptr<SharedStore> open(const QString &serverText);
    // The district `name` (or id) on the store `server`, and its communities' plans
    // (district --server); an exit status, with the reason on stderr, when it cannot be read.
    static std::optional<int> readDistrict(const QString &server, const QString &name,
                                           const FactorLibrary &library,
                                           std::optional<District> *district, DistrictLoad *loaded);
};

} // namespace zeroplan
