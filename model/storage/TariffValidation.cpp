#include "TariffValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "inventory/Carrier.h"
#include "measures/MeasureCatalogue.h"

#include <QSet>
#include <cmath>

namespace zeroplan {

void checkTariffs(ProblemReport &report, const Plan &plan, const Measure &m, const QString &path)
{
    const QString list = jsonPointer(path, QStringLiteral("tariffs"));
    const QString measure = MeasureCatalogue::displayName(m);
    QSet<QString> seen;
    for (qsizetype k = 0; k < m.tariffs.size(); ++k) {
        const MeasureTariff &t = m.tariffs[k];
        const QString at = jsonPointer(list, k);
        const Carrier *carrier = Carriers::find(t.carrier);
        if (!carrier) {
            report.error(jsonPointer(at, QStringLiteral("carrier")),
                         PlanJson::tr("measure \"%1\": its own tariff is for \"%2\", which is not "
                                      "a carrier ZeroPlan knows")
                             .arg(measure, t.carrier));
            continue;
        }
        const QString name = carrier->displayName();
        if (seen.contains(t.carrier)) {
            report.error(
                jsonPointer(at, QStringLiteral("carrier")),
                PlanJson::tr("measure \"%1\" has two tariffs for %2; keep one").arg(measure, name));
        }
        seen.insert(t.carrier);
        const auto unit = Units::find(t.unit);
        if (!unit || !carrier->fits(unit->dimension)) {
            report.error(jsonPointer(at, QStringLiteral("unit")),
                         PlanJson::tr("measure \"%1\": the tariff for %2 is per \"%3\", which is "
                                      "not a unit %2 is measured in")
                             .arg(measure, name, t.unit));
        }
        if (!ProblemReport::isNonNegative(t.price)) {
            report.error(jsonPointer(at, QStringLiteral("price")),
                         PlanJson::tr("measure \"%1\": the tariff for %2 must be zero or more, "
                                      "not %3")
                             .arg(measure, name, ProblemReport::number(t.price)));
        }
        if (t.capPerHousehold) {
            const double cap = *t.capPerHousehold;
            if (!(cap > 0) || !std::isfinite(cap)) {
                report.error(jsonPointer(at, QStringLiteral("cap_per_household")),
                             PlanJson::tr("measure \"%1\": the cap of the tariff for %2 must be "
                                          "above zero, not %3")
                                 .arg(measure, name, ProblemReport::number(cap)));
            } else if (!(plan.residents.householdsReached(m.id, plan.community.households) > 0)) {
                report.warning(jsonPointer(at, QStringLiteral("cap_per_household")),
                               PlanJson::tr("measure \"%1\": the cap of the tariff for %2 counts "
                                            "per household, and the measure reaches no "
                                            "household, so nothing is bought at the tariff; give "
                                            "the community's households")
                                   .arg(measure, name));
            }
        }
        if (t.source.trimmed().isEmpty()) {
            report.warning(jsonPointer(at, QStringLiteral("source")),
                           PlanJson::tr("measure \"%1\": the tariff for %2 has no source; say "
                                        "where it comes from")
                               .arg(measure, name));
        }
    }
}

} // namespace zeroplan
