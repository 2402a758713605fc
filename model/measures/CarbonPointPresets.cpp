#include "CarbonPointPresets.h"

#include <QCoreApplication>

namespace zeroplan {
namespace {

const char *const kChengduParticipation = QT_TRANSLATE_NOOP(
    "zeroplan::CarbonPointPresets",
    "Assumption near Chengdu's 碳惠天府: over 3.2 million registered, about 15 % of "
    "its about 21 million residents (the population is an assumption)");
const char *const kDecay = QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                             "Allcott & Rogers 2014 (AER 104(10)): effects decay "
                                             "10-20 % a year after home energy reports stop");

QList<CarbonPointPreset> buildPresets()
{
    return {
        {"korea_tiers",
         QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Korea-style own-baseline tiers"),
         {
             {"participation", 0.11, 0.11, 0.378,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Korea Carbon Point: about 11 % of households take part nationally, "
                  "37.8 % in Jeju (Korea Environment Corporation, cpoint.or.kr)")},
             {"active_share", 0.367, 0.367, 0.367,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Jeju, first half of 2020: 36.7 % of participants qualified for points "
                  "(25,532 households; Korea Environment Corporation)")},
             {"home_energy_cut", 0.10, 0.05, 0.15,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Assumption: the qualifying households' cut lies in the tiers of "
                  "5-15 % against their own average of the past 1-2 years (Korea Carbon "
                  "Point)")},
             {"reduction_t_per_person", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Home electricity and gas only in this preset")},
             {"additionality", 0.5, 0.2, 0.8,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Assumption: part of a cut against the household's own past follows "
                  "weather and changes in the household; Kim & Kim 2021 (JEPA) found "
                  "the link between payments and reductions ambiguous")},
             {"points_per_tonne", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Paid by tiers, not per tonne")},
             {"tier_points", 4000, 4000, 4000,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Korea Carbon Point: 5,000 points a half-year per 5 % step = 10,000 "
                  "a year per household; / 2.5 persons a household (assumption) = "
                  "4,000")},
             {"decay_rate", 0.15, 0.10, 0.20, kDecay},
         }},
        {"shenzhen_electricity",
         QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Shenzhen household electricity"),
         {
             {"participation", 0.15, 0.05, 0.30, kChengduParticipation},
             {"active_share", 0.367, 0.2, 0.6,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Assumption: Jeju's 36.7 % of participants qualifying in the first "
                                "half of 2020 (Korea Environment Corporation)")},
             {"home_energy_cut", 0.04, 0.02, 0.074,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Assumption: the cut credited against the household's own 7-day "
                  "moving average (Shenzhen 碳普惠 with China Southern Grid, 2022; about "
                  "8 kWh a day per household); feedback trials: 2 % (Allcott 2011), "
                  "7.4 % on average over 156 trials (Delmas, Fischlein & Asensio "
                  "2013)")},
             {"reduction_t_per_person", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Household electricity only in this preset")},
             {"additionality", 0.5, 0.27, 1.0,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Assumption: a 7-day moving baseline also credits ordinary swings "
                  "from week to week; counted additional: the 2 % of randomised trials "
                  "(Allcott 2011) of the 4 % credited")},
             {"points_per_tonne", 1000, 1000, 1000,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Assumption: the catalogue's 1,000 points a tonne")},
             {"tier_points", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "No tiers")},
             {"decay_rate", 0.15, 0.10, 0.20, kDecay},
         }},
        {"green_travel",
         QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Green-travel points"),
         {
             {"participation", 0.15, 0.05, 0.30, kChengduParticipation},
             {"active_share", 1, 1, 1,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Every participant counted: the credited tonnes below are an "
                                "average over all participants")},
             {"home_energy_cut", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Travel only in this preset")},
             {"reduction_t_per_person", 0.065, 0.03, 0.13,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Derived: Beijing MaaS 碳普惠 (from 2020) credited about 100,000 t by "
                  "March 2022 to over 1 million participants, about 65 kg per "
                  "participant a year; the range is an assumption")},
             {"additionality", 0.3, 0.1, 0.6,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Assumption: most credited bus, metro and bicycle trips are made by "
                  "people who travelled so already; no study measured the share")},
             {"points_per_tonne", 10000, 10000, 10000,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Zhengzhou 碳易行: 10 points per bus trip; / an assumed 1 kg CO2 "
                                "credited per trip = 10,000 points a tonne")},
             {"point_value", 0.1, 0.1, 0.1,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Zhengzhou 碳易行: 50 points = a 5-yuan voucher, 0.1 CNY a point")},
             {"tier_points", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "No tiers")},
             {"decay_rate", 0.15, 0.10, 0.20, kDecay},
         }},
        {"information_only",
         QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Information-only feedback"),
         {
             {"participation", 1, 1, 1,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Assumption: reports go to every household, as in the opt-out trials "
                  "Allcott 2011 analysed")},
             {"active_share", 1, 1, 1,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "The trials' effect is an average over all recipients (Allcott "
                                "2011)")},
             {"home_energy_cut", 0.02, 0.01, 0.04,
              QT_TRANSLATE_NOOP(
                  "zeroplan::CarbonPointPresets",
                  "Allcott 2011 (J. Public Econ. 95:1082): home energy reports cut use "
                  "1.9-2.0 %; the range is an assumption (effects are smaller in "
                  "rigorous studies: Delmas, Fischlein & Asensio 2013)")},
             {"reduction_t_per_person", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "Home energy only in this preset")},
             {"additionality", 1, 1, 1,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets",
                                "Randomised trials measure the additional effect (Allcott 2011)")},
             {"points_per_tonne", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "No rewards")},
             {"tier_points", 0, 0, 0,
              QT_TRANSLATE_NOOP("zeroplan::CarbonPointPresets", "No rewards")},
             {"decay_rate", 0.15, 0.10, 0.20, kDecay},
         }},
    };
}

} // namespace

QString CarbonPointPreset::displayName() const
{
    return QCoreApplication::translate("zeroplan::CarbonPointPresets", name);
}

const QList<CarbonPointPreset> &CarbonPointPresets::all()
{
    static const QList<CarbonPointPreset> presets = buildPresets();
    return presets;
}

const CarbonPointPreset *CarbonPointPresets::find(const QString &id)
{
    for (const CarbonPointPreset &p : all()) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

Measure CarbonPointPresets::applied(const Measure &measure, const CarbonPointPreset &preset,
                                    const QString &currency)
{
    Measure out = measure;
    for (const CarbonPointPresetValue &v : preset.values) {
        // The only money figure of a preset is in CNY: another currency keeps its own.
        if (qstrcmp(v.key, "point_value") == 0 && currency != QLatin1String("CNY"))
            continue;
        UncertainValue value;
        value.value = v.value;
        if (v.high > v.low) {
            value.low = v.low;
            value.high = v.high;
        }
        value.source =
            QCoreApplication::translate("zeroplan::CarbonPointPresets", "%1: %2")
                .arg(preset.displayName(),
                     QCoreApplication::translate("zeroplan::CarbonPointPresets", v.source));
        out.parameters.insert(QString::fromLatin1(v.key), value);
    }
    return out;
}

} // namespace zeroplan
