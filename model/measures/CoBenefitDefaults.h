#pragma once

#include "CoBenefit.h"
#include "MeasureKind.h"

#include <QList>
#include <QString>

namespace zeroplan {

// The catalogue's qualitative co-benefits of each measure kind (docs/measures.md,
// "Co-benefits"): a rating and a note only where a named source supports it; every other
// dimension is not assessed. No figures: the catalogue gives no quantity.
class CoBenefitDefaults
{
public:
    // The defaults of `kind`, in dimension order, note and source in `language` ("en",
    // "zh_CN"; empty = CatalogueText::currentLanguage).
    static QList<CoBenefit> forKind(MeasureKind kind, const QString &language = QString());
    // `stored` (a note or a source of `kind`'s `dimension`) in `language` when it is the
    // catalogue's text in any of its languages; else `stored` as the user typed it.
    static QString displayText(MeasureKind kind, CoBenefitDimension dimension,
                               const QString &stored, const QString &language = QString());
};

} // namespace zeroplan
