#pragma once

#include "CsvReader.h"
#include "ImportNumber.h"
#include "TableReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <memory>

namespace zeroplan {

struct TableFileOptions
{
    CsvOptions csv; // for delimited text
    QString sheet;  // for a workbook: the sheet's name, empty for the first
};

// A file to import from, opened as a table: an .xlsx workbook (recognised by its content,
// not its name) or delimited text.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::TableFile)

public:
    // Nothing, with *error set to one line naming the file, if it can't be opened.
    static std::unique_ptr<TableFile> open(const QString &path, const TableFileOptions &options,
                                           QString *error);
    ~TableFile();

    TableReader &reader() { return *m_reader; }
    QString fileName() const { return m_fileName; } // without the folder, for messages
    // The decimal separator the file's numbers are taken to use unless the user says:
    // a comma in semicolon-separated text (as European spreadsheets write it), else a point.
    DecimalSeparator decimal() const { return m_decimal; }
    // How the file is read: "GB18030 text, separated by semicolons" or "sheet “用电”".
    QString description() const { return m_description; }

private:
    TableFile() = default;

    QString m_fileName;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<TableReader> m_reader;
    DecimalSeparator m_decimal = DecimalSeparator::Point;
    QString m_description;
};

} // namespace zeroplan
