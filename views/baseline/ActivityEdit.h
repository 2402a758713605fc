#pragma once

#include "inventory/ActivityLine.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <optional>

namespace zeroplan {

struct Plan;
class FactorLibrary;

// One cell of the baseline table typed or picked: the line as it becomes, or the reason the
// value can't be taken. Values are the ids pickers store, or text a person types, read with
// the import vocabulary ("电力", "scope 2", "高") and the locale's numbers.
//
// A new carrier or unit keeps the rest of the line consistent: a unit the carrier can't be
// given in becomes the carrier's base unit; a factor that no longer fits is replaced by the
// one a new line would get (DefaultFactor); a scope or sector that was the old carrier's
// default becomes the new carrier's.
class ActivityEdit
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ActivityEdit)

public:
    ActivityEdit(const Plan &plan, const FactorLibrary &library);

    // `column` is an ActivityTableModel::Column.
    std::optional<ActivityLine> apply(ActivityLine line, int column, const QVariant &value,
                                      QString *reason) const;
    // An amount as typed: "1234.5", "1,234.5" or a number; nothing (with *reason) when it is
    // empty, not a number or negative.
    static std::optional<double> amount(const QVariant &value, QString *reason);

private:
    std::optional<ActivityLine> withCarrier(ActivityLine line, const QString &text,
                                            QString *reason) const;
    std::optional<ActivityLine> withUnit(ActivityLine line, const QString &text,
                                         QString *reason) const;
    std::optional<ActivityLine> withFactor(ActivityLine line, const QString &id,
                                           QString *reason) const;
    // The factor, if it is for the line's carrier (or any) and its unit's dimension.
    bool factorFits(const ActivityLine &line) const;
    QString defaultFactor(const ActivityLine &line) const;

    const Plan &m_plan;
    const FactorLibrary &m_library;
};

} // namespace zeroplan
