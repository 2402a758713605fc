#include "ActivityImport.h"

#include "ColumnLayout.h"
#include "DecimalAmbiguity.h"
#include "ImportNumber.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "measures/CatalogueText.h"
#include "plan/DefaultFactor.h"
#include "plan/FactorResolver.h"
#include "storage/FactorText.h"
#include "storage/PlanJson.h"
#include "storage/PlanValidator.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace zeroplan {

namespace {

QString carrierExamples()
{
    return QStringLiteral("electricity/电力, natural_gas/天然气, lpg/液化气, petrol/汽油, "
                          "diesel/柴油, district_heat/集中供热, food_waste/厨余垃圾 …");
}

// Reads one data row into a line, or says why it can't.
class RowReader
{
public:
    RowReader(const TableReader &reader, const ColumnLayout &layout, const Plan &plan,
              const FactorLibrary &library, DecimalSeparator decimal, std::optional<int> year)
        : amounts(decimal), m_reader(reader), m_layout(layout), m_plan(plan), m_library(library),
          m_decimal(decimal), m_year(year)
    {
    }

    std::optional<ActivityLine> read(const TableRow &row, ImportReport *report);
    QSet<ImportField> defaulted; // fields some line took a default for
    // Factors taken from several that fit, for being of the plan's region: what to say of each.
    QMap<QString, QString> regionalChoices; // factor id → note
    QMap<QString, QString> conversions;     // carrier/unit/factor → note
    DecimalAmbiguity amounts;               // the amount column, read both ways?

private:
    bool reject(ImportField field, const QString &reason);
    bool readCarrierAndSector(ActivityLine &line);
    bool readAmount(ActivityLine &line);
    bool readUnit(ActivityLine &line);
    bool readYear();
    bool readFactor(ActivityLine &line);
    bool readCodes(ActivityLine &line);
    bool fitUnitToFactor(ActivityLine &line, const EmissionFactor &factor);
    QString text(ImportField field) const { return m_layout.text(*m_row, field); }

    const TableReader &m_reader;
    const ColumnLayout &m_layout;
    const Plan &m_plan;
    const FactorLibrary &m_library;
    DecimalSeparator m_decimal;
    std::optional<int> m_year; // an actual inventory's year; none: the baseline
    const TableRow *m_row = nullptr;
    ImportReport *m_report = nullptr;
};

bool RowReader::reject(ImportField field, const QString &reason)
{
    m_report->reject(m_row->number(), m_layout.place(m_reader, m_row->number(), field), reason);
    return false;
}

std::optional<ActivityLine> RowReader::read(const TableRow &row, ImportReport *report)
{
    m_row = &row;
    m_report = report;
    ActivityLine line;
    line.id = text(ImportField::Id);
    line.subsector = text(ImportField::Subsector); // free text: export → import gives it back
    line.source = m_layout.freeText(*m_row, ImportField::Source);
    line.note = m_layout.freeText(*m_row, ImportField::Note);
    if (!readCarrierAndSector(line) || !readYear() || !readCodes(line) || !readUnit(line) ||
        !readAmount(line) || !readFactor(line))
        return std::nullopt;
    return line;
}

bool RowReader::readCarrierAndSector(ActivityLine &line)
{
    const QString carrier = text(ImportField::Carrier);
    line.carrier = ImportVocabulary::carrier(carrier);
    if (carrier.isEmpty())
        return reject(ImportField::Carrier, ActivityImport::tr("the carrier is empty"));
    if (line.carrier.isEmpty())
        return reject(ImportField::Carrier,
                      ActivityImport::tr("\"%1\" is not a carrier ZeroPlan knows; use one of %2")
                          .arg(carrier, carrierExamples()));
    const QString sector = text(ImportField::Sector);
    if (sector.isEmpty()) {
        line.sector = defaultSector(line.carrier);
        defaulted.insert(ImportField::Sector);
        return true;
    }
    const auto known = ImportVocabulary::sector(sector);
    if (!known)
        return reject(ImportField::Sector,
                      ActivityImport::tr("\"%1\" is not a sector; use stationary_energy/固定能源, "
                                         "transport/交通, waste/废弃物, ippu/工业过程 or "
                                         "afolu/农林")
                          .arg(sector));
    line.sector = *known;
    return true;
}

bool RowReader::readYear()
{
    const QString year = text(ImportField::Year);
    if (year.isEmpty())
        return true;
    bool ok = false;
    const int value = year.toInt(&ok);
    const int baseYear = m_plan.community.baseYear;
    if (!ok)
        return reject(ImportField::Year, ActivityImport::tr("\"%1\" is not a year").arg(year));
    if (m_year && value != *m_year)
        return reject(ImportField::Year,
                      ActivityImport::tr("the row is for %1, but these are the actual figures "
                                         "of %2")
                          .arg(value)
                          .arg(*m_year));
    if (!m_year && value != baseYear)
        return reject(ImportField::Year,
                      ActivityImport::tr("the row is for %1, but the baseline is for the plan's "
                                         "base year %2")
                          .arg(value)
                          .arg(baseYear));
    return true;
}

bool RowReader::readCodes(ActivityLine &line)
{
    line.scope = defaultScope(line.carrier);
    if (const QString scope = text(ImportField::Scope); !scope.isEmpty()) {
        const auto value = ImportVocabulary::scope(scope);
        if (!value)
            return reject(ImportField::Scope,
                          ActivityImport::tr("\"%1\" is not a scope; use 1, 2 or 3").arg(scope));
        line.scope = *value;
    } else {
        defaulted.insert(ImportField::Scope);
    }
    if (const QString quality = text(ImportField::DataQuality); !quality.isEmpty()) {
        const auto value = ImportVocabulary::dataQuality(quality);
        if (!value)
            return reject(ImportField::DataQuality,
                          ActivityImport::tr("\"%1\" is not a data quality; use high/高, "
                                             "medium/中 or low/低")
                              .arg(quality));
        line.dataQuality = *value;
    }
    if (const QString key = text(ImportField::NotationKey); !key.isEmpty()) {
        const auto value = ImportVocabulary::notationKey(key);
        if (!value)
            return reject(
                ImportField::NotationKey,
                ActivityImport::tr("\"%1\" is not a notation key; use NO, IE, NE or C").arg(key));
        line.notationKey = *value;
    }
    if (const QString driver = text(ImportField::Driver); !driver.isEmpty()) {
        const auto value = ImportVocabulary::driver(driver);
        if (!value)
            return reject(ImportField::Driver,
                          ActivityImport::tr("\"%1\" is not a driver; use population/人口, "
                                             "households/户数 or fixed/固定")
                              .arg(driver));
        line.driver = *value;
    }
    return true;
}

bool RowReader::readUnit(ActivityLine &line)
{
    QString unit = text(ImportField::Unit);
    if (unit.isEmpty())
        unit = m_layout.headerUnit(ImportField::Amount);
    if (unit.isEmpty())
        return reject(ImportField::Unit, ActivityImport::tr("the unit is empty"));
    const auto known = Units::find(unit);
    if (!known)
        return reject(ImportField::Unit,
                      ActivityImport::tr("\"%1\" is not a unit ZeroPlan knows (kWh/度, MWh, m³/"
                                         "立方米, t/吨, kg/公斤, L/升, km/公里 …)")
                          .arg(unit));
    const Carrier *carrier = Carriers::find(line.carrier);
    if (carrier && !carrier->fits(known->dimension)) {
        QStringList fitting;
        for (const Dimension d : carrier->dimensions)
            fitting << Units::symbols(d).join(QStringLiteral(", "));
        return reject(ImportField::Unit,
                      ActivityImport::tr("%1 is a unit of %2, which doesn't fit %3; use %4")
                          .arg(unit, Units::dimensionName(known->dimension), carrier->displayName(),
                               fitting.join(QStringLiteral("; "))));
    }
    line.unit = known->symbol;
    return true;
}

bool RowReader::readAmount(ActivityLine &line)
{
    const QString amount = text(ImportField::Amount);
    if (amount.isEmpty()) {
        if (line.notationKey != NotationKey::None)
            return true; // no number, and the key says why
        return reject(ImportField::Amount,
                      ActivityImport::tr("the amount is empty; give a number, or a notation key "
                                         "(NO, IE, NE, C) that says why there is none"));
    }
    const QByteArray amountText = amount.toUtf8();
    amounts.see(amountText);
    const auto value = ImportNumber::parse(amountText, m_decimal);
    if (!value)
        return reject(ImportField::Amount,
                      m_decimal == DecimalSeparator::Point
                          ? ActivityImport::tr("\"%1\" is not a number (the file's numbers use a "
                                               "decimal point; choose decimal comma if it uses "
                                               "commas)")
                                .arg(amount)
                          : ActivityImport::tr("\"%1\" is not a number (the file's numbers use a "
                                               "decimal comma)")
                                .arg(amount));
    if (*value < 0)
        return reject(ImportField::Amount,
                      ActivityImport::tr("%1 is negative; an amount is 0 or more").arg(amount));
    if (line.notationKey != NotationKey::None && *value != 0)
        return reject(ImportField::Amount,
                      ActivityImport::tr("a row with notation key %1 has no number, not %2")
                          .arg(notationKeyId(line.notationKey), amount));
    line.amount = *value;
    return true;
}

bool RowReader::readFactor(ActivityLine &line)
{
    const QString factor = text(ImportField::Factor);
    if (!factor.isEmpty()) {
        const EmissionFactor *found = FactorResolver(m_plan, m_library).find(factor);
        if (!found)
            return reject(ImportField::Factor,
                          ActivityImport::tr("factor \"%1\" is in neither the plan nor the "
                                             "factor library")
                              .arg(factor));
        if (DefaultFactor::isMeasureFactor(*found))
            return reject(ImportField::Factor,
                          ActivityImport::tr("factor \"%1\" is for composting, which a measure "
                                             "brings; a baseline line takes the factor of where "
                                             "its waste goes now (landfill, incineration)")
                              .arg(factor));
        line.factor = factor;
        return fitUnitToFactor(line, *found);
    }
    if (line.notationKey != NotationKey::None)
        return true;
    DefaultFactor::Choice choice =
        DefaultFactor::choose(m_plan, m_library, line.carrier, line.unit);
    // Standard coal equivalent (tce), the unit energy statistics give every fuel in, and no
    // factor per energy: the one per the carrier's usual unit, which the line's amount is
    // converted to through the carrier's energy content (coal in tce → t).
    const Carrier *carrier = Carriers::find(line.carrier);
    const bool coalEquivalent =
        line.unit == QLatin1String("tce") || line.unit == QLatin1String("kgce");
    if (choice.factor.isEmpty() && choice.candidates.isEmpty() && coalEquivalent && carrier &&
        carrier->kwhPerUnit(line.unit) && carrier->kwhPerUnit(carrier->usualUnit))
        choice = DefaultFactor::choose(m_plan, m_library, line.carrier, carrier->usualUnit);
    if (choice.factor.isEmpty())
        return reject(ImportField::Factor,
                      choice.candidates.isEmpty()
                          ? ActivityImport::tr("no emission factor for %1 per %2 in the plan or "
                                               "the library; add one to the plan first")
                                .arg(Carriers::find(line.carrier)->displayName(), line.unit)
                          : ActivityImport::tr("several factors fit (%1); give the factor in a "
                                               "column or the mapping")
                                .arg(choice.candidates.join(QStringLiteral(", "))));
    line.factor = choice.factor;
    defaulted.insert(ImportField::Factor);
    if (choice.ofPlansRegion() && !regionalChoices.contains(choice.factor))
        regionalChoices.insert(choice.factor, ActivityImport::regionalChoiceNote(
                                                  choice, line.carrier, line.unit, m_library));
    const EmissionFactor *chosen = FactorResolver(m_plan, m_library).find(choice.factor);
    return !chosen || fitUnitToFactor(line, *chosen);
}

// A line in a unit of another kind than its factor's (coal in tce, the factor per t) is
// converted to the factor's unit through the carrier's energy content, and the report says
// so once per carrier and unit; where the carrier has none, the row is rejected.
bool RowReader::fitUnitToFactor(ActivityLine &line, const EmissionFactor &factor)
{
    const auto unit = Units::find(line.unit);
    const auto factorUnit = Units::find(factor.activityUnit);
    if (!unit || !factorUnit || unit->dimension == factorUnit->dimension ||
        (!factor.carrier.isEmpty() && factor.carrier != line.carrier))
        return true; // the plan's validator says what is wrong with another carrier's factor
    const Carrier *carrier = Carriers::find(line.carrier);
    const auto from = carrier ? carrier->kwhPerUnit(line.unit) : std::nullopt;
    const auto to = carrier ? carrier->kwhPerUnit(factor.activityUnit) : std::nullopt;
    if (!from || !to || *to <= 0)
        return reject(ImportField::Unit,
                      ActivityImport::tr("%1 is a unit of %2, but factor \"%3\" is per %4 (%5) "
                                         "and nothing converts one into the other for %6; give "
                                         "the amount in %4")
                          .arg(line.unit, Units::dimensionName(unit->dimension), factor.id,
                               factor.activityUnit, Units::dimensionName(factorUnit->dimension),
                               carrier ? carrier->displayName() : line.carrier));
    const QString key = line.carrier + QLatin1Char('/') + line.unit + QLatin1Char('/') + factor.id;
    if (!conversions.contains(key))
        conversions.insert(
            key, ActivityImport::tr("%1 given in %2 was converted to %3, the unit of factor "
                                    "\"%4\": 1 %2 = %5 %3, by the carrier's energy content "
                                    "(%6)")
                     .arg(carrier->displayName(), line.unit, factorUnit->symbol, factor.id,
                          QString::number(*from / *to, 'g', 4), carrier->ncvSource));
    line.amount = line.amount * *from / *to;
    line.unit = factorUnit->symbol;
    return true;
}

} // namespace

namespace {

// The ids taken so far (the plan's and this file's), and for each stem the first suffix that
// may still be free. Ids are only ever added, so the first free "<stem>-<n>" never moves back:
// probing resumes where the last id of that stem was found, and each new id costs O(1)
// amortised instead of a walk from "<stem>", "<stem>-2", … (quadratic for a file without ids).
class IdAllocator
{
public:
    bool contains(const QString &id) const { return m_ids.contains(id); }
    void insert(const QString &id) { m_ids.insert(id); }
    void reserve(qsizetype size) { m_ids.reserve(size); }

    // `stem` if it is free, else "<stem>-<n>" with the smallest free n ≥ 2; taken at once.
    QString take(const QString &stem)
    {
        int &n = m_next[stem]; // 0: the stem itself not yet tried
        QString id = stem;
        if (n == 0) {
            n = 2;
            if (!m_ids.contains(id)) {
                m_ids.insert(id);
                return id;
            }
        }
        for (;; ++n) {
            id = stem + QLatin1Char('-') + QString::number(n);
            if (!m_ids.contains(id))
                break;
        }
        ++n;
        m_ids.insert(id);
        return id;
    }

private:
    QSet<QString> m_ids;
    QHash<QString, int> m_next;
};

void noteDefaults(const QSet<ImportField> &defaulted, ImportReport *report)
{
    if (defaulted.contains(ImportField::Sector))
        report->notes << ActivityImport::tr("rows without a sector got one from their carrier "
                                            "(waste streams: waste; car and public transport: "
                                            "transport; others: stationary energy)");
    if (defaulted.contains(ImportField::Scope))
        report->notes << ActivityImport::tr("rows without a scope got one from their carrier "
                                            "(grid electricity and district heat: 2; waste: 3; "
                                            "fuels: 1)");
    if (defaulted.contains(ImportField::Factor))
        report->notes << ActivityImport::tr("rows without an emission factor got the one the "
                                            "plan uses for their carrier and unit, else the "
                                            "library's for the plan's region");
}

} // namespace

ActivityImportResult ActivityImport::read(TableReader &reader, const QString &fileName,
                                          const Plan &plan, const ImportMapping &mapping,
                                          DecimalSeparator decimal, const FactorLibrary &library,
                                          std::optional<int> year)
{
    ActivityImportResult result;
    ImportReport &report = result.report;
    report.fileName = fileName;
    const auto layout =
        ColumnLayout::read(reader, mapping, {ImportField::Carrier, ImportField::Amount}, &report);
    if (!layout)
        return result;
    IdAllocator ids;
    ids.reserve(plan.activities.size());
    for (const ActivityLine &line : plan.activities)
        ids.insert(line.id);
    RowReader rows(reader, *layout, plan, library, decimal, year);
    TableRow row;
    while (reader.next(row)) {
        ++report.rowsRead;
        std::optional<ActivityLine> line = rows.read(row, &report);
        if (!line)
            continue;
        if (line->id.isEmpty()) {
            line->id = ids.take(line->carrier);
        } else if (ids.contains(line->id)) {
            report.reject(
                row.number(), layout->place(reader, row.number(), ImportField::Id),
                tr("id \"%1\" is already a line of the plan or of this file").arg(line->id));
            continue;
        } else {
            ids.insert(line->id);
        }
        if (!layout->has(ImportField::Source)) // a file without sources: say where it came from
            line->source = tr("%1, %2").arg(fileName, reader.rowName(row.number()));
        result.lines.append(*line);
        result.places.append(reader.rowName(row.number()));
    }
    if (!reader.error().isEmpty()) {
        report.error = reader.error();
        result.lines.clear();
        result.places.clear();
        return result;
    }
    noteDefaults(rows.defaulted, &report);
    report.notes << rows.regionalChoices.values();
    report.notes << rows.conversions.values();
    if (const QString column = layout->columnName(ImportField::Amount); !column.isEmpty())
        if (const QString note = rows.amounts.note(column); !note.isEmpty())
            report.notes << note;
    return result;
}

QString ActivityImport::regionalChoiceNote(const DefaultFactor::Choice &choice,
                                           const QString &carrier, const QString &unit,
                                           const FactorLibrary &library)
{
    const EmissionFactor *factor = library.find(choice.factor);
    QString region = factor ? FactorText::regionName(factor->region) : QString();
    // A country the library names no region for ("CN"): its name, in the app's language.
    if (factor && region == factor->region && region.size() == 2) {
        if (const QLocale::Territory t = QLocale::codeToTerritory(region);
            t != QLocale::AnyTerritory)
            region = CatalogueText::isChinese(CatalogueText::currentLanguage())
                         ? QLocale(QLocale::Chinese, t).nativeTerritoryName()
                         : QLocale::territoryToString(t);
    }
    const Carrier *c = Carriers::find(carrier);
    return tr("%1 factors fit %2 per %3; chose %4, of %5, the plan's region")
        .arg(choice.fittingInLibrary)
        .arg(c ? c->displayName() : carrier, unit, choice.factor, region);
}

std::optional<Plan> ActivityImport::apply(const Plan &plan, const QList<ActivityLine> &lines,
                                          const QStringList &places, const QString &fileName,
                                          const FactorLibrary &library, QStringList *problems)
{
    if (plan.activities.size() + lines.size() > PlanJson::kMaxListItems) {
        *problems
            << tr("the plan would have more than %1 activity lines").arg(PlanJson::kMaxListItems);
        return std::nullopt;
    }
    Plan next = plan;
    next.activities.append(lines);
    const PlanProblems before = PlanValidator::validate(plan, library);
    const QString prefix = QStringLiteral("/activities/");
    QStringList found;
    for (const PlanProblem &p : PlanValidator::validate(next, library)) {
        if (p.severity != PlanProblem::Severity::Error || before.contains(p))
            continue;
        const qsizetype index =
            p.path.startsWith(prefix)
                ? p.path.mid(prefix.size()).section(QLatin1Char('/'), 0, 0).toInt()
                : -1;
        const qsizetype imported = index - plan.activities.size();
        if (imported >= 0 && imported < places.size())
            found << fileName + QStringLiteral(", ") + places[imported] + QStringLiteral(": ") +
                         p.message;
        else
            found << p.toString();
    }
    if (!found.isEmpty()) {
        *problems << found;
        return std::nullopt;
    }
    return next;
}

} // namespace zeroplan
