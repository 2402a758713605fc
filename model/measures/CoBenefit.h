#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// The six things besides carbon a committee weighs a measure by (docs/measures.md,
// "Co-benefits"), in the order the matrix shows them.
enum class CoBenefitDimension
{
    AirQuality,
    Health,
    Comfort,
    Jobs,
    Neighbourliness,
    Bills,
};

inline constexpr CoBenefitDimension kAllCoBenefitDimensions[] = {
    CoBenefitDimension::AirQuality,      CoBenefitDimension::Health,
    CoBenefitDimension::Comfort,         CoBenefitDimension::Jobs,
    CoBenefitDimension::Neighbourliness, CoBenefitDimension::Bills,
};

// A qualitative rating in the style of CURB's co-benefits matrix: better (✓), no effect (–),
// worse (✗), or not assessed (nobody has said, or no source says).
enum class CoBenefitRating
{
    NotAssessed,
    Positive,
    None,
    Negative,
};

inline constexpr CoBenefitRating kAllCoBenefitRatings[] = {
    CoBenefitRating::NotAssessed, CoBenefitRating::Positive, CoBenefitRating::None,
    CoBenefitRating::Negative};

// What a co-benefit's quantity is counted per: per year at full adoption, or per unit of the
// measure's activity (its own unit: per kWp, per tonne, …; the unit says which).
enum class CoBenefitBasis
{
    PerYear,
    PerUnit,
};

inline constexpr CoBenefitBasis kAllCoBenefitBases[] = {CoBenefitBasis::PerYear,
                                                        CoBenefitBasis::PerUnit};

// A figure for a co-benefit, only where a source gives one: `value` `unit` per year or per
// unit of activity. It is shown, never added to the engine's results (bill savings are the
// engine's already).
struct CoBenefitQuantity
{
    double value = 0;
    QString unit; // "job-years/MWp", "t PM2.5", …
    CoBenefitBasis basis = CoBenefitBasis::PerYear;
    QString source; // mandatory: a quantity without one is a validation warning
    bool operator==(const CoBenefitQuantity &) const = default;
};

// One dimension of a measure's co-benefits: the rating, a short note saying why, where the
// rating comes from, and optionally a figure.
struct CoBenefit
{
    CoBenefitDimension dimension = CoBenefitDimension::AirQuality;
    CoBenefitRating rating = CoBenefitRating::NotAssessed;
    QString note;
    QString source;
    std::optional<CoBenefitQuantity> quantity;

    // Nothing said: not assessed, with no note, source or figure (not written to files).
    bool isEmpty() const
    {
        return rating == CoBenefitRating::NotAssessed && note.isEmpty() && source.isEmpty() &&
               !quantity;
    }
    bool operator==(const CoBenefit &) const = default;
};

// The entry for `dimension` in `list`, or a not-assessed one when the list has none (a measure
// from a file without co-benefits).
CoBenefit coBenefitFor(const QList<CoBenefit> &list, CoBenefitDimension dimension);
// `list` with the entry for `benefit`'s dimension replaced (or added in dimension order); an
// empty entry is removed, so "not assessed" with nothing said is stored as no entry.
QList<CoBenefit> withCoBenefit(const QList<CoBenefit> &list, const CoBenefit &benefit);

QString coBenefitDimensionId(CoBenefitDimension d); // "air_quality", …
std::optional<CoBenefitDimension> coBenefitDimensionFromId(const QString &id);
QString coBenefitDimensionName(CoBenefitDimension d); // translated
QString coBenefitRatingId(CoBenefitRating r);         // "positive", "none", …
std::optional<CoBenefitRating> coBenefitRatingFromId(const QString &id);
QString coBenefitRatingName(CoBenefitRating r); // translated words ("Better", …)
// The matrix's mark: ✓, –, ✗, or "?" for not assessed.
QString coBenefitRatingMark(CoBenefitRating r);
QString coBenefitBasisId(CoBenefitBasis b); // "year", "unit"
std::optional<CoBenefitBasis> coBenefitBasisFromId(const QString &id);

} // namespace zeroplan
