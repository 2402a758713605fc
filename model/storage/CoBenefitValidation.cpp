#include "CoBenefitValidation.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "measures/MeasureCatalogue.h"

#include <iterator>

namespace zeroplan {

void checkCoBenefits(ProblemReport &report, const Measure &m, const QString &path)
{
    const QString list = jsonPointer(path, QStringLiteral("co_benefits"));
    const QString measure = MeasureCatalogue::displayName(m);
    bool seen[std::size(kAllCoBenefitDimensions)] = {};
    for (qsizetype k = 0; k < m.coBenefits.size(); ++k) {
        const CoBenefit &b = m.coBenefits[k];
        const QString at = jsonPointer(list, k);
        const QString dimension = coBenefitDimensionName(b.dimension);
        if (seen[size_t(b.dimension)]) {
            report.error(
                jsonPointer(at, QStringLiteral("dimension")),
                PlanJson::tr("measure \"%1\" rates %2 twice; keep one").arg(measure, dimension));
        }
        seen[size_t(b.dimension)] = true;
        if (!b.quantity)
            continue;
        const QString quantity = jsonPointer(at, QStringLiteral("quantity"));
        if (b.quantity->source.trimmed().isEmpty()) {
            report.warning(jsonPointer(quantity, QStringLiteral("source")),
                           PlanJson::tr("measure \"%1\": the %2 figure has no source; say where "
                                        "it comes from or remove it")
                               .arg(measure, dimension));
        }
        if (b.dimension == CoBenefitDimension::Bills) {
            report.warning(quantity,
                           PlanJson::tr("measure \"%1\": the engine already counts bill savings "
                                        "from the plan's prices; the %2 figure is shown only, "
                                        "never added to them")
                               .arg(measure, dimension));
        }
    }
}

} // namespace zeroplan
