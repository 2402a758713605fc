#include "CommentsCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "TextTable.h"
#include "history/HistoryText.h"
#include "measures/MeasureCatalogue.h"
#include "review/ReviewText.h"
#include "storage/ReviewJson.h"

#include <QJsonDocument>

namespace zeroplan {

QString CommentsCommand::name() const
{
    return QStringLiteral("comments");
}

QString CommentsCommand::summary() const
{
    return tr("List a plan's comment threads and the review state of its measures.");
}

QString CommentsCommand::table(const Plan &plan, const PlanReview &review)
{
    QString text;
    if (review.remarks.isEmpty()) {
        text = tr("No comments yet.") + QLatin1Char('\n');
    } else {
        TextTable threads;
        for (const QString &heading : ReviewText::tableHeader())
            threads.addColumn(heading, TextTable::Align::Left);
        for (const QStringList &row : ReviewText::tableRows(plan, review))
            threads.addRow(row);
        text = threads.render();
    }
    TextTable states;
    states.addColumn(tr("Measure"), TextTable::Align::Left);
    states.addColumn(tr("Review"), TextTable::Align::Left);
    states.addColumn(tr("Since"), TextTable::Align::Left);
    states.addColumn(tr("By"), TextTable::Align::Left);
    for (const Measure &m : plan.measures) {
        const std::optional<ReviewMark> mark = review.latestMarkOf(m.id);
        states.addRow(
            {MeasureCatalogue::displayName(m), ReviewText::stateName(review.stateOf(m.id)),
             mark ? HistoryText::when(mark->at) : QStringLiteral("—"),
             mark ? HistoryText::who(mark->author, mark->organisation) : QStringLiteral("—")});
    }
    if (!plan.measures.isEmpty())
        text += QLatin1Char('\n') + states.render();
    return text;
}

int CommentsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOption(jsonOrTableOption());
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    OutputFormat format = OutputFormat::Table;
    if (const std::optional<int> status = readJsonOrTable(parser, &format))
        return *status;

    PlanFile file(path);
    const std::optional<PlanReadResult> read = file.readOrReport();
    if (!read)
        return ExitBadInput;
    const PlanReview &review = file.history().review;
    if (format == OutputFormat::Json)
        Console::outBytes(
            QJsonDocument(ReviewJson::toJson(*read->plan, review)).toJson(QJsonDocument::Indented));
    else
        Console::out(table(*read->plan, review));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
