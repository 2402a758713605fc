#include "ColumnLayout.h"

namespace zeroplan {

namespace {

// A mapped column: a number from 1, else a header text (compared as the vocabulary does).
int mappedColumn(const QString &spec, const QStringList &headers)
{
    bool isNumber = false;
    const int number = spec.toInt(&isNumber);
    if (isNumber)
        return number - 1;
    const QString wanted = ImportVocabulary::normalized(spec);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (ImportVocabulary::normalized(headers[c]) == wanted)
            return int(c);
    }
    return -1;
}

int recognisedFields(const TableRow &row)
{
    int count = 0;
    for (int c = 0; c < row.size(); ++c)
        count += ImportVocabulary::header(row.text(c)).field.has_value();
    return count;
}

bool hasMappedHeaders(const TableRow &row, const ImportMapping &mapping)
{
    QStringList headers;
    for (int c = 0; c < row.size(); ++c)
        headers << row.text(c).trimmed();
    bool byName = false;
    for (const QString &spec : mapping.columns) {
        bool isNumber = false;
        (void)spec.toInt(&isNumber);
        if (isNumber)
            continue;
        byName = true;
        if (mappedColumn(spec, headers) < 0)
            return false;
    }
    return byName;
}

} // namespace

std::optional<ColumnLayout> ColumnLayout::read(TableReader &reader, const ImportMapping &mapping,
                                               const QList<ImportField> &required,
                                               ImportReport *report)
{
    TableRow row;
    QStringList skipped;
    for (int n = 0; n < kHeaderSearchRows && reader.next(row); ++n) {
        if (recognisedFields(row) < 2 && !hasMappedHeaders(row, mapping)) {
            skipped << reader.rowName(row.number());
            continue;
        }
        ColumnLayout layout;
        layout.m_headerRow = row.number();
        QString problem;
        if (!layout.resolve(row, mapping, &problem)) {
            report->error = reader.rowName(row.number()) + QStringLiteral(": ") + problem;
            return std::nullopt;
        }
        QList<ImportField> missing;
        for (const ImportField field : required) {
            if (!layout.has(field))
                missing << field;
        }
        if (!missing.isEmpty()) {
            report->error = reader.rowName(row.number()) + QStringLiteral(": ") +
                            layout.missingMessage(missing);
            return std::nullopt;
        }
        if (!skipped.isEmpty())
            report->notes << tr("the header is on %1; rows above it were skipped")
                                 .arg(reader.rowName(row.number()));
        return layout;
    }
    if (!reader.error().isEmpty())
        report->error = reader.error();
    else
        report->error = tr("no header row found in the first %1 rows: a header names columns "
                           "such as 能源/carrier, 用量/amount, 单位/unit; or give a mapping")
                            .arg(kHeaderSearchRows);
    return std::nullopt;
}

bool ColumnLayout::resolve(const TableRow &header, const ImportMapping &mapping, QString *problem)
{
    m_mapping = mapping;
    m_columns.fill(-1);
    for (int c = 0; c < header.size(); ++c) {
        m_headers << header.text(c).trimmed();
        const ImportVocabulary::Header h = ImportVocabulary::header(m_headers.last());
        if (h.field && m_columns[index(*h.field)] < 0) {
            m_columns[index(*h.field)] = c;
            m_headerUnits[index(*h.field)] = h.unit;
        }
    }
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        const int c = mappedColumn(*it, m_headers);
        if (c < 0 || c >= 16384) {
            *problem = tr("the mapping names column \"%1\" for %2, but the header has no such "
                          "column; it has: %3")
                           .arg(*it, ImportVocabulary::fieldName(it.key()),
                                m_headers.join(QStringLiteral(", ")));
            return false;
        }
        m_columns[index(it.key())] = c;
        m_headerUnits[index(it.key())] =
            c < m_headers.size() ? ImportVocabulary::header(m_headers[c]).unit : QString();
    }
    for (auto it = mapping.values.begin(); it != mapping.values.end(); ++it)
        m_columns[index(it.key())] = -1; // a mapped value stands for the whole column
    return true;
}

QString ColumnLayout::missingMessage(const QList<ImportField> &missing) const
{
    QStringList names;
    for (const ImportField field : missing)
        names << ImportVocabulary::fieldName(field);
    return tr("no column for %1; the header has: %2. Name the columns (for example 能源 or "
              "carrier, 用量 or amount, 单位 or unit) or give a mapping")
        .arg(names.join(QStringLiteral(", ")), m_headers.join(QStringLiteral(", ")));
}

QByteArrayView ColumnLayout::cell(const TableRow &row, ImportField field) const
{
    return row.cell(column(field));
}

namespace {

// "'=…": text that an export kept a spreadsheet from taking for a formula (CsvWriter).
QString withoutFormulaGuard(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@'\t\r");
    if (text.size() > 1 && text.front() == QLatin1Char('\'') && formulaStarts.contains(text[1]))
        text.remove(0, 1);
    return text;
}

} // namespace

QString ColumnLayout::text(const TableRow &row, ImportField field) const
{
    const int c = column(field);
    if (c < 0)
        return m_mapping.values.value(field);
    return withoutFormulaGuard(row.text(c).trimmed());
}

QString ColumnLayout::freeText(const TableRow &row, ImportField field) const
{
    const int c = column(field);
    if (c < 0)
        return m_mapping.values.value(field);
    return withoutFormulaGuard(row.text(c));
}

QString ColumnLayout::place(const TableReader &reader, qint64 row, ImportField field) const
{
    const int c = column(field);
    if (c < 0) { // a mapped value, or a field the file doesn't have
        const QString what =
            m_mapping.values.contains(field) ? tr("mapping") : ImportVocabulary::fieldName(field);
        return tr("%1 (%2)", "a place in the file and what is there")
            .arg(reader.rowName(row), what);
    }
    const QString header = c < m_headers.size() ? m_headers[c] : QString();
    if (header.isEmpty())
        return reader.cellName(row, c);
    return tr("%1 (%2)", "a place in the file and what is there")
        .arg(reader.cellName(row, c), header);
}

QString ColumnLayout::columnName(ImportField field) const
{
    const int c = column(field);
    if (c < 0)
        return {};
    const QString header = c < m_headers.size() ? m_headers[c] : QString();
    const QString number = tr("column %1").arg(c + 1);
    if (header.isEmpty())
        return number;
    return tr("%1 (%2)", "a place in the file and what is there").arg(number, header);
}

} // namespace zeroplan
