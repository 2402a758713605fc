// The shared store's schema on a real PostgreSQL server (docs/server.md), started for the
// test on a private socket: server/schema.sql runs on an empty database; then, through Qt's
// QPSQL driver as each person's own login role, row-level security holds: an editor of
// community A sees A and not B, and cannot check in B; a district officer sees both and can
// check in neither; a reviewer comments on A but cannot change its plan; nobody changes or
// removes a remark; each login sees only its own memberships. A check-in names the revision
// it started from: the second of two check-ins from revision 1 is refused with SQLSTATE 40001
// and the revision there is now, and writes nothing.
#include "SharedStoreFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace zeroplan::test;

namespace {

const QString kDatabase = QStringLiteral("zeroplan");

// The first column of the first row of `sql` as `db` sees it; an invalid QVariant on error.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return {};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// Runs `sql`; the SQLSTATE of its error, empty when it succeeded.
QString sqlState(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return q.lastError().nativeErrorCode();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("?")
                                                         : q.lastError().nativeErrorCode();
    return {};
}

QString plan(const QString &title)
{
    return QStringLiteral(R"({"format_version": 6, "title": "%1"})").arg(title);
}

const QString kCheckIn = QStringLiteral("SELECT zeroplan.check_in(?, ?, ?::jsonb)");

} // namespace

class TestServerSchema : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    int m_a = 0; // community ids
    int m_b = 0;

    QSqlDatabase as(const QString &login) const
    {
        return m_cluster->connect(login, login, kDatabase);
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_cluster = PostgresCluster::start(&why);
        if (!m_cluster)
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for this test: ") + why));
        QVERIFY2(createSharedStore(*m_cluster, &why), qPrintable(why));
        // The district's people, as docs/server.md sets them up.
        const QString setUp = QStringLiteral(
            "INSERT INTO zeroplan.districts (name) VALUES ('Nanshan');"
            "INSERT INTO zeroplan.communities (district_id, name) VALUES (1, 'Xinqiao'), "
            "(1, 'Hemu');"
            "CREATE ROLE editor_a LOGIN IN ROLE zeroplan_editor;"
            "CREATE ROLE editor_b LOGIN IN ROLE zeroplan_editor;"
            "CREATE ROLE reviewer_a LOGIN IN ROLE zeroplan_reviewer;"
            "CREATE ROLE officer LOGIN IN ROLE zeroplan_reader;"
            "CREATE ROLE stranger LOGIN IN ROLE zeroplan_editor;"
            "INSERT INTO zeroplan.memberships (login, community_id, district_id, role) VALUES "
            "('editor_a', 1, NULL, 'editor'), ('editor_b', 2, NULL, 'editor'), "
            "('reviewer_a', 1, NULL, 'reviewer'), ('officer', NULL, 1, 'reader');");
        QVERIFY2(m_cluster->psql(kDatabase, {QStringLiteral("-c"), setUp}, &why), qPrintable(why));
        m_a = 1;
        m_b = 2;
        // The schema is one transaction: run again, it fails and changes nothing.
        QVERIFY(!m_cluster->psql(
            kDatabase,
            {QStringLiteral("-f"), QStringLiteral(ZEROPLAN_SOURCE_DIR "/server/schema.sql")},
            &why));
        QVERIFY2(why.contains(QStringLiteral("already exists")), qPrintable(why));
    }

    void editorSeesOnlyTheirCommunity()
    {
        QSqlDatabase a = as(QStringLiteral("editor_a"));
        QVERIFY2(a.isOpen(), qPrintable(a.lastError().text()));
        QSqlDatabase b = as(QStringLiteral("editor_b"));
        QVERIFY2(b.isOpen(), qPrintable(b.lastError().text()));
        QCOMPARE(scalar(a, kCheckIn, {m_a, 0, plan(QStringLiteral("A1"))}).toInt(), 1);
        QCOMPARE(scalar(b, kCheckIn, {m_b, 0, plan(QStringLiteral("B1"))}).toInt(), 1);
        QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM zeroplan.communities")).toInt(), 1);
        QCOMPARE(scalar(a, QStringLiteral("SELECT name FROM zeroplan.communities")).toString(),
                 QStringLiteral("Xinqiao"));
        QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM zeroplan.plans")).toInt(), 1);
        QCOMPARE(scalar(a,
                        QStringLiteral("SELECT count(*) FROM zeroplan.plans WHERE "
                                       "community_id = ?"),
                        {m_b})
                     .toInt(),
                 0);
        QCOMPARE(scalar(a,
                        QStringLiteral("SELECT count(*) FROM zeroplan.plan_revisions WHERE "
                                       "community_id = ?"),
                        {m_b})
                     .toInt(),
                 0);
        // B's plan cannot be written by A's editor, by any road.
        QCOMPARE(sqlState(a, kCheckIn, {m_b, 1, plan(QStringLiteral("A on B"))}),
                 QStringLiteral("40001")); // A cannot see B's row: it looks like revision 0
        QCOMPARE(sqlState(a, kCheckIn, {m_b, 0, plan(QStringLiteral("A on B"))}),
                 QStringLiteral("42501")); // the row is not A's to insert …
        QCOMPARE(sqlState(a,
                          QStringLiteral("UPDATE zeroplan.plans SET plan = '{}' WHERE "
                                         "community_id = ?"),
                          {m_b}),
                 QString()); // … and an update finds no row it may change
        QCOMPARE(scalar(b, QStringLiteral("SELECT plan->>'title' FROM zeroplan.plans")).toString(),
                 QStringLiteral("B1"));
        // An editor without a membership sees nothing and writes nothing.
        QSqlDatabase stranger = as(QStringLiteral("stranger"));
        QCOMPARE(scalar(stranger, QStringLiteral("SELECT count(*) FROM zeroplan.plans")).toInt(),
                 0);
        QCOMPARE(sqlState(stranger,
                          QStringLiteral("INSERT INTO zeroplan.plans (community_id, "
                                         "plan) VALUES (?, '{}')"),
                          {m_a}),
                 QStringLiteral("42501"));
    }

    void officerReadsTheDistrict()
    {
        QSqlDatabase officer = as(QStringLiteral("officer"));
        QVERIFY2(officer.isOpen(), qPrintable(officer.lastError().text()));
        QCOMPARE(scalar(officer, QStringLiteral("SELECT count(*) FROM zeroplan.plans")).toInt(), 2);
        QCOMPARE(scalar(officer, QStringLiteral("SELECT count(*) FROM zeroplan.districts")).toInt(),
                 1);
        QCOMPARE(sqlState(officer, kCheckIn, {m_a, 1, plan(QStringLiteral("officer"))}),
                 QStringLiteral("42501")); // a reader may not check in
        QCOMPARE(sqlState(officer,
                          QStringLiteral("INSERT INTO zeroplan.remarks (id, "
                                         "community_id, thread, part, at, kind, text) "
                                         "VALUES (gen_random_uuid(), ?, "
                                         "gen_random_uuid(), 'plan', now(), 'comment', "
                                         "'x')"),
                          {m_a}),
                 QStringLiteral("42501")); // nor comment
    }

    void reviewerCommentsButDoesNotEdit()
    {
        QSqlDatabase reviewer = as(QStringLiteral("reviewer_a"));
        QVERIFY2(reviewer.isOpen(), qPrintable(reviewer.lastError().text()));
        const QString remark = QStringLiteral(
            "INSERT INTO zeroplan.remarks (id, community_id, thread, part, key, at, author, kind, "
            "text) VALUES ('6f1d2c3a-0001-4c4e-9a51-3b7d1e2f0a01', ?, "
            "'6f1d2c3a-0001-4c4e-9a51-3b7d1e2f0a01', 'measures', 'led', now(), '王芳', "
            "'comment', 'Is 60 % realistic?')");
        QCOMPARE(sqlState(reviewer, remark, {m_a}), QString());
        QCOMPARE(sqlState(reviewer,
                          QString(remark).replace(QStringLiteral("0a01"), QStringLiteral("0a02")),
                          {m_b}),
                 QStringLiteral("42501")); // not on B
        QCOMPARE(sqlState(reviewer, kCheckIn, {m_a, 1, plan(QStringLiteral("reviewer"))}),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(reviewer, QStringLiteral("UPDATE zeroplan.plans SET plan = '{}'")),
                 QStringLiteral("42501"));
        // Remarks are only added: not by the reviewer, not by the editor.
        QSqlDatabase editor = as(QStringLiteral("editor_a"));
        for (const QSqlDatabase &db : {reviewer, editor}) {
            QCOMPARE(sqlState(db, QStringLiteral("UPDATE zeroplan.remarks SET text = 'changed'")),
                     QStringLiteral("42501"));
            QCOMPARE(sqlState(db, QStringLiteral("DELETE FROM zeroplan.remarks")),
                     QStringLiteral("42501"));
        }
        QCOMPARE(scalar(editor, QStringLiteral("SELECT text FROM zeroplan.remarks")).toString(),
                 QStringLiteral("Is 60 % realistic?"));
        // Each login sees its own memberships only.
        QCOMPARE(
            scalar(reviewer, QStringLiteral("SELECT count(*) FROM zeroplan.memberships")).toInt(),
            1);
    }

    void checkInIsOptimistic()
    {
        QSqlDatabase a = as(QStringLiteral("editor_a"));
        const int base =
            scalar(a, QStringLiteral("SELECT revision FROM zeroplan.plans WHERE community_id = ?"),
                   {m_a})
                .toInt();
        QVERIFY(base >= 1);
        // Two copies checked out at `base`: the first check-in wins …
        QCOMPARE(scalar(a, kCheckIn, {m_a, base, plan(QStringLiteral("first"))}).toInt(), base + 1);
        // … the second is refused, saying the revision there is now, and writes nothing.
        QSqlQuery q(a);
        QVERIFY(q.prepare(kCheckIn));
        q.addBindValue(m_a);
        q.addBindValue(base);
        q.addBindValue(plan(QStringLiteral("second")));
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("40001"));
        QVERIFY2(q.lastError().databaseText().contains(
                     QStringLiteral("is at revision %1, not %2").arg(base + 1).arg(base)),
                 qPrintable(q.lastError().databaseText()));
        QCOMPARE(scalar(a,
                        QStringLiteral("SELECT plan->>'title' FROM zeroplan.plans WHERE "
                                       "community_id = ?"),
                        {m_a})
                     .toString(),
                 QStringLiteral("first"));
        // Every revision checked in is kept, by whom.
        QCOMPARE(scalar(a,
                        QStringLiteral("SELECT count(*) FROM zeroplan.plan_revisions WHERE "
                                       "community_id = ?"),
                        {m_a})
                     .toInt(),
                 base + 1);
        QCOMPARE(scalar(a,
                        QStringLiteral("SELECT checked_in_by FROM zeroplan.plan_revisions "
                                       "WHERE community_id = ? AND revision = ?"),
                        {m_a, base + 1})
                     .toString(),
                 QStringLiteral("editor_a"));
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "TestServerSchema.moc"
