// libFuzzer target fuzz_xlsx: XlsxReader::open on a workbook made from the input, then
// every row. Reading must not crash, hang or leak, and rows must come out as promised in
// XlsxReader.h and TableReader.h: valid UTF-8 cells, row numbers and columns within Excel's.
//
// Mutating the bytes of a zip archive mostly breaks its checksums, so the fuzzer would hardly
// get past libzip. So an input is read in one of two ways:
//  - it starts with "PK": it is the .xlsx file itself (the zip container is fuzzed);
//  - otherwise it spells out the workbook's parts as text, each after a line "--- <path>":
//        --- xl/workbook.xml
//        <workbook …>…</workbook>
//        --- xl/worksheets/sheet1.xml
//        …
//    and the target zips them (stored, with correct checksums) before opening: the XML and
//    what the reader does with it are fuzzed. A part named "#sheet" is not zipped: its text
//    is the sheet to open (otherwise the first one).
#include "FuzzApplication.h"
#include "import/XlsxReader.h"

#include <QList>

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <utility>

using namespace zeroplan;

namespace {

struct Part
{
    QByteArray name;
    QByteArray content;
};

const QByteArray kMarker("--- ");

// The parts an input spells out; the line break before a marker belongs to the marker.
QList<Part> parts(QByteArrayView input)
{
    QList<Part> result;
    qsizetype at = input.startsWith(kMarker) ? 0 : input.indexOf("\n" + kMarker);
    while (at >= 0 && at < input.size()) {
        const qsizetype nameBegin = at + (input[at] == '\n' ? 1 : 0) + kMarker.size();
        qsizetype nameEnd = input.indexOf('\n', nameBegin);
        if (nameEnd < 0)
            nameEnd = input.size();
        const qsizetype next = input.indexOf("\n" + kMarker, nameEnd);
        const qsizetype contentEnd = next < 0 ? input.size() : next;
        const qsizetype contentBegin = qMin(nameEnd + 1, contentEnd);
        result.append({input.sliced(nameBegin, nameEnd - nameBegin).toByteArray(),
                       input.sliced(contentBegin, contentEnd - contentBegin).toByteArray()});
        at = next;
    }
    return result;
}

// The bytes of a zip archive that holds `entries`, stored uncompressed; empty if libzip
// refuses (no entries, or only names it can't store).
QByteArray zipped(const QList<Part> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return {};
    }
    zip_source_keep(source);
    for (const Part &entry : entries) {
        zip_source_t *data = zip_source_buffer(archive, entry.content.constData(),
                                               zip_uint64_t(entry.content.size()), 0);
        const zip_int64_t index = data ? zip_file_add(archive, entry.name.constData(), data,
                                                      ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8)
                                       : -1;
        if (index < 0)
            zip_source_free(data);
        else
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    QByteArray bytes;
    if (zip_close(archive) != 0) {
        zip_discard(archive);
    } else if (zip_source_open(source) == 0) {
        zip_source_seek(source, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(source);
        zip_source_seek(source, 0, SEEK_SET);
        if (size > 0) {
            bytes.resize(qsizetype(size));
            if (zip_source_read(source, bytes.data(), zip_uint64_t(size)) != size)
                bytes.clear();
        }
        zip_source_close(source);
    }
    zip_source_free(source);
    return bytes;
}

void readAll(XlsxReader &reader)
{
    TableRow row;
    while (reader.next(row)) {
        if (row.number() < 1 || row.number() > XlsxReader::MaxRows)
            fuzz::fail("XlsxReader gives a row number outside 1…1048576");
        if (row.size() > XlsxReader::MaxColumns)
            fuzz::fail("XlsxReader gives a row with more columns than XFD");
        for (int column = 0; column < row.size(); ++column) {
            if (!row.cell(column).isValidUtf8())
                fuzz::fail("XlsxReader gives a cell that is not UTF-8", row.cell(column));
        }
        if (row.size() > 0)
            reader.cellName(row.number(), row.size() - 1);
        reader.rowName(row.number());
    }
    if (reader.error().contains(QLatin1Char('\n')))
        fuzz::fail("XlsxReader's error is more than one line", reader.error().toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::rawBytes(data, size);
    QByteArray workbook = input;
    QString sheet;
    if (!input.startsWith("PK")) {
        QList<Part> entries = parts(input);
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries[i].name == "#sheet") {
                sheet = QString::fromUtf8(entries[i].content);
                entries.removeAt(i);
            }
        }
        workbook = zipped(entries);
    }
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(workbook, QStringLiteral("fuzz.xlsx"), sheet, &error);
    if (!reader) {
        if (error.isEmpty())
            fuzz::fail("XlsxReader::open fails without saying why");
        if (error.contains(QLatin1Char('\n')))
            fuzz::fail("XlsxReader::open's error is more than one line", error.toUtf8());
        return 0;
    }
    readAll(*reader);
    return 0;
}
