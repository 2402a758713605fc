// PlanValidation: the activity lines of the baseline.
#include "PlanValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "inventory/Carrier.h"
#include "inventory/Units.h"

namespace zeroplan {

void PlanValidation::checkActivities()
{
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < m_plan.activities.size(); ++i) {
        const ActivityLine &line = m_plan.activities[i];
        const QString path = jsonPointer(QStringLiteral("/activities"), i);
        if (line.id.trimmed().isEmpty())
            m_report.error(at(path, "id"), PlanJson::tr("the activity line has no id"));
        else
            checkUnique(m_report, ids, line.id, at(path, "id"));
        if (line.scope < 1 || line.scope > 3) {
            m_report.error(at(path, "scope"),
                           PlanJson::tr("scope %1 is not 1, 2 or 3").arg(line.scope));
        }
        checkActivityQuantity(line, path);
        checkActivityFactor(line, path);
        checkScope(line, path);
    }
}

void PlanValidation::checkActivityQuantity(const ActivityLine &line, const QString &path)
{
    const Carrier *carrier = Carriers::find(line.carrier);
    if (!carrier) {
        m_report.error(at(path, "carrier"),
                       PlanJson::tr("carrier \"%1\" is not known; expected one of %2")
                           .arg(line.carrier, ProblemReport::carrierIds()));
    }
    const bool hasKey = line.notationKey != NotationKey::None;
    const auto unit = Units::find(line.unit);
    if (!unit && !(hasKey && line.unit.isEmpty())) {
        m_report.error(at(path, "unit"), PlanJson::tr("unit \"%1\" is not known").arg(line.unit));
    } else if (unit && carrier && !carrier->fits(unit->dimension)) {
        m_report.error(at(path, "unit"), PlanJson::tr("unit %1 (%2) does not fit %3")
                                             .arg(line.unit, Units::dimensionName(unit->dimension),
                                                  carrier->displayName()));
    }
    if (!ProblemReport::isNonNegative(line.amount)) {
        m_report.error(at(path, "amount"), PlanJson::tr("amount %1 must be a number of at least 0")
                                               .arg(ProblemReport::number(line.amount)));
    } else if (hasKey && line.amount != 0) {
        m_report.error(
            at(path, "amount"),
            PlanJson::tr("a line with notation key %1 has no number; amount must be 0, "
                         "not %2")
                .arg(notationKeyId(line.notationKey), ProblemReport::number(line.amount)));
    } else if (!hasKey && line.amount == 0) {
        m_report.warning(at(path, "amount"),
                         PlanJson::tr("amount is 0; give a notation key (NO, IE, NE or C) to say "
                                      "why there is no number"));
    }
}

void PlanValidation::checkActivityFactor(const ActivityLine &line, const QString &path)
{
    if (line.factor.isEmpty()) {
        if (line.notationKey == NotationKey::None) {
            m_report.error(at(path, "factor"),
                           PlanJson::tr("the line has no emission factor; give a factor id"));
        }
        return;
    }
    const EmissionFactor *factor = findFactor(line.factor);
    if (!factor) {
        m_report.error(at(path, "factor"), unknownFactor(line.factor));
        return;
    }
    if (!factor->carrier.isEmpty() && factor->carrier != line.carrier) {
        m_report.error(at(path, "factor"),
                       PlanJson::tr("factor \"%1\" is for %2, but the line is %3")
                           .arg(factor->id, ProblemReport::carrierName(factor->carrier),
                                ProblemReport::carrierName(line.carrier)));
    }
    const auto unit = Units::find(line.unit);
    const auto factorUnit = Units::find(factor->activityUnit);
    if (unit && factorUnit && unit->dimension != factorUnit->dimension) {
        m_report.error(
            at(path, "unit"),
            PlanJson::tr("unit %1 (%2) does not match factor \"%3\", which is per %4 (%5)")
                .arg(line.unit, Units::dimensionName(unit->dimension), factor->id,
                     factor->activityUnit, Units::dimensionName(factorUnit->dimension)));
    }
}

// GPC: grid electricity and district heat are scope 2; fuels burnt in the community scope 1.
void PlanValidation::checkScope(const ActivityLine &line, const QString &path)
{
    static const QStringList bought{QStringLiteral("electricity"), QStringLiteral("district_heat")};
    static const QStringList fuels{QStringLiteral("natural_gas"), QStringLiteral("lpg"),
                                   QStringLiteral("petrol"), QStringLiteral("diesel"),
                                   QStringLiteral("coal")};
    if (line.scope == 1 && bought.contains(line.carrier)) {
        m_report.warning(at(path, "scope"),
                         PlanJson::tr("%1 bought from outside is usually scope 2")
                             .arg(ProblemReport::carrierName(line.carrier)));
    } else if (line.scope == 2 && fuels.contains(line.carrier)) {
        m_report.warning(at(path, "scope"), PlanJson::tr("%1 burnt in the community is scope 1")
                                                .arg(ProblemReport::carrierName(line.carrier)));
    }
}

} // namespace zeroplan
