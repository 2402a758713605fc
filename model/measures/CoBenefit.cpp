#include "CoBenefit.h"

#include "EnumId.h"

#include <QCoreApplication>

namespace zeroplan {

CoBenefit coBenefitFor(const QList<CoBenefit> &list, CoBenefitDimension dimension)
{
    for (const CoBenefit &b : list) {
        if (b.dimension == dimension)
            return b;
    }
    CoBenefit none;
    none.dimension = dimension;
    return none;
}

QList<CoBenefit> withCoBenefit(const QList<CoBenefit> &list, const CoBenefit &benefit)
{
    QList<CoBenefit> out;
    bool placed = false;
    for (const CoBenefit &b : list) {
        if (b.dimension == benefit.dimension) {
            if (!placed && !benefit.isEmpty())
                out.append(benefit);
            placed = true;
            continue;
        }
        if (!placed && int(b.dimension) > int(benefit.dimension)) {
            if (!benefit.isEmpty())
                out.append(benefit);
            placed = true;
        }
        out.append(b);
    }
    if (!placed && !benefit.isEmpty())
        out.append(benefit);
    return out;
}

QString coBenefitDimensionId(CoBenefitDimension d)
{
    switch (d) {
    case CoBenefitDimension::AirQuality:
        return QStringLiteral("air_quality");
    case CoBenefitDimension::Health:
        return QStringLiteral("health");
    case CoBenefitDimension::Comfort:
        return QStringLiteral("comfort");
    case CoBenefitDimension::Jobs:
        return QStringLiteral("jobs");
    case CoBenefitDimension::Neighbourliness:
        return QStringLiteral("neighbourliness");
    case CoBenefitDimension::Bills:
        return QStringLiteral("bills");
    }
    return {};
}

std::optional<CoBenefitDimension> coBenefitDimensionFromId(const QString &id)
{
    return enumFromId<CoBenefitDimension>(
        id,
        {CoBenefitDimension::AirQuality, CoBenefitDimension::Health, CoBenefitDimension::Comfort,
         CoBenefitDimension::Jobs, CoBenefitDimension::Neighbourliness, CoBenefitDimension::Bills},
        coBenefitDimensionId);
}

QString coBenefitDimensionName(CoBenefitDimension d)
{
    switch (d) {
    case CoBenefitDimension::AirQuality:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Air quality");
    case CoBenefitDimension::Health:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Health");
    case CoBenefitDimension::Comfort:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Comfort");
    case CoBenefitDimension::Jobs:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Jobs");
    case CoBenefitDimension::Neighbourliness:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Neighbourliness");
    case CoBenefitDimension::Bills:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Bills");
    }
    return {};
}

QString coBenefitRatingId(CoBenefitRating r)
{
    switch (r) {
    case CoBenefitRating::NotAssessed:
        return QStringLiteral("not_assessed");
    case CoBenefitRating::Positive:
        return QStringLiteral("positive");
    case CoBenefitRating::None:
        return QStringLiteral("none");
    case CoBenefitRating::Negative:
        return QStringLiteral("negative");
    }
    return {};
}

std::optional<CoBenefitRating> coBenefitRatingFromId(const QString &id)
{
    return enumFromId<CoBenefitRating>(id,
                                       {CoBenefitRating::NotAssessed, CoBenefitRating::Positive,
                                        CoBenefitRating::None, CoBenefitRating::Negative},
                                       coBenefitRatingId);
}

QString coBenefitRatingName(CoBenefitRating r)
{
    switch (r) {
    case CoBenefitRating::NotAssessed:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Not assessed");
    case CoBenefitRating::Positive:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Better");
    case CoBenefitRating::None:
        return QCoreApplication::translate("zeroplan::CoBenefit", "No effect");
    case CoBenefitRating::Negative:
        return QCoreApplication::translate("zeroplan::CoBenefit", "Worse");
    }
    return {};
}

QString coBenefitRatingMark(CoBenefitRating r)
{
    switch (r) {
    case CoBenefitRating::NotAssessed:
        return QStringLiteral("?");
    case CoBenefitRating::Positive:
        return QStringLiteral("\u2713"); // ✓
    case CoBenefitRating::None:
        return QStringLiteral("\u2013"); // –
    case CoBenefitRating::Negative:
        return QStringLiteral("\u2717"); // ✗
    }
    return {};
}

QString coBenefitBasisId(CoBenefitBasis b)
{
    return b == CoBenefitBasis::PerYear ? QStringLiteral("year") : QStringLiteral("unit");
}

std::optional<CoBenefitBasis> coBenefitBasisFromId(const QString &id)
{
    return enumFromId<CoBenefitBasis>(id, {CoBenefitBasis::PerYear, CoBenefitBasis::PerUnit},
                                      coBenefitBasisId);
}

} // namespace zeroplan
