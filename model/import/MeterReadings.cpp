#include "MeterReadings.h"

#include "ActivityImport.h"
#include "ColumnLayout.h"
#include "DecimalAmbiguity.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "plan/DefaultFactor.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

namespace zeroplan {

namespace {

// The readings of one meter for one line, month by month.
struct MeterMonths
{
    std::array<double, 12> amount{};
    std::array<qint64, 12> row{};
    quint16 present = 0; // bit m: month m + 1 has a reading
    int group = 0;
};

// What the readings of one sector, subsector and carrier add up to.
struct Group
{
    Sector sector = Sector::StationaryEnergy;
    QString subsector;
    QString carrier;
    std::optional<Unit> unit;         // of the first reading; the others are converted to it
    QHash<QByteArray, double> toUnit; // unit text → factor to `unit` (NaN: doesn't fit)
};

struct TransparentHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Aggregator
{
public:
    Aggregator(const TableReader &reader, const ColumnLayout &layout, int year,
               DecimalSeparator decimal, MeterImportResult *result)
        : m_reader(reader), m_layout(layout), m_year(year), m_decimal(decimal), m_result(result),
          m_amounts(decimal)
    {
    }
    void add(const TableRow &row);
    void finish(const Plan &plan, const FactorLibrary &library, const QString &fileName);
    void warnIfAlreadyImported(const Plan &plan, const ActivityLine &line);

private:
    void reject(const TableRow &row, ImportField field, const QString &reason)
    {
        m_result->report.reject(row.number(), m_layout.place(m_reader, row.number(), field),
                                reason);
    }
    int group(const TableRow &row);
    int newGroup(const TableRow &row, QString *reason);
    std::optional<double> toGroupUnit(const TableRow &row, Group &group);
    static double unitFactor(Group &group, const QString &text);
    MeterMonths &meter(QByteArrayView id, int group);
    void outliers(const std::string &key, const MeterMonths &m, MeterCoverage &coverage) const;
    void gaps(const std::string &key, const MeterMonths &m, MeterCoverage &coverage) const;
    ActivityLine lineFor(const Group &g, const MeterCoverage &c, const QString &fileName) const;

    const TableReader &m_reader;
    const ColumnLayout &m_layout;
    const int m_year;
    const DecimalSeparator m_decimal;
    MeterImportResult *m_result;
    QList<Group> m_groups;
    QHash<QByteArray, int> m_groupByText; // "sector\x1fsubsector\x1fcarrier" → group, or −1
    QHash<QByteArray, QString> m_groupProblem;
    QByteArray m_groupKey; // reused for look-ups
    QByteArray m_unitKey;
    std::unordered_map<std::string, MeterMonths, TransparentHash, std::equal_to<>> m_meters;
    std::string m_meterKey; // reused for look-ups
    QHash<int, qint64> m_otherYears;
    DecimalAmbiguity m_amounts; // the readings' column, read both ways?
};

void Aggregator::add(const TableRow &row)
{
    const QByteArrayView meterId = m_layout.cell(row, ImportField::Meter).trimmed();
    if (meterId.isEmpty())
        return reject(row, ImportField::Meter, MeterReadings::tr("the meter is empty"));
    bool impossibleDay = false;
    const auto month =
        ImportNumber::parseMonth(m_layout.cell(row, ImportField::Month), &impossibleDay);
    if (impossibleDay)
        return reject(row, ImportField::Month,
                      MeterReadings::tr("\"%1\" is not a date: that month has no such day")
                          .arg(m_layout.text(row, ImportField::Month)));
    if (!month)
        return reject(
            row, ImportField::Month,
            MeterReadings::tr("\"%1\" is not a month (write 2023-01, 2023/1 or 2023年1月)")
                .arg(m_layout.text(row, ImportField::Month)));
    if (month->year != m_year) {
        ++m_otherYears[month->year];
        return;
    }
    const int g = group(row);
    if (g < 0)
        return;
    m_amounts.see(m_layout.cell(row, ImportField::Amount));
    const auto amount = ImportNumber::parse(m_layout.cell(row, ImportField::Amount), m_decimal);
    if (!amount || *amount < 0)
        return reject(row, ImportField::Amount,
                      MeterReadings::tr("\"%1\" is not a reading (a number of 0 or more)")
                          .arg(m_layout.text(row, ImportField::Amount)));
    const auto factor = toGroupUnit(row, m_groups[g]);
    if (!factor)
        return;
    MeterMonths &m = meter(meterId, g);
    const int bit = month->month - 1;
    if (m.present & (1u << bit))
        return reject(row, ImportField::Month,
                      MeterReadings::tr("a second reading of meter %1 for %2-%3; the first is on "
                                        "%4")
                          .arg(QString::fromUtf8(meterId))
                          .arg(month->year)
                          .arg(month->month, 2, 10, QLatin1Char('0'))
                          .arg(m_reader.rowName(m.row[size_t(bit)])));
    m.present = quint16(m.present | (1u << bit));
    m.amount[size_t(bit)] = *amount * *factor;
    m.row[size_t(bit)] = row.number();
}

int Aggregator::group(const TableRow &row)
{
    m_groupKey.resize(0);
    m_groupKey.append(m_layout.cell(row, ImportField::Sector).trimmed());
    m_groupKey.append('\x1f');
    m_groupKey.append(m_layout.cell(row, ImportField::Subsector).trimmed());
    m_groupKey.append('\x1f');
    m_groupKey.append(m_layout.cell(row, ImportField::Carrier).trimmed());
    const auto it = m_groupByText.constFind(m_groupKey);
    int g = 0;
    if (it != m_groupByText.cend()) {
        g = *it;
    } else {
        QString reason;
        g = newGroup(row, &reason);
        m_groupByText.insert(m_groupKey, g);
        if (g < 0)
            m_groupProblem.insert(m_groupKey, reason);
    }
    if (g < 0) {
        const QString reason = m_groupProblem.value(m_groupKey);
        const bool carrierProblem = reason.startsWith(QLatin1Char('\x01'));
        reject(row, carrierProblem ? ImportField::Carrier : ImportField::Sector, reason.mid(1));
    }
    return g;
}

// A sector, subsector and carrier not seen before: check them once, for every row that
// has them. The reason starts with \x01 when the carrier is at fault, \x02 for the sector.
int Aggregator::newGroup(const TableRow &row, QString *reason)
{
    Group g;
    const QString carrierText = m_layout.text(row, ImportField::Carrier);
    g.carrier = ImportVocabulary::carrier(carrierText);
    if (g.carrier.isEmpty()) {
        *reason = QLatin1Char('\x01') +
                  MeterReadings::tr("\"%1\" is not a carrier ZeroPlan knows (electricity/电力, "
                                    "natural_gas/天然气, …)")
                      .arg(carrierText);
        return -1;
    }
    const QString sectorText = m_layout.text(row, ImportField::Sector);
    if (!sectorText.isEmpty()) {
        const auto sector = ImportVocabulary::sector(sectorText);
        if (!sector) {
            *reason =
                QLatin1Char('\x02') + MeterReadings::tr("\"%1\" is not a sector").arg(sectorText);
            return -1;
        }
        g.sector = *sector;
    } else {
        g.sector = defaultSector(g.carrier);
    }
    g.subsector = m_layout.has(ImportField::Subsector)
                      ? ImportVocabulary::subsector(m_layout.text(row, ImportField::Subsector))
                      : QStringLiteral("residential");
    // Other words for one that exists ("居民" and "Residential", "电力" and "electricity"):
    // the same line.
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const Group &other = m_groups[i];
        if (other.sector == g.sector && other.subsector == g.subsector &&
            other.carrier == g.carrier)
            return int(i);
    }
    m_groups.append(g);
    return int(m_groups.size() - 1);
}

std::optional<double> Aggregator::toGroupUnit(const TableRow &row, Group &group)
{
    m_unitKey.resize(0);
    if (m_layout.column(ImportField::Unit) >= 0)
        m_unitKey.append(m_layout.cell(row, ImportField::Unit).trimmed());
    else if (m_layout.has(ImportField::Unit))
        m_unitKey.append(m_layout.text(row, ImportField::Unit).toUtf8());
    else
        m_unitKey.append(m_layout.headerUnit(ImportField::Amount).toUtf8());
    auto it = group.toUnit.constFind(m_unitKey);
    if (it == group.toUnit.cend())
        it = group.toUnit.insert(m_unitKey, unitFactor(group, QString::fromUtf8(m_unitKey)));
    if (!std::isnan(*it))
        return *it;
    const QString text = QString::fromUtf8(m_unitKey);
    const auto unit = Units::find(text);
    const Carrier *carrier = Carriers::find(group.carrier);
    if (!unit) {
        reject(row, ImportField::Unit,
               text.isEmpty() ? MeterReadings::tr("the unit is empty")
                              : MeterReadings::tr("\"%1\" is not a unit ZeroPlan knows").arg(text));
    } else if (!carrier->fits(unit->dimension)) {
        reject(
            row, ImportField::Unit,
            MeterReadings::tr("%1 is a unit of %2, which doesn't fit %3")
                .arg(unit->symbol, Units::dimensionName(unit->dimension), carrier->displayName()));
    } else {
        reject(row, ImportField::Unit,
               MeterReadings::tr("%1 is a unit of %2, but the first readings of %3 are in %4; "
                                 "give one carrier's readings in one kind of unit")
                   .arg(unit->symbol, Units::dimensionName(unit->dimension), carrier->displayName(),
                        group.unit->symbol));
    }
    return std::nullopt;
}

// The factor from `text` to the group's unit (the first reading's), NaN where none fits.
double Aggregator::unitFactor(Group &group, const QString &text)
{
    const auto unit = Units::find(text);
    if (!unit || !Carriers::find(group.carrier)->fits(unit->dimension))
        return std::nan("");
    if (!group.unit)
        group.unit = unit;
    return group.unit->dimension == unit->dimension ? unit->toBase / group.unit->toBase
                                                    : std::nan("");
}

MeterMonths &Aggregator::meter(QByteArrayView id, int group)
{
    m_meterKey.assign(id.data(), size_t(id.size()));
    m_meterKey.push_back('\x1f');
    m_meterKey.append(std::to_string(group));
    auto it = m_meters.find(std::string_view(m_meterKey));
    if (it == m_meters.end()) {
        it = m_meters.emplace(m_meterKey, MeterMonths{}).first;
        it->second.group = group;
    }
    return it->second;
}

// Months over kOutlierRatio × the meter's median month, where it has three or more.
void Aggregator::outliers(const std::string &key, const MeterMonths &m,
                          MeterCoverage &coverage) const
{
    std::array<double, 12> values{};
    size_t n = 0;
    for (size_t b = 0; b < 12; ++b) {
        if (m.present & (1u << b))
            values[n++] = m.amount[b];
    }
    if (n < 3)
        return;
    std::sort(values.begin(), values.begin() + qsizetype(n));
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    if (median <= 0)
        return;
    for (size_t b = 0; b < 12; ++b) {
        if (!(m.present & (1u << b)) || m.amount[b] <= MeterReadings::kOutlierRatio * median)
            continue;
        if (++coverage.outlierCount > MeterCoverage::kMaxListed)
            continue;
        coverage.outliers.append({QString::fromUtf8(key.substr(0, key.rfind('\x1f'))),
                                  YearMonth{m_year, int(b) + 1}, m.amount[b], median,
                                  m_reader.rowName(m.row[b])});
    }
}

void Aggregator::gaps(const std::string &key, const MeterMonths &m, MeterCoverage &coverage) const
{
    QStringList months;
    for (int b = 0; b < 12; ++b) {
        if (!(m.present & (1u << b)))
            months << QString::number(b + 1);
    }
    if (months.isEmpty())
        return;
    ++coverage.metersWithGaps;
    coverage.missingMonths += months.size();
    if (coverage.gapExamples.size() < MeterCoverage::kMaxListed)
        coverage.gapExamples << QString::fromUtf8(key.substr(0, key.rfind('\x1f'))) +
                                    QStringLiteral(": ") + months.join(QStringLiteral(", "));
}

ActivityLine Aggregator::lineFor(const Group &g, const MeterCoverage &c,
                                 const QString &fileName) const
{
    ActivityLine line;
    line.sector = g.sector;
    line.subsector = g.subsector;
    line.carrier = g.carrier;
    line.scope = defaultScope(g.carrier);
    line.amount = c.total;
    line.unit = g.unit->symbol;
    line.driver = Driver::Households;
    line.dataQuality = c.share() >= 0.95 ? DataQuality::High : DataQuality::Medium;
    const double percent = 100 * c.share();
    const int meters = int(c.meters);
    line.source = MeterReadings::tr("%1: meter readings of %n meter(s), %2 % of the meter-months "
                                    "of %3 present, summed without extrapolation",
                                    nullptr, meters)
                      .arg(fileName)
                      .arg(percent, 0, 'f', 1)
                      .arg(m_year);
    return line;
}

void Aggregator::finish(const Plan &plan, const FactorLibrary &library, const QString &fileName)
{
    QList<MeterCoverage> coverage(m_groups.size());
    // Sorted by meter, so that sums and examples don't depend on the hash table's order.
    std::vector<const std::pair<const std::string, MeterMonths> *> meters;
    meters.reserve(m_meters.size());
    for (const auto &entry : m_meters)
        meters.push_back(&entry);
    std::sort(meters.begin(), meters.end(),
              [](const auto *a, const auto *b) { return a->first < b->first; });
    for (const auto *entry : meters) {
        const MeterMonths &m = entry->second;
        MeterCoverage &c = coverage[m.group];
        ++c.meters;
        for (size_t b = 0; b < 12; ++b) {
            if (m.present & (1u << b)) {
                ++c.readings;
                c.total += m.amount[b];
            }
        }
        gaps(entry->first, m, c);
        outliers(entry->first, m, c);
    }
    QSet<QString> ids;
    for (const ActivityLine &line : plan.activities)
        ids.insert(line.id);
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        MeterCoverage &c = coverage[g];
        if (c.meters == 0)
            continue;
        const Group &group = m_groups[g];
        ActivityLine line = lineFor(group, c, fileName);
        line.id = group.carrier + QStringLiteral("-meters");
        for (int n = 2; ids.contains(line.id); ++n)
            line.id = group.carrier + QStringLiteral("-meters-") + QString::number(n);
        ids.insert(line.id);
        const DefaultFactor::Choice factor =
            DefaultFactor::choose(plan, library, line.carrier, line.unit);
        line.factor = factor.factor;
        if (factor.factor.isEmpty() && m_result->report.error.isEmpty())
            m_result->report.error =
                MeterReadings::tr("no single emission factor for %1 per %2 in the plan or the "
                                  "library (%3); add the factor to the plan first")
                    .arg(Carriers::find(line.carrier)->displayName(), line.unit,
                         factor.candidates.join(QStringLiteral(", ")));
        if (factor.ofPlansRegion()) {
            const QString note =
                ActivityImport::regionalChoiceNote(factor, line.carrier, line.unit, library);
            if (!m_result->report.notes.contains(note))
                m_result->report.notes << note;
        }
        warnIfAlreadyImported(plan, line);
        c.line = line.id;
        c.sector = line.sector;
        c.subsector = line.subsector;
        c.carrier = line.carrier;
        c.unit = line.unit;
        m_result->lines.append(line);
        m_result->coverage.append(c);
    }
    for (auto it = m_otherYears.cbegin(); it != m_otherYears.cend(); ++it)
        m_result->otherYears.append({it.key(), it.value()});
    if (const QString column = m_layout.columnName(ImportField::Amount); !column.isEmpty())
        if (const QString note = m_amounts.note(column); !note.isEmpty())
            m_result->report.notes << note;
    std::sort(m_result->otherYears.begin(), m_result->otherYears.end());
}

// Issue 12: importing the same readings file twice added a second line with the same total
// and no word. A line of the plan with the same sector, subsector, carrier, unit and total
// (to 1e-9 of it) is most likely the same readings: warn, naming that line.
void Aggregator::warnIfAlreadyImported(const Plan &plan, const ActivityLine &line)
{
    for (const ActivityLine &existing : plan.activities) {
        if (existing.sector != line.sector || existing.subsector != line.subsector ||
            existing.carrier != line.carrier || existing.unit != line.unit ||
            std::abs(existing.amount - line.amount) > 1e-9 * std::max(1.0, std::abs(line.amount)))
            continue;
        m_result->report.warnings
            << MeterReadings::tr("line %1 of the plan already has %2 %3 of %4, the same total as "
                                 "these readings: if this file was imported before, importing it "
                                 "again counts the readings twice")
                   .arg(existing.id, QLocale().toString(line.amount, 'g', 10), line.unit,
                        Carriers::find(line.carrier)->displayName());
        return;
    }
}

} // namespace

MeterImportResult MeterReadings::read(TableReader &reader, const QString &fileName,
                                      const Plan &plan, const ImportMapping &mapping,
                                      DecimalSeparator decimal, const FactorLibrary &library,
                                      std::optional<int> year)
{
    MeterImportResult result;
    result.report.fileName = fileName;
    result.year = year.value_or(plan.community.baseYear);
    const auto layout = ColumnLayout::read(
        reader, mapping,
        {ImportField::Meter, ImportField::Month, ImportField::Carrier, ImportField::Amount},
        &result.report);
    if (!layout)
        return result;
    Aggregator aggregator(reader, *layout, result.year, decimal, &result);
    TableRow row;
    while (reader.next(row)) {
        ++result.report.rowsRead;
        aggregator.add(row);
    }
    if (!reader.error().isEmpty()) {
        result.report.error = reader.error();
        return result;
    }
    aggregator.finish(plan, library, fileName);
    if (result.report.failed()) {
        result.lines.clear();
        result.coverage.clear();
    }
    return result;
}

} // namespace zeroplan
