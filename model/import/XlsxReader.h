#pragma once

#include "TableReader.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace zeroplan {

class XlsxArchive;
class XlsxPart;
class XlsxWorkbook;

// One sheet of an Excel workbook (.xlsx, as Excel, WPS, LibreOffice and Numbers save it), read
// row by row. Each cell comes as the text a person would type to get it: shared and inline
// strings as they are, numbers as stored ("1250000", "86.5"), numbers with a date format as
// ISO dates ("2024-01-01", "2024-01-15T08:30:00"), booleans as TRUE/FALSE, errors as "#DIV/0!",
// formulas as their last computed value. Cells go to their column by their reference, so
// gaps stay gaps; rows without any text are skipped.
//
// The sheet is parsed as it is unpacked, so memory holds the shared strings and one row.
// Entries that would unpack to more than a set size are refused (zip bombs), as are
// references beyond Excel's last column, XFD, and last row, 1048576.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::XlsxReader)

public:
    static constexpr qint64 MaxSheetBytes = qint64(512) << 20;
    static constexpr qint64 MaxPartBytes = qint64(128) << 20; // shared strings, styles, …
    static constexpr int MaxColumns = 16384;                  // A … XFD
    static constexpr qint64 MaxRows = 1048576;

    // Opens the workbook at `path` (or held in `bytes`, for fuzzing) and the sheet named
    // `sheet` (empty: the first sheet, passing over chart sheets; hidden sheets count). Returns
    // nullptr and sets *error (translated, one line, starts with the file name, e.g. "data.xlsx:
    // sheet “Foo” not found; the sheets are: A, B") when it can't.
    static std::unique_ptr<XlsxReader> open(const QString &path, const QString &sheet,
                                            QString *error);
    static std::unique_ptr<XlsxReader> open(const QByteArray &bytes, const QString &fileName,
                                            const QString &sheet, QString *error);
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    QStringList sheetNames() const { return m_sheetNames; } // in workbook order
    QString sheetName() const { return m_sheetName; }       // the one being read

    bool next(TableRow &row) override;
    QString error() const override { return m_error; }
    QString cellName(qint64 row, int column) const override;
    QString rowName(qint64 row) const override;

    // "A", "B", … "Z", "AA", … "XFD" for the 0-based column.
    static QString columnLetters(int column);

private:
    struct Cell
    {
        int column;
        qsizetype begin; // its text in m_cellText
        qsizetype end;
    };
    enum class CellType
    {
        Number,
        SharedString,
        InlineString,
        Boolean,
        Text
    };

    XlsxReader();
    static std::unique_ptr<XlsxReader> open(std::unique_ptr<XlsxArchive> archive,
                                            const QString &sheet, QString *error);
    bool openSheet(const QString &sheet, QString *error);
    bool hasWorkbook(QString *error) const;
    qsizetype sheetIndex(const XlsxWorkbook &workbook, const QString &name, QString *error) const;
    template <typename Table>
    bool readOptionalPart(const QString &part, Table &table, QString *error) const;

    bool readRow(TableRow &row);
    bool readRowNumber();
    bool readCells(TableRow &row);
    bool readCell(int *column);
    bool readColumn(QStringView reference, int *column);
    bool readCellContent(CellType type);
    bool appendCell(CellType type, int style, int column);
    bool appendSharedString(int column);
    void appendNumber(int style);
    void placeCells(TableRow &row);
    bool fail(const QString &message);

    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<XlsxPart> m_sheet;
    QStringList m_sheetNames;
    QString m_sheetName;
    XlsxSharedStrings m_strings;
    XlsxStyles m_styles;
    bool m_date1904 = false;
    bool m_done = false;
    qint64 m_row = 0;      // the number of the row being read
    QString m_value;       // the text of the cell being read: its <v>, or <is> if an inline string
    QString m_scratch;     // the other of the two
    QByteArray m_cellText; // the text of the row's cells, one after the other
    QList<Cell> m_cells;
    QString m_error;
};

} // namespace zeroplan
