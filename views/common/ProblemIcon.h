#pragma once

#include "storage/PlanProblem.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace zeroplan {

// The icon a problem of this severity shows with, wherever it is listed or marked.
inline QIcon problemIcon(PlanProblem::Severity severity)
{
    return QApplication::style()->standardIcon(severity == PlanProblem::Severity::Error
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxWarning);
}

} // namespace zeroplan
