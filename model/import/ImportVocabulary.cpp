#include "ImportVocabulary.h"

#include "inventory/Carrier.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace zeroplan {

namespace {

struct FieldWords
{
    ImportField field;
    const char *id;
    const char *name;  // English, translated for messages
    const char *words; // '|'-separated headers that name it, English and Chinese
};

// Headers as committees' spreadsheets and meter exports write them.
const FieldWords kFields[] = {
    {ImportField::Id, "id", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "id"),
     "id|line id|lineid|编号|序号id|行编号"},
    {ImportField::Sector, "sector", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "sector"),
     "sector|gpc sector|类别|部门|领域|排放部门|板块"},
    {ImportField::Subsector, "subsector",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "subsector"),
     "subsector|sub sector|use|end use|子类|子类别|子部门|用途|分项|用户类型"},
    {ImportField::Carrier, "carrier", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "carrier"),
     "carrier|energy carrier|fuel|energy|energy type|能源|能源类型|能源品种|能源种类|燃料|品种|"
     "介质|类型"},
    {ImportField::Amount, "amount", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "amount"),
     "amount|quantity|qty|value|consumption|usage|reading|数量|用量|消耗量|使用量|消费量|数值|"
     "用能量|读数|抄见量"},
    {ImportField::Unit, "unit", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "unit"),
     "unit|units|uom|单位|计量单位"},
    {ImportField::Year, "year", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "year"),
     "year|inventory year|年份|年度|年"},
    {ImportField::Scope, "scope", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "scope"),
     "scope|范围|排放范围"},
    {ImportField::Factor, "factor",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "emission factor"),
     "factor|emission factor|factor id|排放因子|因子"},
    {ImportField::DataQuality, "data_quality",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "data quality"),
     "data quality|quality|数据质量|质量"},
    {ImportField::NotationKey, "notation_key",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "notation key"),
     "notation key|notation|标注键|注释键"},
    {ImportField::Driver, "driver", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "driver"),
     "driver|growth driver|驱动因素|增长驱动"},
    {ImportField::Source, "source", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "source"),
     "source|data source|来源|数据来源|出处"},
    {ImportField::Note, "note", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "note"),
     "note|notes|comment|comments|remark|备注|说明|注释"},
    {ImportField::Meter, "meter", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "meter"),
     "meter|meter id|meter no|household|household id|account|account no|户号|表号|电表号|"
     "水表号|气表号|用户编号|户|户主编号|住户"},
    {ImportField::Month, "month", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "month"),
     "month|period|billing period|date|reading date|月份|月|日期|抄表月份|抄表日期|账期|期间"},
    {ImportField::CommunityName, "community",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "community"),
     "community|community name|name|社区|社区名称|名称|小区|小区名称|村|村名"},
    {ImportField::Population, "population",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "population"),
     "population|residents|inhabitants|人口|常住人口|人口数|居民人数"},
    {ImportField::Households, "households",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "households"),
     "households|number of households|户数|住户数|家庭户数|总户数"},
    {ImportField::Area, "area", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "area"),
     "area|floor area|land area|面积|建筑面积|占地面积|用地面积"},
    {ImportField::GridRegion, "grid_region",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "grid region"),
     "grid region|grid|电网|电网区域|所属电网|区域电网"},
    {ImportField::Electricity, "electricity",
     QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "electricity"),
     "electricity|annual electricity|electricity use|用电量|年用电量|电量"},
    {ImportField::Gas, "gas", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "gas"),
     "gas|natural gas|annual gas|用气量|年用气量|天然气|燃气"},
    {ImportField::Petrol, "petrol", QT_TRANSLATE_NOOP("zeroplan::ImportVocabulary", "petrol"),
     "petrol|gasoline|annual petrol|汽油|汽油用量|年汽油用量"},
};

struct ValueWords
{
    const char *value; // id
    const char *words;
};

const ValueWords kSectors[] = {
    {"stationary_energy", "stationary energy|stationary|buildings|building energy|energy|"
                          "固定能源|固定源|建筑|建筑能耗|建筑能源|能源消费|居民生活|居民|居民建筑|"
                          "住宅|商业|商业建筑|公共建筑|公共机构|工业|工业建筑"},
    {"transport", "transport|transportation|mobility|交通|交通运输|出行"},
    {"waste", "waste|solid waste|废弃物|垃圾|固体废弃物|废物"},
    {"ippu", "ippu|industrial processes|industrial processes and product use|工业过程|"
             "工业生产过程"},
    {"afolu", "afolu|agriculture|land use|agriculture forestry and other land use|农林|农业|"
              "农林业|农业林业和其他土地利用"},
};

const ValueWords kCarriers[] = {
    {"electricity", "electricity|grid electricity|power|elec|电|电力|用电|市电|电网电力"},
    {"natural_gas", "natural gas|gas|ng|pipeline gas|天然气|燃气|管道燃气|管道天然气"},
    {"lpg", "lpg|liquefied petroleum gas|液化石油气|液化气|罐装液化气"},
    {"petrol", "petrol|gasoline|petrol (gasoline)|汽油"},
    {"diesel", "diesel|diesel oil|柴油"},
    {"coal", "coal|煤|煤炭|原煤"},
    {"district_heat", "district heat|district heating|heat|heating|集中供热|热力|供暖|供热"},
    {"car_travel", "car travel|private car travel|car|private car|私家车|小汽车|私家车出行"},
    {"public_transport", "public transport|public transit|bus|公共交通|公交|公交出行"},
    {"landfill_waste", "landfill|landfill waste|landfilled waste|填埋|填埋垃圾|垃圾填埋"},
    {"food_waste", "food waste|kitchen waste|organic waste|厨余垃圾|厨余|餐厨垃圾|湿垃圾"},
    {"incinerated_waste", "incineration|incinerated waste|焚烧|焚烧垃圾|垃圾焚烧"},
    {"wastewater", "wastewater|sewage|domestic wastewater|sewage treatment|污水|生活污水|污水处理|"
                   "生活污水处理"},
    {"other", "other|其他|其它"},
};

// The common subsector keys (Sector.h: subsectorName translates them) by the words meter
// exports and bills use for the kind of user.
const ValueWords kSubsectors[] = {
    {"residential", "residential|household|households|homes|domestic|居民|居民生活|居民用户|"
                    "住宅|家庭|民用"},
    {"commercial", "commercial|business|businesses|shops|商业|商业用户|商铺|商户"},
    {"public", "public|public institutions|public buildings|公共|公共机构|公共建筑|公建"},
    {"industrial", "industrial|industry|工业|工业用户"},
    {"agricultural", "agricultural|agriculture|farming|农业|农业用户|农业生产"},
};

template <typename Table> QHash<QString, QString> wordsToValues(const Table &table)
{
    QHash<QString, QString> map;
    for (const auto &entry : table) {
        const QString value = QString::fromLatin1(entry.value);
        map.insert(ImportVocabulary::normalized(value), value);
        for (const QString &word : QString::fromUtf8(entry.words).split(QLatin1Char('|')))
            map.insert(ImportVocabulary::normalized(word), value);
    }
    return map;
}

QString lookUp(const QHash<QString, QString> &map, const QString &text)
{
    return map.value(ImportVocabulary::normalized(text));
}

} // namespace

QString ImportVocabulary::normalized(const QString &text)
{
    QString n = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    n.removeIf(
        [](QChar c) { return c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'); });
    return n;
}

QString ImportVocabulary::fieldId(ImportField field)
{
    for (const FieldWords &f : kFields) {
        if (f.field == field)
            return QString::fromLatin1(f.id);
    }
    return {};
}

std::optional<ImportField> ImportVocabulary::fieldFromId(const QString &id)
{
    for (const FieldWords &f : kFields) {
        if (id == QLatin1String(f.id))
            return f.field;
    }
    return std::nullopt;
}

QString ImportVocabulary::fieldName(ImportField field)
{
    for (const FieldWords &f : kFields) {
        if (f.field == field)
            return QCoreApplication::translate("zeroplan::ImportVocabulary", f.name);
    }
    return {};
}

ImportVocabulary::Header ImportVocabulary::header(const QString &text)
{
    static const QHash<QString, ImportField> fields = [] {
        QHash<QString, ImportField> map;
        for (const FieldWords &f : kFields) {
            for (const QString &word : QString::fromUtf8(f.words).split(QLatin1Char('|')))
                map.insert(normalized(word), f.field);
        }
        return map;
    }();
    // "用量（度）", "Consumption (MWh)", "amount [kWh]": the brackets hold a unit.
    static const QRegularExpression bracketed(
        QStringLiteral("^(.*?)\\s*[(\\[（【]\\s*([^()\\[\\]（）【】]*?)\\s*[)\\]）】]\\s*$"));
    Header header;
    QString name = text.trimmed();
    const QRegularExpressionMatch match = bracketed.match(name);
    if (match.hasMatch()) {
        name = match.captured(1);
        header.unit = match.captured(2);
    }
    const auto it = fields.constFind(normalized(name));
    if (it != fields.cend())
        header.field = *it;
    return header;
}

std::optional<Sector> ImportVocabulary::sector(const QString &text)
{
    static const QHash<QString, QString> map = wordsToValues(kSectors);
    return sectorFromId(lookUp(map, text));
}

QString ImportVocabulary::subsector(const QString &text)
{
    static const QHash<QString, QString> map = wordsToValues(kSubsectors);
    const QString key = lookUp(map, text);
    return key.isEmpty() ? text : key;
}

QString ImportVocabulary::carrier(const QString &text)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> words = wordsToValues(kCarriers);
        for (const Carrier &c : Carriers::all()) // the names the app shows, in English
            words.insert(normalized(QString::fromUtf8(c.name)), c.id);
        return words;
    }();
    return lookUp(map, text);
}

std::optional<int> ImportVocabulary::scope(const QString &text)
{
    QString n = normalized(text);
    for (const char *prefix : {"scope", "范围"}) {
        if (n.startsWith(QString::fromUtf8(prefix)))
            n.remove(0, QString::fromUtf8(prefix).size());
    }
    static const QStringList chinese = {QStringLiteral("一"), QStringLiteral("二"),
                                        QStringLiteral("三")};
    for (int s = 1; s <= 3; ++s) {
        if (n == QString::number(s) || n == chinese[s - 1])
            return s;
    }
    return std::nullopt;
}

std::optional<DataQuality> ImportVocabulary::dataQuality(const QString &text)
{
    const QString n = normalized(text);
    if (n == QLatin1String("high") || n == QStringLiteral("高"))
        return DataQuality::High;
    if (n == QLatin1String("medium") || n == QStringLiteral("中"))
        return DataQuality::Medium;
    if (n == QLatin1String("low") || n == QStringLiteral("低"))
        return DataQuality::Low;
    return std::nullopt;
}

std::optional<NotationKey> ImportVocabulary::notationKey(const QString &text)
{
    return notationKeyFromId(text.trimmed().toUpper());
}

std::optional<Driver> ImportVocabulary::driver(const QString &text)
{
    const QString n = normalized(text);
    if (n == QStringLiteral("人口"))
        return Driver::Population;
    if (n == QStringLiteral("户数"))
        return Driver::Households;
    if (n == QStringLiteral("固定"))
        return Driver::Fixed;
    return driverFromId(n);
}

} // namespace zeroplan
