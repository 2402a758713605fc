#include "MeasureProgress.h"

#include <QCoreApplication>

namespace zeroplan {
namespace {

struct StatusText
{
    ProgressStatus status;
    const char *id;
    const char *name;
};

const StatusText kStatuses[] = {
    {ProgressStatus::NotStarted, "not_started",
     QT_TRANSLATE_NOOP("zeroplan::MeasureProgress", "Not started")},
    {ProgressStatus::Planning, "planning",
     QT_TRANSLATE_NOOP("zeroplan::MeasureProgress", "Planning")},
    {ProgressStatus::Implementing, "implementing",
     QT_TRANSLATE_NOOP("zeroplan::MeasureProgress", "Implementing")},
    {ProgressStatus::Completed, "completed",
     QT_TRANSLATE_NOOP("zeroplan::MeasureProgress", "Completed")},
    {ProgressStatus::Paused, "paused", QT_TRANSLATE_NOOP("zeroplan::MeasureProgress", "Paused")},
    {ProgressStatus::Cancelled, "cancelled",
     QT_TRANSLATE_NOOP("zeroplan::MeasureProgress", "Cancelled")},
};

const StatusText &textOf(ProgressStatus status)
{
    for (const StatusText &t : kStatuses) {
        if (t.status == status)
            return t;
    }
    return kStatuses[0];
}

} // namespace

QString progressStatusId(ProgressStatus status)
{
    return QString::fromLatin1(textOf(status).id);
}

std::optional<ProgressStatus> progressStatusFromId(const QString &id)
{
    for (const StatusText &t : kStatuses) {
        if (id == QLatin1String(t.id))
            return t.status;
    }
    return std::nullopt;
}

QString progressStatusName(ProgressStatus status)
{
    return QCoreApplication::translate("zeroplan::MeasureProgress", textOf(status).name);
}

} // namespace zeroplan
