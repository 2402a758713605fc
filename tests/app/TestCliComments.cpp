// zeroplan-cli comments and merge-comments (docs/cli.md): comments lists a project file's
// comment threads, open or resolved, and the review state of each measure (Draft until marked),
// as a table and as a comments file (--format json); merge-comments adds the remarks and review
// states of an adviser's comments file that the plan lacks (the union by id), says how many,
// and leaves the file byte for byte as it was when it has them all already; the merge records
// no change in the change log (comments are no change of the plan). A damaged comments file is
// named with the JSON pointer of what is wrong, a file written on another community's plan is
// refused unless --any-plan, a JSON plan keeps no comments: each exit 1, the plan untouched.
#include "CliRun.h"
#include "FileSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan::test;

namespace {

const QString kSample =
    QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json");

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(bytesOf(kSample)).object();
}

QString sampleCommunity()
{
    return sampleJson()
        .value(QStringLiteral("community"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

QJsonObject remark(const QString &id, const QString &thread, const QString &on, const QString &at,
                   const QString &author, const QString &organisation, const QString &kind,
                   const QString &text = QString())
{
    QJsonObject o{
        {QStringLiteral("id"), id},         {QStringLiteral("thread"), thread},
        {QStringLiteral("on"), on},         {QStringLiteral("at"), at},
        {QStringLiteral("author"), author}, {QStringLiteral("organisation"), organisation},
        {QStringLiteral("kind"), kind}};
    if (kind == QLatin1String("comment"))
        o.insert(QStringLiteral("text"), text);
    return o;
}

// An adviser's remarks, oldest first: a thread on the LED measure with a reply, a thread on the
// residents' electricity resolved.
QJsonArray adviserRemarks()
{
    const QString adviser = QStringLiteral("Li Wei");
    const QString firm = QStringLiteral("Shenzhen Energy Advisers");
    return {
        remark(QStringLiteral("t-led"), QStringLiteral("t-led"), QStringLiteral("measures[led]"),
               QStringLiteral("2026-03-01T09:00:00.000Z"), adviser, firm, QStringLiteral("comment"),
               QStringLiteral("Check the lamp count against the 2023 survey.")),
        remark(QStringLiteral("r-led"), QStringLiteral("t-led"), QStringLiteral("measures[led]"),
               QStringLiteral("2026-03-01T10:30:00.000Z"), QStringLiteral("王芳"), QString(),
               QStringLiteral("comment"),
               QStringLiteral("The survey counted 1,240 lamps; the figure stands.")),
        remark(QStringLiteral("t-elec"), QStringLiteral("t-elec"),
               QStringLiteral("activities[res-electricity]"),
               QStringLiteral("2026-03-02T08:00:00.000Z"), adviser, firm, QStringLiteral("comment"),
               QStringLiteral("Is the 2023 consumption metered or estimated?")),
        remark(QStringLiteral("x-elec"), QStringLiteral("t-elec"),
               QStringLiteral("activities[res-electricity]"),
               QStringLiteral("2026-03-02T09:15:00.000Z"), QStringLiteral("王芳"), QString(),
               QStringLiteral("resolve"))};
}

// The adviser approves the LED measure.
QJsonArray adviserStates()
{
    return {
        QJsonObject{{QStringLiteral("id"), QStringLiteral("m-led")},
                    {QStringLiteral("measure"), QStringLiteral("led")},
                    {QStringLiteral("state"), QStringLiteral("approved")},
                    {QStringLiteral("at"), QStringLiteral("2026-03-03T12:00:00.000Z")},
                    {QStringLiteral("author"), QStringLiteral("Li Wei")},
                    {QStringLiteral("organisation"), QStringLiteral("Shenzhen Energy Advisers")}}};
}

QJsonObject commentsFile(const QString &community, const QJsonArray &remarks,
                         const QJsonArray &states, const QString &format = QString())
{
    return {
        {QStringLiteral("format"), format.isEmpty() ? QStringLiteral("zeroplan-comments") : format},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("plan"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Xinqiao plan, review copy")},
                     {QStringLiteral("community"), community}}},
        {QStringLiteral("comments"), remarks},
        {QStringLiteral("review_states"), states}};
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(json).toJson()) > 0;
}

// The sample converted to a project file in `dir`.
QString projectOf(const QTemporaryDir &dir)
{
    const QString plan = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    const CliRun run = runCli({QStringLiteral("convert"), kSample, plan});
    return run.exitCode == 0 ? plan : QString();
}

// The table's label of each of the sample's measures: its name.
QStringList measureLabels()
{
    QStringList labels;
    for (const QJsonValue &m : sampleJson().value(QStringLiteral("measures")).toArray())
        labels.append(m.toObject().value(QStringLiteral("name")).toString());
    return labels;
}

QString ledLabel()
{
    for (const QJsonValue &m : sampleJson().value(QStringLiteral("measures")).toArray()) {
        if (m.toObject().value(QStringLiteral("id")).toString() == QLatin1String("led"))
            return m.toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

// The rest of the line that starts with `label` in `lines`, spaces collapsed; starting the
// search at line `from`. Empty if there is none.
QString rowAfter(const QStringList &lines, const QString &label, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(label))
            return lines.at(i).mid(label.size()).simplified();
    }
    return {};
}

// The line of the review states' header ("Measure  Review  Since  By").
qsizetype statesHeader(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).simplified() == QLatin1String("Measure Review Since By"))
            return i;
    }
    return -1;
}

} // namespace

class TestCliComments : public QObject
{
    Q_OBJECT

private slots:
    void freshPlanHasNoComments()
    {
        QTemporaryDir dir;
        const QString plan = projectOf(dir);
        QVERIFY(!plan.isEmpty());
        CliRun run = runCli({QStringLiteral("comments"), plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString table = QString::fromUtf8(run.out);
        QVERIFY2(table.startsWith(QStringLiteral("No comments yet.\n")), qPrintable(table));
        const QStringList lines = table.split(QLatin1Char('\n'));
        const qsizetype header = statesHeader(lines);
        QVERIFY2(header > 0, qPrintable(table));
        const QStringList labels = measureLabels();
        QCOMPARE(labels.size(), 13);
        for (const QString &label : labels)
            QVERIFY2(rowAfter(lines, label, header) == QStringLiteral("Draft — —"),
                     qPrintable(label + QStringLiteral("\n") + table));

        run = runCli(
            {QStringLiteral("comments"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("zeroplan-comments"));
        QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("community"))
                     .toString(),
                 sampleCommunity());
        QVERIFY(json.value(QStringLiteral("comments")).isArray());
        QCOMPARE(json.value(QStringLiteral("comments")).toArray().size(), 0);
        QVERIFY(json.value(QStringLiteral("review_states")).isArray());
        QCOMPARE(json.value(QStringLiteral("review_states")).toArray().size(), 0);
    }

    void mergeAddsWhatThePlanLacks()
    {
        QTemporaryDir dir;
        const QString plan = projectOf(dir);
        QVERIFY(!plan.isEmpty());
        const QString comments = dir.filePath(QStringLiteral("li-wei.zeroplan-comments"));
        QVERIFY(writeJson(comments,
                          commentsFile(sampleCommunity(), adviserRemarks(), adviserStates())));

        CliRun run = runCli(
            {QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), comments});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("Added 5 comments and review states from %1.\n").arg(comments));

        // Exactly the file's remarks and marks, oldest first.
        run = runCli(
            {QStringLiteral("comments"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("comments")).toArray(), adviserRemarks());
        QCOMPARE(json.value(QStringLiteral("review_states")).toArray(), adviserStates());

        // The table: each thread with its state and remarks; the LED measure approved.
        run = runCli({QStringLiteral("comments"), plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString table = QString::fromUtf8(run.out);
        for (const QString &expected :
             {QStringLiteral("Check the lamp count against the 2023 survey."),
              QStringLiteral("The survey counted 1,240 lamps; the figure stands."),
              QStringLiteral("Is the 2023 consumption metered or estimated?"),
              QStringLiteral("(resolved)"), QStringLiteral("Li Wei (Shenzhen Energy Advisers)"),
              QStringLiteral("王芳")})
            QVERIFY2(table.contains(expected), qPrintable(expected + QStringLiteral("\n") + table));
        QVERIFY(!table.contains(QStringLiteral("No comments yet.")));
        const QStringList lines = table.split(QLatin1Char('\n'));
        const QString led = ledLabel();
        QVERIFY(!led.isEmpty());
        QVERIFY2(rowAfter(lines, QStringLiteral("Measure “%1”").arg(led))
                     .startsWith(QStringLiteral("open ")),
                 qPrintable(table));
        QVERIFY2(rowAfter(lines, QStringLiteral("Baseline line res-electricity"))
                     .startsWith(QStringLiteral("resolved ")),
                 qPrintable(table));
        const qsizetype header = statesHeader(lines);
        QVERIFY2(header > 0, qPrintable(table));
        const QString ledState = rowAfter(lines, led, header);
        QVERIFY2(ledState.startsWith(QStringLiteral("Approved ")) &&
                     ledState.endsWith(QStringLiteral(" Li Wei (Shenzhen Energy Advisers)")),
                 qPrintable(table));
        for (const QString &label : measureLabels()) {
            if (label != led)
                QVERIFY2(rowAfter(lines, label, header) == QStringLiteral("Draft — —"),
                         qPrintable(label + QStringLiteral("\n") + table));
        }

        // The same file again: nothing to add, the file not rewritten.
        const QByteArray merged = bytesOf(plan);
        run = runCli(
            {QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), comments});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("The plan has every comment and review state of %1 already; it "
                                "is unchanged.\n")
                     .arg(comments));
        QCOMPARE(bytesOf(plan), merged);

        // A later copy of the file with one more remark, the thread on electricity opened
        // again: only that one is added (the union by id), and the thread is open.
        QJsonArray more = adviserRemarks();
        more.append(remark(QStringLiteral("o-elec"), QStringLiteral("t-elec"),
                           QStringLiteral("activities[res-electricity]"),
                           QStringLiteral("2026-03-04T16:45:00.000Z"), QStringLiteral("Li Wei"),
                           QStringLiteral("Shenzhen Energy Advisers"), QStringLiteral("reopen")));
        const QString later = dir.filePath(QStringLiteral("li-wei-2.zeroplan-comments"));
        QVERIFY(writeJson(later, commentsFile(sampleCommunity(), more, adviserStates())));
        run = runCli({QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), later});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("Added 1 comment or review state from %1.\n").arg(later));
        run = runCli(
            {QStringLiteral("comments"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.json().value(QStringLiteral("comments")).toArray(), more);
        run = runCli({QStringLiteral("comments"), plan});
        const QString reopened = QString::fromUtf8(run.out);
        QVERIFY2(rowAfter(reopened.split(QLatin1Char('\n')),
                          QStringLiteral("Baseline line res-electricity"))
                     .startsWith(QStringLiteral("open ")),
                 qPrintable(reopened));
        QVERIFY2(reopened.contains(QStringLiteral("(opened again)")), qPrintable(reopened));
    }

    void mergeRecordsNoChange()
    {
        QTemporaryDir dir;
        const QString plan = projectOf(dir);
        QVERIFY(!plan.isEmpty());
        // One change in the log first: the least-cost choice of LED and solar as a scenario.
        CliRun run = runCli(
            {QStringLiteral("optimise"), plan, QStringLiteral("--measures"),
             QStringLiteral("led,solar"), QStringLiteral("--levels"), QStringLiteral("0,100"),
             QStringLiteral("--target"), QStringLiteral("cut:5"), QStringLiteral("--target-year"),
             QStringLiteral("2040"), QStringLiteral("--save-as"), QStringLiteral("Least cost")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(
            {QStringLiteral("history"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject before = run.json();
        QCOMPARE(before.value(QStringLiteral("changes")).toArray().size(), 1);

        const QString comments = dir.filePath(QStringLiteral("li-wei.zeroplan-comments"));
        QVERIFY(writeJson(comments,
                          commentsFile(sampleCommunity(), adviserRemarks(), adviserStates())));
        run = runCli(
            {QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), comments});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(
            {QStringLiteral("history"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(QStringLiteral("changes")).toArray().size(), 1);
        QCOMPARE(run.json(), before);
    }

    void damagedCommentsFileIsRefused()
    {
        QTemporaryDir dir;
        const QString plan = projectOf(dir);
        QVERIFY(!plan.isEmpty());
        const QByteArray before = bytesOf(plan);

        // A reply whose thread starts nowhere, after a thread that is fine.
        const QJsonArray good = adviserRemarks();
        const QJsonArray stray{good.at(0),
                               remark(QStringLiteral("r-stray"), QStringLiteral("nowhere"),
                                      QStringLiteral("measures[led]"),
                                      QStringLiteral("2026-03-01T10:30:00.000Z"),
                                      QStringLiteral("王芳"), QString(), QStringLiteral("comment"),
                                      QStringLiteral("An answer to nothing."))};
        const QString damaged = dir.filePath(QStringLiteral("stray.zeroplan-comments"));
        QVERIFY(writeJson(damaged, commentsFile(sampleCommunity(), stray, adviserStates())));
        CliRun run =
            runCli({QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), damaged});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{damaged + QStringLiteral(": /comments/1/thread: the thread "
                                                      "\"nowhere\" starts nowhere")});
        QVERIFY(run.out.isEmpty());
        QCOMPARE(bytesOf(plan), before);

        // Another kind of file altogether.
        const QString other = dir.filePath(QStringLiteral("other.json"));
        QVERIFY(writeJson(other, commentsFile(sampleCommunity(), good, adviserStates(),
                                              QStringLiteral("zeroplan-plan"))));
        run = runCli({QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), other});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{other + QStringLiteral(": /format: \"zeroplan-plan\" is not "
                                                    "\"zeroplan-comments\": this is no comments "
                                                    "file from ZeroPlan")});
        QCOMPARE(bytesOf(plan), before);

        // No file at all.
        const QString missing = dir.filePath(QStringLiteral("missing.zeroplan-comments"));
        run =
            runCli({QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(missing + QStringLiteral(": ")), qPrintable(run.err));
        QCOMPARE(bytesOf(plan), before);

        run = runCli(
            {QStringLiteral("comments"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.json().value(QStringLiteral("comments")).toArray().size(), 0);
    }

    void anotherCommunitysCommentsNeedAnyPlan()
    {
        QTemporaryDir dir;
        const QString plan = projectOf(dir);
        QVERIFY(!plan.isEmpty());
        const QByteArray before = bytesOf(plan);
        const QString comments = dir.filePath(QStringLiteral("hammarby.zeroplan-comments"));
        QVERIFY(writeJson(comments, commentsFile(QStringLiteral("Hammarby Sjöstad"),
                                                 adviserRemarks(), adviserStates())));
        CliRun run = runCli(
            {QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), comments});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{plan + QStringLiteral(": the comments were written on the plan of "
                                                   "'Hammarby Sjöstad', and this plan is of "
                                                   "'%1'; nothing merged (--any-plan merges "
                                                   "them all the same)")
                                        .arg(sampleCommunity())});
        QVERIFY(run.out.isEmpty());
        QCOMPARE(bytesOf(plan), before);

        run = runCli({QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"),
                      comments, QStringLiteral("--any-plan")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("Added 5 comments and review states from %1.\n").arg(comments));
        run = runCli(
            {QStringLiteral("comments"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("comments")).toArray(), adviserRemarks());
        QCOMPARE(json.value(QStringLiteral("review_states")).toArray(), adviserStates());
        // The plan stays the plan of its own community.
        QCOMPARE(json.value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("community"))
                     .toString(),
                 sampleCommunity());
    }

    void jsonPlanKeepsNoComments()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("xinqiao.json"));
        QVERIFY(QFile::copy(kSample, plan));
        QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = bytesOf(plan);
        const QString comments = dir.filePath(QStringLiteral("li-wei.zeroplan-comments"));
        QVERIFY(writeJson(comments,
                          commentsFile(sampleCommunity(), adviserRemarks(), adviserStates())));
        CliRun run = runCli(
            {QStringLiteral("merge-comments"), plan, QStringLiteral("--comments"), comments});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{plan + QStringLiteral(": a JSON plan keeps no comments; convert it "
                                                   "to a project file first (zeroplan-cli "
                                                   "convert PLAN.json PLAN.zeroplan)")});
        QCOMPARE(bytesOf(plan), before);

        run = runCli({QStringLiteral("comments"), plan});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QString::fromUtf8(run.out).startsWith(QStringLiteral("No comments yet.\n")));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString plan = projectOf(dir);
        QVERIFY(!plan.isEmpty());
        const QByteArray before = bytesOf(plan);
        CliRun run = runCli(
            {QStringLiteral("comments"), plan, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--format must be json or table for comments")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());

        run = runCli({QStringLiteral("merge-comments"), plan});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("merge-comments needs --comments FILE")),
                 qPrintable(run.err));
        QCOMPARE(bytesOf(plan), before);
    }
};

QTEST_GUILESS_MAIN(TestCliComments)
#include "TestCliComments.moc"
