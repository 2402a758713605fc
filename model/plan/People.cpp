#include "People.h"

#include "measures/MeasureCatalogue.h"

#include <QCoreApplication>

#include <algorithm>

namespace zeroplan {

QString recurrenceId(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Once:
        return QStringLiteral("once");
    case Recurrence::Monthly:
        return QStringLiteral("monthly");
    case Recurrence::Quarterly:
        return QStringLiteral("quarterly");
    case Recurrence::Yearly:
        return QStringLiteral("yearly");
    }
    return QString();
}

QString recurrenceName(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Once:
        return QCoreApplication::translate("zeroplan::People", "Once");
    case Recurrence::Monthly:
        return QCoreApplication::translate("zeroplan::People", "Monthly");
    case Recurrence::Quarterly:
        return QCoreApplication::translate("zeroplan::People", "Quarterly");
    case Recurrence::Yearly:
        return QCoreApplication::translate("zeroplan::People", "Yearly");
    }
    return QString();
}

int CommunityActivity::startYear() const
{
    return recurrence == Recurrence::Once ? date.year() : firstYear;
}

int CommunityActivity::endYear() const
{
    return recurrence == Recurrence::Once ? date.year() : lastYear;
}

QList<int> CommunityActivity::monthsIn(int year) const
{
    QList<int> months;
    if (recurrence == Recurrence::Once) {
        if (date.isValid() && date.year() == year)
            months << date.month();
        return months;
    }
    if (year < firstYear || year > lastYear)
        return months;
    const int first = std::clamp(month, 1, 12);
    switch (recurrence) {
    case Recurrence::Monthly:
        for (int m = 1; m <= 12; ++m)
            months << m;
        break;
    case Recurrence::Quarterly:
        // Four a year, three months apart, starting from the first quarter's month.
        for (int m = (first - 1) % 3 + 1; m <= 12; m += 3)
            months << m;
        break;
    case Recurrence::Yearly:
        months << first;
        break;
    case Recurrence::Once:
        break;
    }
    return months;
}

QString People::groupName(const QString &id) const
{
    if (const WorkingGroup *g = findGroup(id); g && !g->name.isEmpty())
        return g->name;
    return MeasureCatalogue::ownerGroupName(id);
}

QList<WorkingGroup> People::defaultGroups()
{
    QList<WorkingGroup> groups;
    for (const char *id : {"energy", "transport", "waste", "food"}) {
        WorkingGroup g;
        g.id = QString::fromLatin1(id);
        g.name = MeasureCatalogue::ownerGroupName(g.id);
        groups << g;
    }
    return groups;
}

} // namespace zeroplan
