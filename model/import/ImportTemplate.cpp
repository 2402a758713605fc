#include "ImportTemplate.h"

#include "export/ResultsCsv.h"
#include "export/ResultsXlsx.h"
#include "measures/CatalogueText.h"

namespace zeroplan {

namespace {

ExportCell text(const char *utf8)
{
    return ExportCell::text(QString::fromUtf8(utf8));
}

// Headers are words of ImportVocabulary, not translations: the importer must know them
// whatever language the app runs in, so they are fixed here for each language.
ExportTable activities(bool chinese, int year)
{
    ExportTable t;
    if (chinese) {
        t.title = QStringLiteral("活动数据");
        t.header = {QStringLiteral("能源"),     QStringLiteral("部门"),     QStringLiteral("子类"),
                    QStringLiteral("用量"),     QStringLiteral("单位"),     QStringLiteral("年份"),
                    QStringLiteral("排放因子"), QStringLiteral("数据来源"), QStringLiteral("备注")};
        // 12.5 万千瓦时 = 125,000 kWh of households' electricity, from the bills.
        t.rows = {{text("电力"), text("固定能源"), text("居民"), ExportCell::number(12.5),
                   text("万千瓦时"), ExportCell::number(year), ExportCell(), text("供电公司电费单"),
                   text("示例行：请替换为本社区的数据")}};
    } else {
        t.title = QStringLiteral("Activity data");
        t.header = {
            QStringLiteral("carrier"), QStringLiteral("sector"), QStringLiteral("subsector"),
            QStringLiteral("amount"),  QStringLiteral("unit"),   QStringLiteral("year"),
            QStringLiteral("factor"),  QStringLiteral("source"), QStringLiteral("note")};
        t.rows = {{text("electricity"), text("stationary_energy"), text("residential"),
                   ExportCell::number(125000), text("kWh"), ExportCell::number(year), ExportCell(),
                   text("utility bills"),
                   text("Example row: replace it with the community's data")}};
    }
    return t;
}

ExportTable meterReadings(bool chinese, int year)
{
    ExportTable t;
    const QString month = QStringLiteral("%1-01").arg(year);
    if (chinese) {
        t.title = QStringLiteral("抄表数据");
        t.header = {QStringLiteral("户号"), QStringLiteral("月份"), QStringLiteral("能源"),
                    QStringLiteral("用量"), QStringLiteral("单位"), QStringLiteral("子类")};
        t.rows = {{text("3栋101"), ExportCell::text(month), text("电力"), ExportCell::number(215),
                   text("千瓦时"), text("居民")}};
    } else {
        t.title = QStringLiteral("Meter readings");
        t.header = {QStringLiteral("meter"),  QStringLiteral("month"), QStringLiteral("carrier"),
                    QStringLiteral("amount"), QStringLiteral("unit"),  QStringLiteral("subsector")};
        t.rows = {{text("B3-101"), ExportCell::text(month), text("electricity"),
                   ExportCell::number(215), text("kWh"), text("residential")}};
    }
    return t;
}

} // namespace

ExportTable ImportTemplate::table(Kind kind, const QString &language, int year)
{
    const bool chinese = CatalogueText::isChinese(language);
    return kind == Kind::Activities ? activities(chinese, year) : meterReadings(chinese, year);
}

bool ImportTemplate::write(Kind kind, const QString &language, int year, const QString &path,
                           QString *error)
{
    const ExportTable t = table(kind, language, year);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return ResultsXlsx::write({t}, path, error);
    return ResultsCsv::writeFile(t, path, error);
}

} // namespace zeroplan
