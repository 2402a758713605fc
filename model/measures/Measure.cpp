#include "Measure.h"

#include "EnumId.h"

#include <QCoreApplication>

namespace zeroplan {

QString rampShapeId(RampShape s)
{
    return s == RampShape::Linear ? QStringLiteral("linear") : QStringLiteral("s_curve");
}

std::optional<RampShape> rampShapeFromId(const QString &id)
{
    return enumFromId<RampShape>(id, {RampShape::Linear, RampShape::SCurve}, rampShapeId);
}

QString measureStatusId(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Proposed:
        return QStringLiteral("proposed");
    case MeasureStatus::Approved:
        return QStringLiteral("approved");
    case MeasureStatus::InProgress:
        return QStringLiteral("in_progress");
    case MeasureStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<MeasureStatus> measureStatusFromId(const QString &id)
{
    return enumFromId<MeasureStatus>(id,
                                     {MeasureStatus::Proposed, MeasureStatus::Approved,
                                      MeasureStatus::InProgress, MeasureStatus::Done},
                                     measureStatusId);
}

QString measureStatusName(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Proposed:
        return QCoreApplication::translate("zeroplan::Measure", "Proposed");
    case MeasureStatus::Approved:
        return QCoreApplication::translate("zeroplan::Measure", "Approved");
    case MeasureStatus::InProgress:
        return QCoreApplication::translate("zeroplan::Measure", "In progress");
    case MeasureStatus::Done:
        return QCoreApplication::translate("zeroplan::Measure", "Done");
    }
    return {};
}

} // namespace zeroplan
