#pragma once

#include "ImportMapping.h"
#include "ImportReport.h"
#include "ImportVocabulary.h"
#include "TableReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace zeroplan {

// Which column holds which field: found from the header row (its words, in English or
// Chinese) and the user's mapping, which wins where both speak.
class ColumnLayout
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ColumnLayout)

public:
    static constexpr int kHeaderSearchRows = 10;

    // Reads rows until the header: the first row with at least two cells that name fields,
    // or with every header the mapping names; rows above it (a title) are noted. Every field
    // of `required` must have a column or a mapped value. On failure sets report->error.
    static std::optional<ColumnLayout> read(TableReader &reader, const ImportMapping &mapping,
                                            const QList<ImportField> &required,
                                            ImportReport *report);

    int column(ImportField field) const { return m_columns[index(field)]; }
    bool has(ImportField field) const
    {
        return column(field) >= 0 || m_mapping.values.contains(field);
    }
    // The field's text in `row` (trimmed), or the mapping's value for it.
    QString text(const TableRow &row, ImportField field) const;
    // The same for free text (notes, sources): as typed, spaces and all.
    QString freeText(const TableRow &row, ImportField field) const;
    QByteArrayView cell(const TableRow &row, ImportField field) const;
    // A unit written in the field's header, "用量（度）" → "度".
    QString headerUnit(ImportField field) const { return m_headerUnits[index(field)]; }
    // "line 12, column 3 (用量)", or "line 12 (mapping)" for a mapped value.
    QString place(const TableReader &reader, qint64 row, ImportField field) const;
    // "column 3 (用量)": the field's column, with its header; empty for a mapped value.
    QString columnName(ImportField field) const;
    qint64 headerRow() const { return m_headerRow; }

private:
    static constexpr int kFields = int(std::size(kAllImportFields));
    static int index(ImportField field) { return int(field); }
    bool resolve(const TableRow &header, const ImportMapping &mapping, QString *problem);
    QString missingMessage(const QList<ImportField> &missing) const;

    std::array<int, kFields> m_columns{};
    std::array<QString, kFields> m_headerUnits;
    QStringList m_headers;
    ImportMapping m_mapping;
    qint64 m_headerRow = 0;
};

} // namespace zeroplan
