#pragma once

#include "export/ExportTable.h"

#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// The blank files File → New from template writes (docs/import.md): a table for activity
// lines or for monthly meter readings, with the headers the importer recognises
// (ImportVocabulary) in Chinese or in English, and one example row that imports as it is.
// A CSV (UTF-8 with a byte order mark, so Excel shows Chinese) or an XLSX workbook,
// through the results writers (ResultsCsv, ResultsXlsx).
class ImportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ImportTemplate)

public:
    enum class Kind
    {
        Activities,
        MeterReadings
    };

    // The table for `language` ("zh_CN": Chinese headers and example; anything else English);
    // the example row is for `year` (the plan's base year).
    static ExportTable table(Kind kind, const QString &language, int year);
    // Writes the table to `path`: an XLSX workbook when the name ends in .xlsx, else CSV.
    // False and *error ("<file>: cannot be written: …") on failure.
    static bool write(Kind kind, const QString &language, int year, const QString &path,
                      QString *error);
};

} // namespace zeroplan
