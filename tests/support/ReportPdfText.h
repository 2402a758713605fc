#pragma once

#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QString>

namespace zeroplan::test {

// The text of the printed plan of `plan` with `options`, as a PDF reader extracts it, page by
// page (a line break between pages); the PDF is written to `pdfPath` for QPdfDocument to read.
// For GUI tests, which link Qt Pdf. Empty if the report or the file could not be made.
inline QString reportPdfText(const Plan &plan, const FactorLibrary &library,
                             const ReportOptions &options, const QString &pdfPath)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!PlanReport::write(plan, library, options, &buffer, &error)) {
        qWarning("report not written: %s", qPrintable(error));
        return {};
    }
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(buffer.data());
    file.close();
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

} // namespace zeroplan::test
