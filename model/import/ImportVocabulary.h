#pragma once

#include "inventory/ActivityLine.h"
#include "inventory/Sector.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// What a column of an imported table holds. Ids are the keys of a mapping file.
enum class ImportField
{
    Id,
    Sector,
    Subsector,
    Carrier,
    Amount,
    Unit,
    Year,
    Scope,
    Factor,
    DataQuality,
    NotationKey,
    Driver,
    Source,
    Note, // activity lines
    Meter,
    Month, // meter readings
    CommunityName,
    Population,
    Households,
    Area,
    GridRegion,
    Electricity,
    Gas,
    Petrol, // communities of a district (docs/district.md)
};

inline constexpr ImportField kAllImportFields[] = {
    ImportField::Id,          ImportField::Sector,        ImportField::Subsector,
    ImportField::Carrier,     ImportField::Amount,        ImportField::Unit,
    ImportField::Year,        ImportField::Scope,         ImportField::Factor,
    ImportField::DataQuality, ImportField::NotationKey,   ImportField::Driver,
    ImportField::Source,      ImportField::Note,          ImportField::Meter,
    ImportField::Month,       ImportField::CommunityName, ImportField::Population,
    ImportField::Households,  ImportField::Area,          ImportField::GridRegion,
    ImportField::Electricity, ImportField::Gas,           ImportField::Petrol};

// The words import understands, in English and Chinese whatever the user's language:
// column headers ("数量", "用量", "amount") and values ("电力", "天然气", "交通").
// Matching ignores case, spaces, underscores and hyphens, and full-width forms.
class ImportVocabulary
{
public:
    static QString fieldId(ImportField field); // "amount", "data_quality", …
    static std::optional<ImportField> fieldFromId(const QString &id);
    static QString fieldName(ImportField field); // translated, for messages

    // The field a header names, and the unit it gives in brackets: "用量（度）" is an
    // amount in kWh, "Consumption (MWh)" one in MWh.
    struct Header
    {
        std::optional<ImportField> field;
        QString unit; // as written in the brackets, empty if none
    };
    static Header header(const QString &text);

    static std::optional<Sector> sector(const QString &text);
    static QString carrier(const QString &text); // carrier id, empty if not one
    // The common subsector's key ("居民", "Residential" → "residential"), else the text as
    // given: the plan stores the key and the app shows it translated (subsectorName). For
    // meter readings, whose exports name the kind of user; activity lines keep their text.
    static QString subsector(const QString &text);
    static std::optional<int> scope(const QString &text);
    static std::optional<DataQuality> dataQuality(const QString &text);
    static std::optional<NotationKey> notationKey(const QString &text);
    static std::optional<Driver> driver(const QString &text);

    // The form texts are compared in.
    static QString normalized(const QString &text);
};

} // namespace zeroplan
