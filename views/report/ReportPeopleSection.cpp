// "How the community takes part" of the printed plan (ReportSections, docs/people.md): the
// working groups with the measures each owns, the volunteer network, the activity calendar as
// a list and month by month for the first years. Activities are said not to be reductions.
#include "ReportSections.h"

#include "ReportLayout.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QLocale>

#include <algorithm>

namespace zeroplan {
namespace {

// When an activity takes place, in words: "22 Apr 2025", "every month", "every March",
// "quarterly from March".
QString whenText(const CommunityActivity &a, const QLocale &locale)
{
    const QString month = locale.standaloneMonthName(std::clamp(a.month, 1, 12));
    switch (a.recurrence) {
    case Recurrence::Once:
        return locale.toString(a.date, locale.language() == QLocale::Chinese
                                           ? QStringLiteral("yyyy年M月d日")
                                           : QStringLiteral("d MMMM yyyy"));
    case Recurrence::Monthly:
        return ReportSections::tr("every month");
    case Recurrence::Quarterly:
        return ReportSections::tr("quarterly, from %1").arg(month);
    case Recurrence::Yearly:
        return ReportSections::tr("every %1").arg(month);
    }
    return QString();
}

QString yearsText(const CommunityActivity &a)
{
    if (a.startYear() == a.endYear())
        return QString::number(a.startYear());
    return QStringLiteral("%1–%2").arg(a.startYear()).arg(a.endYear());
}

} // namespace

void ReportSections::people()
{
    const Plan &plan = m_context.plan;
    const People &people = plan.people;
    if (people.isEmpty())
        return;
    heading(ReportSection::People);
    paragraph(tr("Who carries the plan out: the working groups and the measures each owns, the "
                 "volunteer network, and the calendar of community activities. Activities "
                 "support measures; they are not counted as reductions. An effect they have "
                 "counts only through the parameter of the measure they support."));

    if (!people.groups.isEmpty()) {
        subheading(tr("Working groups"));
        QList<QStringList> rows;
        for (const WorkingGroup &g : people.groups) {
            QStringList owned;
            for (const Measure &m : plan.measures) {
                if (m.ownerGroup == g.id)
                    owned << MeasureCatalogue::displayName(m);
            }
            rows.append({people.groupName(g.id), g.lead, NumberFormat::number(g.members),
                         NumberFormat::number(g.volunteers),
                         owned.isEmpty() ? tr("none") : owned.join(tr(", "))});
        }
        table({2, 1.4, 1, 1, 4},
              {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft},
              {tr("Group"), tr("Lead"), tr("Members"), tr("Volunteers"), tr("Measures it owns")},
              rows);
    }
    if (people.volunteers.size > 0 || people.volunteers.hoursPerYear > 0) {
        paragraph(tr("The volunteer network: %1 people, giving %2 hours a year.")
                      .arg(NumberFormat::number(people.volunteers.size),
                           NumberFormat::number(people.volunteers.hoursPerYear)));
        if (!people.volunteers.source.trimmed().isEmpty())
            note(tr("Source: %1").arg(people.volunteers.source));
    }
    if (people.activities.isEmpty())
        return;

    const QLocale locale(m_context.options.language);
    subheading(tr("Activity calendar"));
    QList<QStringList> rows;
    for (const CommunityActivity &a : people.activities) {
        QStringList supported;
        for (const QString &id : a.measures) {
            const Measure *m = plan.findMeasure(id);
            supported << (m ? MeasureCatalogue::displayName(*m) : id);
        }
        rows.append({a.name, a.group.isEmpty() ? QString() : people.groupName(a.group),
                     whenText(a, locale), yearsText(a), NumberFormat::number(a.participants),
                     NumberFormat::money(a.costPerOccurrence, plan.community.currency),
                     supported.join(tr(", "))});
    }
    table({2, 1.4, 1.7, 1.4, 1.3, 1.3, 2.5},
          {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight,
           Qt::AlignRight, Qt::AlignLeft},
          {tr("Activity"), tr("Group"), tr("When"), tr("Years"), tr("People each time"),
           tr("Cost each time"), tr("Supports")},
          rows);

    // Month by month, the three years after the base year.
    const int first = std::min(plan.community.baseYear + 1, plan.community.horizonEnd);
    const int last = std::min(first + 2, plan.community.horizonEnd);
    subheading(tr("Month by month, %1–%2").arg(first).arg(last));
    QStringList header{tr("Month")};
    QList<qreal> weights{1};
    QList<Qt::Alignment> alignments{Qt::AlignLeft};
    for (int year = first; year <= last; ++year) {
        header << QString::number(year);
        weights << 3;
        alignments << Qt::AlignLeft;
    }
    QList<QStringList> months;
    for (int month = 1; month <= 12; ++month) {
        QStringList row{locale.standaloneMonthName(month, QLocale::ShortFormat)};
        for (int year = first; year <= last; ++year) {
            QStringList names;
            for (const CommunityActivity &a : people.activities) {
                if (a.monthsIn(year).contains(month))
                    names << a.name;
            }
            row << names.join(tr(", "));
        }
        months.append(row);
    }
    table(weights, alignments, header, months);
    // What the calendar's participants add up to, as the targets monitoring can follow.
    QStringList totals;
    for (int year = first; year <= last; ++year) {
        double participants = 0;
        for (const CommunityActivity &a : people.activities)
            participants += a.occurrencesIn(year) * a.participants;
        totals << tr("%1: %2").arg(year).arg(NumberFormat::number(participants));
    }
    note(tr("Participants expected a year (a target, not a measured figure): %1.")
             .arg(totals.join(tr("; "))));
}

} // namespace zeroplan
