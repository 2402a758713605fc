#include "CommunityImport.h"

#include "ActivityImport.h"
#include "ColumnLayout.h"
#include "ListTableReader.h"
#include "TableFile.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "plan/StartingPlan.h"

#include <QLocale>
#include <QSet>

namespace zeroplan {

namespace {

// An annual total column: the carrier its line takes and the unit its figures are in unless
// the header says another (of the same kind: "用电量（万kWh）").
struct TotalColumn
{
    ImportField field;
    const char *carrier;
    const char *unit;
};

const TotalColumn kTotals[] = {
    {ImportField::Electricity, "electricity", "kWh"},
    {ImportField::Gas, "natural_gas", "m³"},
    {ImportField::Petrol, "petrol", "L"},
};

// Reads one data row into a plan; the first problem ends it with *error set.
class RowReader
{
public:
    RowReader(const TableReader &reader, const ColumnLayout &layout, const QString &fileName,
              DecimalSeparator decimal)
        : m_reader(reader), m_layout(layout), m_fileName(fileName), m_decimal(decimal)
    {
    }

    // "communities.csv, line 4, column 2 (人口): REASON"
    QString problem(const TableRow &row, ImportField field, const QString &reason) const
    {
        return m_fileName + QStringLiteral(", ") + m_layout.place(m_reader, row.number(), field) +
               QStringLiteral(": ") + reason;
    }

    // The cell's number (≥ 0), nothing when the cell is empty; false and *error when it is
    // not a number or negative.
    bool number(const TableRow &row, ImportField field, std::optional<double> *value,
                QString *error) const
    {
        const QString text = m_layout.text(row, field);
        value->reset();
        if (text.isEmpty())
            return true;
        const auto parsed = ImportNumber::parse(m_layout.cell(row, field), m_decimal);
        if (!parsed) {
            *error = problem(row, field, CommunityImport::tr("\"%1\" is not a number").arg(text));
            return false;
        }
        if (*parsed < 0) {
            *error = problem(row, field,
                             CommunityImport::tr("%1 is negative; it must be 0 or more").arg(text));
            return false;
        }
        *value = *parsed;
        return true;
    }

    // A number the row must have.
    bool required(const TableRow &row, ImportField field, double *value, QString *error) const
    {
        std::optional<double> read;
        if (!number(row, field, &read, error))
            return false;
        if (!read) {
            *error = problem(row, field, CommunityImport::tr("the cell is empty"));
            return false;
        }
        *value = *read;
        return true;
    }

    // The amount in `unit`, converted from the unit the column's header names, if any.
    bool inUnit(const TableRow &row, ImportField field, const QString &unit, double *amount,
                QString *error) const
    {
        const QString given = m_layout.headerUnit(field);
        if (given.isEmpty())
            return true;
        const std::optional<double> converted = Units::convert(*amount, given, unit);
        if (!converted) {
            *error = problem(
                row, field,
                CommunityImport::tr("the header's unit %1 is not one of %2").arg(given, unit));
            return false;
        }
        *amount = *converted;
        return true;
    }

private:
    const TableReader &m_reader;
    const ColumnLayout &m_layout;
    QString m_fileName;
    DecimalSeparator m_decimal;
};

// The area in hectares: as given, or from m² when the header says so.
bool readArea(const RowReader &rows, const ColumnLayout &layout, const TableRow &row,
              std::optional<double> *areaHa, QString *error)
{
    if (!rows.number(row, ImportField::Area, areaHa, error))
        return false;
    if (!*areaHa)
        return true;
    const QString unit = ImportVocabulary::normalized(layout.headerUnit(ImportField::Area));
    static const QStringList hectares = {QString(), QStringLiteral("ha"), QStringLiteral("公顷"),
                                         QStringLiteral("hectares")};
    static const QStringList squareMetres = {QStringLiteral("m²"), QStringLiteral("m2"),
                                             QStringLiteral("平方米"), QStringLiteral("sqm")};
    if (squareMetres.contains(unit)) {
        **areaHa /= 10000.0;
    } else if (!hectares.contains(unit)) {
        *error = rows.problem(row, ImportField::Area,
                              CommunityImport::tr("the header's unit %1 is neither ha nor m²")
                                  .arg(layout.headerUnit(ImportField::Area)));
        return false;
    }
    if (**areaHa == 0) {
        *error = rows.problem(row, ImportField::Area,
                              CommunityImport::tr("an area is more than 0; leave the cell empty "
                                                  "when it is not known"));
        return false;
    }
    return true;
}

// The plan's baseline lines for the row's totals, made by ActivityImport from a table of
// carrier, amount and unit, so that ids, scopes, sectors and factors are an import's.
bool addTotals(const RowReader &rows, const TableRow &row, const QString &fileName,
               const QString &rowName, const FactorLibrary &factors, Plan *plan, QString *error)
{
    QList<QStringList> table = {
        {QStringLiteral("carrier"), QStringLiteral("amount"), QStringLiteral("unit")}};
    QList<ImportField> fields;
    for (const TotalColumn &total : kTotals) {
        std::optional<double> amount;
        if (!rows.number(row, total.field, &amount, error))
            return false;
        if (!amount)
            continue;
        const QString unit = QString::fromUtf8(total.unit);
        if (!rows.inUnit(row, total.field, unit, &*amount, error))
            return false;
        table.append({QLatin1String(total.carrier),
                      QLocale::c().toString(*amount, 'f', QLocale::FloatingPointShortest), unit});
        fields.append(total.field);
    }
    if (fields.isEmpty())
        return true;
    const QString place = fileName + QStringLiteral(", ") + rowName;
    ListTableReader totals(table, place);
    ActivityImportResult read =
        ActivityImport::read(totals, fileName, *plan, {}, DecimalSeparator::Point, factors);
    if (!read.report.rejected.isEmpty()) {
        const RejectedRow &first = read.report.rejected.first();
        *error = rows.problem(row, fields.value(int(first.row) - 2), first.reason);
        return false;
    }
    if (read.report.failed()) {
        *error = place + QStringLiteral(": ") + read.report.error;
        return false;
    }
    for (ActivityLine &line : read.lines)
        line.source = place;
    QStringList problems;
    std::optional<Plan> next =
        ActivityImport::apply(*plan, read.lines, read.places, fileName, factors, &problems);
    if (!next) {
        *error = problems.value(0);
        return false;
    }
    *plan = std::move(*next);
    return true;
}

} // namespace

CommunityImportResult CommunityImport::read(TableReader &reader, const QString &fileName,
                                            DecimalSeparator decimal, int baseYear,
                                            const FactorLibrary &factors,
                                            const PriceLibrary &prices)
{
    CommunityImportResult result;
    ImportReport report;
    const auto layout = ColumnLayout::read(reader, {},
                                           {ImportField::CommunityName, ImportField::Population,
                                            ImportField::Households, ImportField::GridRegion},
                                           &report);
    if (!layout) {
        result.error = fileName + QStringLiteral(": ") + report.error;
        return result;
    }
    result.notes = report.notes;
    const QStringList regions = factors.gridRegions();
    const RowReader rows(reader, *layout, fileName, decimal);
    QSet<QString> names;
    TableRow row;
    const auto fail = [&](const QString &error) {
        result.plans.clear();
        result.error = error;
        return result;
    };
    while (reader.next(row)) {
        const QString name = layout->text(row, ImportField::CommunityName);
        if (name.isEmpty())
            return fail(
                rows.problem(row, ImportField::CommunityName, tr("the community has no name")));
        const QString key = name.toCaseFolded();
        if (names.contains(key))
            return fail(rows.problem(row, ImportField::CommunityName,
                                     tr("\"%1\" is the name of an earlier row; each community "
                                        "needs its own name")
                                         .arg(name)));
        names.insert(key);
        const QString regionText = layout->text(row, ImportField::GridRegion);
        const auto region = std::find_if(regions.cbegin(), regions.cend(), [&](const QString &r) {
            return r.compare(regionText, Qt::CaseInsensitive) == 0;
        });
        if (region == regions.cend())
            return fail(rows.problem(row, ImportField::GridRegion,
                                     tr("\"%1\" is not a grid region; use one of %2")
                                         .arg(regionText, regions.join(QStringLiteral(", ")))));
        Plan plan = StartingPlan::make(name, *region, baseYear, factors, prices);
        Community &c = plan.community;
        QString error;
        if (!rows.required(row, ImportField::Population, &c.population, &error) ||
            !rows.required(row, ImportField::Households, &c.households, &error) ||
            !readArea(rows, *layout, row, &c.areaHa, &error))
            return fail(error);
        const QString rowName = reader.rowName(row.number());
        c.source = fileName + QStringLiteral(", ") + rowName;
        if (!addTotals(rows, row, fileName, rowName, factors, &plan, &error))
            return fail(error);
        result.plans.append(std::move(plan));
    }
    if (!reader.error().isEmpty())
        return fail(reader.error());
    if (result.plans.isEmpty())
        return fail(fileName + QStringLiteral(": ") + tr("the table has no community rows"));
    return result;
}

CommunityImportResult CommunityImport::readFile(const QString &path, const QString &sheet,
                                                int baseYear, const FactorLibrary &factors,
                                                const PriceLibrary &prices)
{
    TableFileOptions options;
    options.sheet = sheet;
    CommunityImportResult result;
    const std::unique_ptr<TableFile> table = TableFile::open(path, options, &result.error);
    if (!table)
        return result;
    result = read(table->reader(), table->fileName(), table->decimal(), baseYear, factors, prices);
    result.fileName = table->fileName();
    return result;
}

} // namespace zeroplan
