#include "PlanVersion.h"

#include "ChangeEntry.h"
#include "EnumId.h"
#include "plan/Plan.h"
#include "storage/PlanJson.h"

#include <QJsonDocument>

namespace zeroplan {

QJsonObject PlanVersion::planObject() const
{
    const QJsonDocument document = QJsonDocument::fromJson(qUncompress(planData));
    return document.isObject() ? document.object() : QJsonObject();
}

PlanReadResult PlanVersion::read() const
{
    const QByteArray json = qUncompress(planData);
    if (json.isEmpty())
        return {};
    return PlanJson::read(json);
}

QByteArray PlanVersion::pack(const QJsonObject &plan)
{
    return qCompress(QJsonDocument(plan).toJson(QJsonDocument::Compact), 9);
}

PlanVersion PlanVersion::of(const Plan &plan, Kind kind, const QList<PlanVersion> &existing)
{
    PlanVersion version;
    for (const PlanVersion &v : existing)
        version.number = std::max(version.number, v.number);
    ++version.number;
    version.at = ChangeEntry::now();
    version.kind = kind;
    version.planData = pack(PlanJson::toJson(plan));
    return version;
}

QString versionKindId(PlanVersion::Kind kind)
{
    return kind == PlanVersion::Kind::Named ? QStringLiteral("named") : QStringLiteral("automatic");
}

std::optional<PlanVersion::Kind> versionKindFromId(const QString &id)
{
    using K = PlanVersion::Kind;
    return enumFromId(id, {K::Automatic, K::Named}, &versionKindId);
}

} // namespace zeroplan
