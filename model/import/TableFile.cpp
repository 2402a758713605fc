#include "TableFile.h"

#include "XlsxReader.h"

#include <QFileInfo>

namespace zeroplan {

TableFile::~TableFile()
{
    m_reader.reset(); // before the file it reads
}

std::unique_ptr<TableFile> TableFile::open(const QString &path, const TableFileOptions &options,
                                           QString *error)
{
    std::unique_ptr<TableFile> table(new TableFile);
    table->m_fileName = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file").arg(path);
        return nullptr;
    }
    if (info.isDir()) {
        *error = tr("%1: is a folder, not a file").arg(path);
        return nullptr;
    }
    table->m_file = std::make_unique<QFile>(path);
    if (!table->m_file->open(QIODevice::ReadOnly)) {
        *error = tr("%1: can't be opened: %2").arg(path, table->m_file->errorString());
        return nullptr;
    }
    const QByteArray head = table->m_file->peek(4);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0")) {
        table->m_file->close(); // the workbook reader opens the file itself
        auto workbook = XlsxReader::open(path, options.sheet, error);
        if (!workbook)
            return nullptr;
        table->m_description = tr("sheet \"%1\"").arg(workbook->sheetName());
        table->m_reader = std::move(workbook);
        return table;
    }
    auto csv = std::make_unique<CsvReader>(table->m_file.get(), path, options.csv);
    if (!csv->detect()) {
        *error = csv->error();
        return nullptr;
    }
    table->m_decimal = csv->delimiter() == ';' ? DecimalSeparator::Comma : DecimalSeparator::Point;
    table->m_description = tr("%1 text, %2-separated")
                               .arg(CsvReader::encodingName(csv->encoding()),
                                    CsvReader::delimiterName(csv->delimiter()));
    table->m_reader = std::move(csv);
    return table;
}

} // namespace zeroplan
