#include "ReviewText.h"

#include "history/HistoryText.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <algorithm>

namespace zeroplan {

QString ReviewText::stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return tr("Draft");
    case ReviewState::UnderReview:
        return tr("Under review");
    case ReviewState::Approved:
        return tr("Approved");
    }
    return {};
}

QString ReviewText::targetName(const Plan &plan, const ReviewTarget &target)
{
    if (target.isPlan())
        return tr("The plan");
    const QString &key = target.key;
    bool present = false;
    QString name;
    if (target.part == QLatin1String("activities")) {
        present = std::any_of(plan.activities.cbegin(), plan.activities.cend(),
                              [&](const ActivityLine &a) { return a.id == key; });
        name = tr("Baseline line %1").arg(key);
    } else if (target.part == QLatin1String("factors")) {
        present = std::any_of(plan.factors.cbegin(), plan.factors.cend(),
                              [&](const EmissionFactor &f) { return f.id == key; });
        name = tr("Factor %1").arg(key);
    } else if (target.part == QLatin1String("measures")) {
        const Measure *m = plan.findMeasure(key);
        present = m;
        name = tr("Measure “%1”").arg(m ? MeasureCatalogue::displayName(*m) : key);
    } else {
        present = std::any_of(plan.scenarios.cbegin(), plan.scenarios.cend(),
                              [&](const Scenario &s) { return s.name == key; });
        name = tr("Scenario “%1”").arg(key);
    }
    return present ? name : tr("%1 (no longer in the plan)").arg(name);
}

QList<ReviewTarget> ReviewText::targets(const Plan &plan)
{
    QList<ReviewTarget> out{ReviewTarget::plan()};
    for (const ActivityLine &a : plan.activities)
        out.append(ReviewTarget::activity(a.id));
    for (const EmissionFactor &f : plan.factors)
        out.append(ReviewTarget::factor(f.id));
    for (const Measure &m : plan.measures)
        out.append(ReviewTarget::measure(m.id));
    for (const Scenario &s : plan.scenarios)
        out.append(ReviewTarget::scenario(s.name));
    return out;
}

QString ReviewText::openBadge(int open)
{
    return open > 0 ? tr("%n open comment(s)", nullptr, open) : QString();
}

QString ReviewText::threadState(const CommentThread &thread)
{
    return thread.resolved ? tr("resolved") : tr("open");
}

QString ReviewText::remarkLine(const Remark &remark)
{
    const QString head = tr("%1 %2", "when, who")
                             .arg(HistoryText::when(remark.at),
                                  HistoryText::who(remark.author, remark.organisation));
    switch (remark.kind) {
    case Remark::Kind::Comment:
        return tr("%1: %2", "who, comment").arg(head, remark.text);
    case Remark::Kind::Resolve:
        return tr("%1 resolved the thread").arg(head);
    case Remark::Kind::Reopen:
        return tr("%1 opened the thread again").arg(head);
    }
    return head;
}

QStringList ReviewText::tableHeader()
{
    return {tr("Object"), tr("Thread"), tr("When"), tr("Who"), tr("Remark")};
}

QList<QStringList> ReviewText::tableRows(const Plan &plan, const PlanReview &review)
{
    QList<QStringList> rows;
    for (const CommentThread &t : review.threads()) {
        bool first = true;
        for (const Remark &r : review.remarks) {
            if (r.thread != t.id)
                continue;
            const QString words = r.kind == Remark::Kind::Comment   ? r.text
                                  : r.kind == Remark::Kind::Resolve ? tr("(resolved)")
                                                                    : tr("(opened again)");
            rows.append({first ? targetName(plan, t.target) : QString(),
                         first ? threadState(t) : QString(), HistoryText::when(r.at),
                         HistoryText::who(r.author, r.organisation), words});
            first = false;
        }
    }
    return rows;
}

} // namespace zeroplan
