#include "CoBenefitResultJson.h"

#include "CoBenefitJson.h"
#include "plan/Plan.h"

#include <QJsonArray>

namespace zeroplan {

QJsonObject CoBenefitResultJson::coBenefits(const Measure &measure)
{
    QJsonObject out;
    for (CoBenefitDimension d : kAllCoBenefitDimensions) {
        QJsonObject o = CoBenefitJson::write(coBenefitFor(measure.coBenefits, d));
        o.remove(QStringLiteral("dimension")); // the key says it
        out.insert(coBenefitDimensionId(d), o);
    }
    return out;
}

void CoBenefitResultJson::insert(QJsonObject &scenario, const Plan &plan)
{
    QJsonArray measures = scenario.value(QStringLiteral("measures")).toArray();
    for (qsizetype i = 0; i < measures.size(); ++i) {
        QJsonObject o = measures.at(i).toObject();
        const Measure *m = plan.findMeasure(o.value(QStringLiteral("measure_id")).toString());
        if (!m)
            continue;
        o.insert(QStringLiteral("co_benefits"), coBenefits(*m));
        measures.replace(i, o);
    }
    scenario.insert(QStringLiteral("measures"), measures);
}

} // namespace zeroplan
