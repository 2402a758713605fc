#include "CoBenefitDefaults.h"

#include "CatalogueText.h"

#include <QCoreApplication>

namespace zeroplan {
namespace {

const char *const kContext = "zeroplan::CoBenefitDefaults";

using D = CoBenefitDimension;
using R = CoBenefitRating;

// One default: kind, dimension, rating, note and source (English source text).
struct DefaultEntry
{
    MeasureKind kind;
    D dimension;
    R rating;
    const char *note;
    const char *source;
};

// The engine works bills out from the plan's prices; a rating says which way, never a figure,
// so nothing is counted twice.
const char *const kEngineSource =
    QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                      "ZeroPlan engine: energy saved × the plan's prices (Costs page)");
const char *const kEngineSaving = QT_TRANSLATE_NOOP(
    "zeroplan::CoBenefitDefaults",
    "Less energy bought; the engine counts the saving, so no figure is added here");
const char *const kGuide = QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                                             "《碳中和社区实践指南：从个人到邻里的环保协同》");
const char *const kWhoHousing =
    QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                      "WHO Housing and health guidelines (2018): indoor cold, insulation");
const char *const kWhoHousehold =
    QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                      "WHO guidelines for indoor air quality: selected pollutants (2010), nitrogen "
                      "dioxide from gas appliances; WHO guidelines for indoor air quality: "
                      "household fuel combustion (2014)");
const char *const kWhoGreen = QT_TRANSLATE_NOOP(
    "zeroplan::CoBenefitDefaults",
    "WHO Regional Office for Europe, Urban green spaces and health: a review of evidence (2016)");
const char *const kCreditsOutside =
    QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                      "The credits come from projects outside the community (catalogue: "
                      "carbon credits)");

const DefaultEntry kDefaults[] = {
    {MeasureKind::RooftopSolar, D::Jobs, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "Installation and upkeep work"),
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "IRENA, Renewable energy and jobs: annual review")},
    {MeasureKind::RooftopSolar, D::Bills, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Less power bought from the grid; the engine counts the saving, so no "
                       "figure is added here"),
     kEngineSource},
    {MeasureKind::SharedTransport, D::AirQuality, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Fewer car trips, less exhaust in the streets"),
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "WHO fact sheet Ambient (outdoor) air pollution: transport is a main "
                       "source")},
    {MeasureKind::SharedTransport, D::Health, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Shared bikes add everyday physical activity"),
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "WHO Global action plan on physical activity 2018–2030")},
    {MeasureKind::Composting, D::Neighbourliness, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Neighbours run the composter and share the compost"),
     kGuide},
    {MeasureKind::WasteSorting, D::Neighbourliness, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Sorting is learnt and kept up together, with volunteers"),
     kGuide},
    {MeasureKind::LedLighting, D::Bills, R::Positive, kEngineSaving, kEngineSource},
    {MeasureKind::HeatPump, D::AirQuality, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "No gas, LPG or coal burnt at home, so no combustion fumes indoors"),
     kWhoHousehold},
    {MeasureKind::HeatPump, D::Health, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Less exposure to household combustion pollution"),
     kWhoHousehold},
    {MeasureKind::HeatPump, D::Bills, R::NotAssessed,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Up or down with electricity and fuel prices: see the engine's savings"),
     kEngineSource},
    {MeasureKind::BuildingRetrofit, D::Health, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Less indoor cold, which harms the heart and lungs"),
     kWhoHousing},
    {MeasureKind::BuildingRetrofit, D::Comfort, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "Warmer, less draughty homes in winter"),
     kWhoHousing},
    {MeasureKind::BuildingRetrofit, D::Jobs, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Retrofit work is local and labour-intensive"),
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "IEA, Sustainable Recovery (2020)")},
    {MeasureKind::BuildingRetrofit, D::Bills, R::Positive, kEngineSaving, kEngineSource},
    {MeasureKind::GreenPower, D::Bills, R::Negative,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "The green power premium is paid every year; the engine counts it"),
     kEngineSource},
    {MeasureKind::SmartEnergy, D::Bills, R::Positive, kEngineSaving, kEngineSource},
    {MeasureKind::CarbonAccounts, D::Neighbourliness, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Residents earn and redeem points together in community activities"),
     kGuide},
    {MeasureKind::TreePlanting, D::AirQuality, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Trees take up some pollution; the effect is small"),
     kWhoGreen},
    {MeasureKind::TreePlanting, D::Health, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults",
                       "Green space goes with better mental health and more activity"),
     kWhoGreen},
    {MeasureKind::TreePlanting, D::Comfort, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "Shade cools streets in summer heat"),
     kWhoGreen},
    {MeasureKind::TreePlanting, D::Neighbourliness, R::Positive,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "A green place to meet neighbours"),
     kWhoGreen},
    {MeasureKind::CarbonCredits, D::AirQuality, R::None,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "No change in the community"),
     kCreditsOutside},
    {MeasureKind::CarbonCredits, D::Health, R::None,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "No change in the community"),
     kCreditsOutside},
    {MeasureKind::CarbonCredits, D::Comfort, R::None,
     QT_TRANSLATE_NOOP("zeroplan::CoBenefitDefaults", "No change in the community"),
     kCreditsOutside},
};

QString languageOrCurrent(const QString &language)
{
    return language.isEmpty() ? CatalogueText::currentLanguage() : language;
}

bool isCatalogueText(const QString &stored, const char *text)
{
    for (const QString &language : CatalogueText::languages()) {
        if (stored == CatalogueText::translate(kContext, text, language))
            return true;
    }
    return false;
}

} // namespace

QList<CoBenefit> CoBenefitDefaults::forKind(MeasureKind kind, const QString &language)
{
    const QString lang = languageOrCurrent(language);
    QList<CoBenefit> out;
    for (CoBenefitDimension d : kAllCoBenefitDimensions) {
        for (const DefaultEntry &e : kDefaults) {
            if (e.kind != kind || e.dimension != d)
                continue;
            CoBenefit b;
            b.dimension = d;
            b.rating = e.rating;
            b.note = CatalogueText::translate(kContext, e.note, lang);
            b.source = CatalogueText::translate(kContext, e.source, lang);
            out.append(b);
        }
    }
    return out;
}

QString CoBenefitDefaults::displayText(MeasureKind kind, CoBenefitDimension dimension,
                                       const QString &stored, const QString &language)
{
    if (stored.isEmpty())
        return stored;
    for (const DefaultEntry &e : kDefaults) {
        if (e.kind != kind || e.dimension != dimension)
            continue;
        for (const char *text : {e.note, e.source}) {
            if (isCatalogueText(stored, text))
                return CatalogueText::translate(kContext, text, languageOrCurrent(language));
        }
    }
    return stored;
}

} // namespace zeroplan
