// The co-benefits of the printed plan's measures (ReportSections), in the Measures chapter:
// a CURB-style matrix (✓ better, – no effect, ✗ worse, ? not assessed), then each rating's
// reason and source.
#include "ReportSections.h"

#include "measures/CoBenefitDefaults.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

namespace zeroplan {

void ReportSections::coBenefits()
{
    const Plan &plan = m_context.plan;
    if (plan.measures.isEmpty())
        return;
    subheading(tr("Co-benefits"));
    paragraph(tr("What each measure does besides carbon: ✓ better, – no effect, ✗ worse, ? not "
                 "assessed. A rating is qualitative and stands only where a source supports "
                 "it; bill savings in money are the Costs chapter's, counted once."));
    QStringList header{tr("Measure")};
    QList<qreal> weights{3};
    QList<Qt::Alignment> alignments{Qt::AlignLeft};
    for (CoBenefitDimension d : kAllCoBenefitDimensions) {
        header << coBenefitDimensionName(d);
        weights << 1.3;
        alignments << Qt::AlignHCenter;
    }
    QList<QStringList> matrix;
    QList<QStringList> reasons;
    for (const Measure &m : plan.measures) {
        QStringList row{MeasureCatalogue::displayName(m)};
        for (CoBenefitDimension d : kAllCoBenefitDimensions) {
            const CoBenefit b = coBenefitFor(m.coBenefits, d);
            row << coBenefitRatingMark(b.rating);
            if (b.isEmpty())
                continue;
            QString why = CoBenefitDefaults::displayText(m.kind, d, b.note);
            if (b.quantity) {
                const QString figure =
                    tr("%1 %2 %3", "value, unit, per year / per unit of activity")
                        .arg(NumberFormat::significant(b.quantity->value), b.quantity->unit,
                             b.quantity->basis == CoBenefitBasis::PerYear
                                 ? tr("per year")
                                 : tr("per unit of activity"));
                why = why.isEmpty() ? figure : tr("%1 (%2)").arg(why, figure);
            }
            QString source = CoBenefitDefaults::displayText(m.kind, d, b.source);
            if (b.quantity && !b.quantity->source.isEmpty() && b.quantity->source != source)
                source = source.isEmpty() ? b.quantity->source
                                          : tr("%1; figure: %2").arg(source, b.quantity->source);
            reasons.append(
                {MeasureCatalogue::displayName(m), coBenefitDimensionName(d),
                 coBenefitRatingMark(b.rating) + QLatin1Char(' ') + coBenefitRatingName(b.rating),
                 why, source.isEmpty() ? tr("none given") : source});
        }
        matrix.append(row);
    }
    table(weights, alignments, header, matrix);
    if (reasons.isEmpty()) {
        note(tr("No measure's co-benefits are assessed yet."));
        return;
    }
    table({2.2, 1.4, 1.4, 3.2, 3.2},
          {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
          {tr("Measure"), tr("Co-benefit"), tr("Rating"), tr("Why"), tr("Source")}, reasons);
}

} // namespace zeroplan
