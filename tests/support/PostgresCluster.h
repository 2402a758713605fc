#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <unistd.h>

namespace zeroplan::test {

// A PostgreSQL server of its own for a test (docs/server.md, "Tests"): a new cluster made by
// initdb in a temporary folder, started by pg_ctl on a private port, listening only on a Unix
// socket in that folder, with trust authentication (nothing but this folder reaches it), and
// stopped and removed with the object. As root (CI), the server runs as the `postgres` user
// that Debian's postgresql package makes, since PostgreSQL refuses to run as root.
class PostgresCluster
{
public:
    static constexpr const char *kSuperuser = "zeroplan_owner";

    // A running server, or nothing with *why saying what is missing or failed.
    static std::unique_ptr<PostgresCluster> start(QString *why)
    {
        const QString bin = binDir();
        if (bin.isEmpty()) {
            *why = QStringLiteral("PostgreSQL is not installed (Debian: apt-get install "
                                  "postgresql); tools/setup installs it");
            return {};
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *why = QStringLiteral("Qt's QPSQL driver is not installed (Debian: apt-get install "
                                  "libqt6sql6-psql); tools/setup installs it");
            return {};
        }
        std::unique_ptr<PostgresCluster> cluster(new PostgresCluster(bin));
        if (!cluster->m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return {};
        }
        QFile::setPermissions(cluster->m_dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ExeOwner | QFile::ReadOther |
                                                         QFile::WriteOther | QFile::ExeOther);
        const QString data = cluster->m_dir.filePath(QStringLiteral("data"));
        if (!cluster->run(QStringLiteral("initdb"),
                          {QStringLiteral("-D"), data, QStringLiteral("-U"),
                           QLatin1String(kSuperuser), QStringLiteral("--auth=trust"),
                           QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-locale")},
                          why))
            return {};
        if (!cluster->startServer(why))
            return {};
        return cluster;
    }

    // The server going away (a crash, the network gone) and coming back: stopped at once,
    // without waiting for its clients, and started again on the same socket.
    bool stopServer(QString *why)
    {
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                  QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                  QStringLiteral("stop")},
                 why))
            return false;
        m_running = false;
        return true;
    }

    bool startServer(QString *why)
    {
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                  QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("start")},
                 why))
            return false;
        m_running = true;
        return true;
    }

    // host=… port=… dbname=`database` user=`user`: a libpq connection string to this server.
    QString connectionString(const QString &user, const QString &database) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
            .arg(m_dir.path())
            .arg(m_port)
            .arg(database, user);
    }

    ~PostgresCluster()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QStringLiteral("pgtest-")))
                QSqlDatabase::removeDatabase(name);
        }
        if (m_running) {
            QString ignored;
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("stop")},
                &ignored);
        }
    }

    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }

    // A connection named `name` to `database` as `user` (a login role; trust: no password).
    QSqlDatabase connect(const QString &name, const QString &user,
                         const QString &database = QStringLiteral("postgres")) const
    {
        const QString connection = QStringLiteral("pgtest-") + name;
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_dir.path());
        db.setPort(m_port);
        db.setUserName(user);
        db.setDatabaseName(database);
        db.open();
        return db;
    }

    // Runs psql as the superuser on `database` with ON_ERROR_STOP: a script file or a command.
    bool psql(const QString &database, const QStringList &arguments, QString *why) const
    {
        QStringList all{QStringLiteral("-X"), QStringLiteral("-q"),
                        QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                        QStringLiteral("-h"), m_dir.path(),
                        QStringLiteral("-p"), QString::number(m_port),
                        QStringLiteral("-U"), QLatin1String(kSuperuser),
                        QStringLiteral("-d"), database};
        all += arguments;
        return run(QStringLiteral("psql"), all, why);
    }

private:
    // In /tmp, not the test's own temporary folder: the postgres user must reach it, and a
    // Unix socket's path must be short (107 bytes).
    explicit PostgresCluster(const QString &bin)
        : m_dir(QStringLiteral("/tmp/zeroplan-pg-XXXXXX")), m_bin(bin),
          m_port(20000 + int(::getpid() % 20000))
    {
    }

    // Debian keeps the server's programs out of PATH, in /usr/lib/postgresql/<major>/bin.
    static QString binDir()
    {
        const QStringList majors = QDir(QStringLiteral("/usr/lib/postgresql"))
                                       .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = majors.crbegin(); it != majors.crend(); ++it) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }

    // Runs one of the server's programs; as root, as the postgres user.
    bool run(const QString &program, const QStringList &arguments, QString *why) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        const QString path = m_bin + QLatin1Char('/') + program;
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), path} +
                              arguments);
        else
            process.start(path, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            *why = program + QStringLiteral(" failed: ") +
                   QString::fromLocal8Bit(process.readAllStandardError()).trimmed() +
                   QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port;
    bool m_running = false;
};

} // namespace zeroplan::test
