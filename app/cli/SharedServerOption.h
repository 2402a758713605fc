#pragma once

#include "server/SharedStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace zeroplan {

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
};

} // namespace zeroplan
