#include "SharedStore.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace zeroplan {

namespace {

// The keywords of a libpq connection string the store passes on (the others the QPSQL driver
// sets itself, or that would run something of the server's choosing, are refused).
const QStringList &optionKeywords()
{
    static const QStringList all{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("hostaddr"),         QStringLiteral("service"),
        QStringLiteral("gssencmode"),       QStringLiteral("krbsrvname"),
    };
    return all;
}

// "key=value key='a value'" into its pairs, in order; nullopt and *error when it is none.
std::optional<QList<std::pair<QString, QString>>> pairs(const QString &text, QString *error)
{
    QList<std::pair<QString, QString>> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i == n)
            return out;
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        const QString key = text.mid(i, eq < 0 ? -1 : eq - i).trimmed();
        if (eq < 0 || key.isEmpty() || key.contains(QLatin1Char(' '))) {
            *error = SharedStore::tr("“%1” is not a connection string: write it as key=value "
                                     "pairs, “host=db.example.org dbname=zeroplan user=li”")
                         .arg(text);
            return std::nullopt;
        }
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                *error = SharedStore::tr("the connection string’s value of %1 has no closing "
                                         "quote")
                             .arg(key);
                return std::nullopt;
            }
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        out.append({key, value});
    }
}

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) &&
        !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

int roleRank(const QString &role)
{
    static const QStringList order{QStringLiteral("reader"), QStringLiteral("reviewer"),
                                   QStringLiteral("editor"), QStringLiteral("admin")};
    return int(order.indexOf(role));
}

} // namespace

SharedStore::SharedStore(const QString &server, const QString &password)
    : m_server(server), m_password(password)
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("zeroplan-shared-%1").arg(counter.fetchAndAddRelaxed(1));
}

SharedStore::~SharedStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SharedStore::cleanServer(const QString &server, QString *error)
{
    const auto all = pairs(server, error);
    if (!all)
        return {};
    static const QStringList own{QStringLiteral("host"), QStringLiteral("port"),
                                 QStringLiteral("dbname"), QStringLiteral("user")};
    QStringList out;
    for (const auto &[key, value] : *all) {
        if (key == QLatin1String("password"))
            continue;
        if (!own.contains(key) && !optionKeywords().contains(key)) {
            *error = tr("the connection string names “%1”, which ZeroPlan does not pass on; it "
                        "takes %2")
                         .arg(key, (own + optionKeywords()).join(QStringLiteral(", ")));
            return {};
        }
        if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                *error = tr("the connection string’s port “%1” is not a port number").arg(value);
                return {};
            }
        }
        out.append(key + QLatin1Char('=') + quoted(value));
    }
    if (out.isEmpty()) {
        *error = tr("the connection string is empty: name at least the database, "
                    "“host=db.example.org dbname=zeroplan user=li”");
        return {};
    }
    return out.join(QLatin1Char(' '));
}

QString SharedStore::roleName(const QString &role)
{
    if (role == QLatin1String("reader"))
        return tr("Reader");
    if (role == QLatin1String("reviewer"))
        return tr("Reviewer");
    if (role == QLatin1String("editor"))
        return tr("Editor");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    return QStringLiteral("—");
}

bool SharedStore::open(QString *error)
{
    QString why;
    const QString clean = cleanServer(m_server, &why);
    if (clean.isEmpty()) {
        *error = why;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("this computer lacks Qt’s PostgreSQL driver (Debian: libqt6sql6-psql), so "
                    "the shared store cannot be reached");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    QStringList options{QStringLiteral("connect_timeout=10")};
    QString password = m_password;
    const QList<std::pair<QString, QString>> given =
        pairs(m_server, &why).value_or(QList<std::pair<QString, QString>>{});
    for (const auto &[key, value] : given) {
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password") && password.isEmpty())
            password = value;
        else if (key == QLatin1String("connect_timeout"))
            options.first() = key + QLatin1Char('=') + value;
        else
            options.append(key + QLatin1Char('=') + quoted(value)); // QPSQL passes it on as is
    }
    db.setPassword(password);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = tr("the shared store (%1) could not be reached: %2")
                     .arg(clean, db.lastError().text().trimmed());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next()) {
        *error = failure(q.lastError().text());
        return false;
    }
    m_login = q.value(0).toString();
    return true;
}

QSqlDatabase SharedStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString SharedStore::login() const
{
    return m_login;
}

QString SharedStore::failure(const QString &what) const
{
    QString why;
    return tr("the shared store (%1) refused or failed: %2")
        .arg(cleanServer(m_server, &why), what.trimmed());
}

QList<SharedCommunity> SharedStore::communities(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const bool ok = q.exec(QStringLiteral(
        "SELECT c.id, c.name, d.name, coalesce(p.revision, 0), "
        "(SELECT string_agg(m.role, ',') FROM zeroplan.memberships m "
        "WHERE m.community_id = c.id OR m.district_id = c.district_id) "
        "FROM zeroplan.communities c JOIN zeroplan.districts d ON d.id = c.district_id "
        "LEFT JOIN zeroplan.plans p ON p.community_id = c.id ORDER BY d.name, c.name"));
    if (!ok) {
        *error = failure(q.lastError().text());
        return {};
    }
    QList<SharedCommunity> out;
    while (q.next()) {
        SharedCommunity c{q.value(0).toInt(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          q.value(3).toInt(),
                          {}};
        for (const QString &role :
             q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (roleRank(role) > roleRank(c.role))
                c.role = role;
        out.append(std::move(c));
    }
    return out;
}

std::optional<SharedCommunity> SharedStore::community(const QString &idOrName, QString *error)
{
    QString why;
    const QList<SharedCommunity> all = communities(&why);
    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    bool isNumber = false;
    const int id = idOrName.toInt(&isNumber);
    QList<SharedCommunity> found;
    for (const SharedCommunity &c : all)
        if ((isNumber && c.id == id) || c.name == idOrName)
            found.append(c);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        *error =
            tr("the shared store has no community “%1” that %2 may see").arg(idOrName, m_login);
    else
        *error = tr("the shared store has %1 communities named “%2” (in different districts): "
                    "name it by its id")
                     .arg(found.size())
                     .arg(idOrName);
    return std::nullopt;
}

std::optional<SharedPlan> SharedStore::plan(int community, int revision, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (revision == 0)
        q.prepare(QStringLiteral(
            "SELECT c.name, p.revision, p.plan::text, p.checked_in_at, p.checked_in_by "
            "FROM zeroplan.plans p JOIN zeroplan.communities c ON c.id = p.community_id "
            "WHERE p.community_id = ?"));
    else
        q.prepare(QStringLiteral(
            "SELECT c.name, p.revision, p.plan::text, p.checked_in_at, p.checked_in_by "
            "FROM zeroplan.plan_revisions p JOIN zeroplan.communities c ON c.id = "
            "p.community_id WHERE p.community_id = ? AND p.revision = ?"));
    q.addBindValue(community);
    if (revision != 0)
        q.addBindValue(revision);
    if (!q.exec()) {
        *error = failure(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = revision == 0
                     ? tr("community %1 has no plan in the shared store yet").arg(community)
                     : tr("community %1 has no revision %2 in the shared store")
                           .arg(community)
                           .arg(revision);
        return std::nullopt;
    }
    return SharedPlan{community,
                      q.value(0).toString(),
                      q.value(1).toInt(),
                      q.value(2).toString().toUtf8(),
                      q.value(3).toDateTime().toUTC(),
                      q.value(4).toString()};
}

CheckInOutcome SharedStore::checkIn(int community, int base, const QByteArray &json)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT zeroplan.check_in(?, ?, ?::jsonb)"));
    q.addBindValue(community);
    q.addBindValue(base);
    q.addBindValue(QString::fromUtf8(json));
    if (q.exec() && q.next())
        return {CheckInOutcome::Status::Done, q.value(0).toInt(), {}};
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == QLatin1String("40001")) {
        // The message says "… is at revision N, not B"; the current revision is read again
        // rather than parsed out of it.
        QString why;
        const auto current = plan(community, 0, &why);
        return {CheckInOutcome::Status::Stale, current ? current->revision : 0, {}};
    }
    return {CheckInOutcome::Status::Failed, 0, failure(e.text())};
}

std::optional<PlanReview> SharedStore::review(int community, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    PlanReview out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id::text, thread::text, part, key, at, author, "
                             "organisation, kind, text FROM zeroplan.remarks WHERE community_id "
                             "= ? ORDER BY at, id"));
    q.addBindValue(community);
    if (!q.exec()) {
        *error = failure(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        Remark r;
        r.id = q.value(0).toString();
        r.thread = q.value(1).toString();
        r.target = {q.value(2).toString(), q.value(3).toString()};
        r.at = q.value(4).toDateTime().toUTC();
        r.author = q.value(5).toString();
        r.organisation = q.value(6).toString();
        r.kind = remarkKindFromId(q.value(7).toString()).value_or(Remark::Kind::Comment);
        r.text = q.value(8).toString();
        out.remarks.append(std::move(r));
    }
    q.prepare(QStringLiteral("SELECT id::text, measure, state, at, author, organisation FROM "
                             "zeroplan.review_marks WHERE community_id = ? ORDER BY at, id"));
    q.addBindValue(community);
    if (!q.exec()) {
        *error = failure(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        ReviewMark m;
        m.id = q.value(0).toString();
        m.measure = q.value(1).toString();
        m.state = reviewStateFromId(q.value(2).toString()).value_or(ReviewState::Draft);
        m.at = q.value(3).toDateTime().toUTC();
        m.author = q.value(4).toString();
        m.organisation = q.value(5).toString();
        out.marks.append(std::move(m));
    }
    out.sort();
    return out;
}

bool SharedStore::addReview(int community, const PlanReview &review, int *added, QString *error)
{
    *added = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (review.remarks.isEmpty() && review.marks.isEmpty())
        return true;
    if (!db.transaction()) {
        *error = failure(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const auto fail = [&](const QSqlError &e) {
        *error = failure(e.text());
        db.rollback();
        *added = 0;
        return false;
    };
    q.prepare(QStringLiteral(
        "INSERT INTO zeroplan.remarks (id, community_id, thread, part, key, at, author, "
        "organisation, kind, text) VALUES (?::uuid, ?, ?::uuid, ?, ?, ?::timestamptz, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO NOTHING"));
    for (const Remark &r : review.remarks) {
        for (const QVariant &v :
             QVariantList{r.id, community, r.thread, r.target.part, r.target.key, timeText(r.at),
                          r.author, r.organisation, remarkKindId(r.kind), r.text})
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError());
        *added += q.numRowsAffected();
    }
    q.prepare(QStringLiteral("INSERT INTO zeroplan.review_marks (id, community_id, measure, "
                             "state, at, author, organisation) VALUES (?::uuid, ?, ?, ?, "
                             "?::timestamptz, ?, ?) ON CONFLICT (id) DO NOTHING"));
    for (const ReviewMark &m : review.marks) {
        for (const QVariant &v : QVariantList{m.id, community, m.measure, reviewStateId(m.state),
                                              timeText(m.at), m.author, m.organisation})
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError());
        *added += q.numRowsAffected();
    }
    if (!db.commit())
        return fail(db.lastError());
    return true;
}

} // namespace zeroplan
