#include "SharedServerOption.h"

#include "Console.h"

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

} // namespace zeroplan
