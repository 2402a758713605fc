#include "PayerPresets.h"

#include <QCoreApplication>

#include <algorithm>

namespace zeroplan {

PayerPreset PayerPresets::oldCompoundRenovation()
{
    return {QStringLiteral("old_compound_renovation"),
            QCoreApplication::translate("zeroplan::PayerPresets",
                                        "Old-compound renovation: government, residents, society"),
            QStringLiteral("国务院办公厅《关于全面推进城镇老旧小区改造工作的指导意见》"
                           "国办发〔2020〕23号: 政府补一点、居民出一点、社会融一点"),
            {Party::Government, Party::Residents, Party::Sponsors},
            false};
}

PayerPreset PayerPresets::beijingCoalToElectricity()
{
    return {QStringLiteral("beijing_coal_to_electricity"),
            QCoreApplication::translate("zeroplan::PayerPresets",
                                        "Beijing coal-to-electricity heating subsidy"),
            QStringLiteral("北京市农村地区“煤改电”政策: 设备补贴每户最高 24000 元, "
                           "采暖季谷段电价 0.1 元/kWh, 每户每采暖季最多 10000 kWh "
                           "(区级细则不同, 请核对当地通知)"),
            {Party::Government, Party::Residents},
            true};
}

QList<PayerPreset> PayerPresets::all()
{
    return {oldCompoundRenovation(), beijingCoalToElectricity()};
}

PayerSplit PayerPresets::beijingHeatPumpSplit(const QString &measure, double capexPerHousehold,
                                              double households)
{
    PayerSplit split;
    split.measure = measure;
    split.households = households;
    split.source = beijingCoalToElectricity().source;
    const double government =
        capexPerHousehold > 0
            ? std::min(kBeijingEquipmentCapPerHousehold, capexPerHousehold) / capexPerHousehold
            : 1.0;
    split.capex = {{Party::Government, government}};
    if (government < 1)
        split.capex.append({Party::Residents, 1 - government});
    split.opex = {{Party::Residents, 1.0}};
    split.savings = {{Party::Residents, 1.0}};
    return split;
}

MeasureTariff PayerPresets::beijingValleyTariff()
{
    return {QStringLiteral("electricity"), QStringLiteral("kWh"), kBeijingValleyTariff,
            kBeijingValleyKwhPerSeason, beijingCoalToElectricity().source};
}

} // namespace zeroplan
