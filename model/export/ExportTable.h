#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace zeroplan {

// One cell of an exported table: text, a number, or nothing (a blank cell).
class ExportCell
{
public:
    ExportCell() = default; // blank
    static ExportCell text(const QString &text) { return ExportCell(Value(text)); }
    static ExportCell number(double value) { return ExportCell(Value(value)); }

    bool isBlank() const { return std::holds_alternative<std::monostate>(m_value); }
    bool isText() const { return std::holds_alternative<QString>(m_value); }
    bool isNumber() const { return std::holds_alternative<double>(m_value); }
    QString toText() const { return isText() ? std::get<QString>(m_value) : QString(); }
    double toNumber() const { return isNumber() ? std::get<double>(m_value) : 0.0; }

private:
    using Value = std::variant<std::monostate, QString, double>;
    explicit ExportCell(Value value) : m_value(std::move(value)) {}
    Value m_value;
};

using ExportRow = QList<ExportCell>;

// A plain table of results, as a spreadsheet or a CSV file shows it: a title (the sheet's
// name), a header row with units in the column names, and rows as long as the header.
struct ExportTable
{
    QString title;
    QStringList header;
    QList<ExportRow> rows;
};

} // namespace zeroplan
