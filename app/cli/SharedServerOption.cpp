#include "SharedServerOption.h"

#include "CliCommand.h"
#include "Console.h"
#include "server/ServerDistrict.h"

#include <algorithm>

namespace zeroplan {

QCommandLineOption SharedServerOption::server()
{
    return {QStringLiteral("server"),
            tr("The shared store, as a PostgreSQL connection string: \"host=db.example.org "
               "dbname=zeroplan user=li\" (the password from PGPASSWORD or ~/.pgpass)."),
            QStringLiteral("CONNECTION")};
}

QCommandLineOption SharedServerOption::community()
{
    return {QStringLiteral("community"), tr("The community on the shared store, by name or id."),
            QStringLiteral("COMMUNITY")};
}

std::unique_ptr<SharedStore> SharedServerOption::open(const QString &serverText)
{
    auto store = std::make_unique<SharedStore>(serverText);
    QString error;
    if (!store->open(&error)) {
        Console::error(error);
        return {};
    }
    return store;
}

std::optional<int> SharedServerOption::readDistrict(const QString &server, const QString &name,
                                                    const FactorLibrary &library,
                                                    std::optional<District> *district,
                                                    DistrictLoad *loaded)
{
    const std::unique_ptr<SharedStore> store = open(server);
    if (!store)
        return ExitServer;
    QString error;
    const auto districts = ServerDistrict::districts(store->database(), &error);
    if (!districts) {
        Console::error(error);
        return ExitServer;
    }
    const auto found = std::find_if(districts->cbegin(), districts->cend(),
                                    [&name](const ServerDistrictSummary &d) {
                                        return d.name == name || QString::number(d.id) == name;
                                    });
    if (found == districts->cend()) {
        Console::error(
            tr("the shared store has no district “%1” that %2 may see").arg(name, store->login()));
        return ExitServer;
    }
    std::optional<ServerDistrictLoad> load =
        ServerDistrict::load(store->database(), found->id, &library, &error);
    if (!load) {
        Console::error(error);
        return ExitServer;
    }
    *district = std::move(load->district);
    *loaded = std::move(load->load);
    return std::nullopt;
}

} // namespace zeroplan
