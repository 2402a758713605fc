#include "VersionChoice.h"

#include "plan/Plan.h"
#include "storage/PlanJson.h"

#include <QStringList>

namespace zeroplan {

const PlanVersion *VersionChoice::find(const PlanVersions &versions, const QString &text)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const PlanVersion &v = versions[i];
        if ((isNumber && v.number == number) || (!isNumber && v.name == wanted))
            return &v;
    }
    return nullptr;
}

std::optional<Plan> VersionChoice::pick(const PlanVersions &versions, const Plan &current,
                                        const QString &text, QString *error)
{
    if (text.trimmed() == QLatin1String("current"))
        return current;
    const PlanVersion *version = find(versions, text);
    if (!version) {
        QStringList numbers;
        for (const PlanVersion &v : versions)
            numbers << QString::number(v.number);
        *error = versions.isEmpty()
                     ? tr("no version '%1': the plan has no versions yet").arg(text)
                     : tr("no version '%1'; the plan's versions are %2 (zeroplan-cli versions "
                          "lists them), or 'current'")
                           .arg(text, numbers.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    PlanReadResult read = version->read();
    if (!read.plan) {
        *error = tr("version %1 is damaged: the plan it keeps does not read").arg(version->number);
        return std::nullopt;
    }
    if (!read.ok()) {
        *error = tr("version %1 was saved with errors in the plan, so its results cannot be "
                    "worked out")
                     .arg(version->number);
        return std::nullopt;
    }
    return std::move(read.plan);
}

} // namespace zeroplan
