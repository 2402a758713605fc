#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVarLengthArray>

namespace zeroplan {

// One row of a table being imported: its cells as UTF-8 text, and where it is in the file.
// The cells live in one buffer, so reading a row allocates nothing once the buffer has grown.
class TableRow
{
public:
    qint64 number() const
    {
        return m_number;
    } // 1-based: CSV line where the record starts, or sheet row
    int size() const { return int(m_ends.size()); }
    // The cell's text (UTF-8); empty past the last cell.
    QByteArrayView cell(int column) const
    {
        if (column < 0 || column >= size())
            return {};
        const qsizetype begin = column == 0 ? 0 : m_ends[column - 1];
        return QByteArrayView(m_text.constData() + begin, m_ends[column] - begin);
    }
    QString text(int column) const { return QString::fromUtf8(cell(column)); }
    // True when every cell is empty or white space (a blank line, an empty sheet row).
    bool isBlank() const;

    // For readers: start a row, then append its cells in order.
    void clear(qint64 number)
    {
        m_number = number;
        m_text.resize(0);
        m_ends.resize(0);
    }
    void append(QByteArrayView text)
    {
        m_text.append(text);
        m_ends.append(m_text.size());
    }
    // Appends to the cell being built (the last one); call finishCell() to close it.
    void appendToCell(QByteArrayView text) { m_text.append(text); }
    void finishCell() { m_ends.append(m_text.size()); }

private:
    qint64 m_number = 0;
    QByteArray m_text;
    QVarLengthArray<qsizetype, 16> m_ends;
};

// A table read row by row from a file (CSV or a sheet of an XLSX workbook). The first row
// is whatever the file starts with; the importers decide whether it is a header.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::TableReader)

public:
    virtual ~TableReader() = default;

    // Reads the next non-empty row into *row. False at the end of the table, or when the
    // file can't be read on; then error() says why (an empty error() means the end).
    virtual bool next(TableRow &row) = 0;
    // Translated, one line, names the place in the file; empty while all is well.
    virtual QString error() const = 0;
    // How a message names a cell: "line 12, column 3" in a CSV file, "row 12, column C" in
    // a sheet. `column` is 0-based.
    virtual QString cellName(qint64 row, int column) const = 0;
    // How a message names a row: "line 12" or "row 12".
    virtual QString rowName(qint64 row) const = 0;
};

} // namespace zeroplan
