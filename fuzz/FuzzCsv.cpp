// libFuzzer target fuzz_csv: CsvReader over any bytes, with the options chosen by the first
// byte. Reading must not crash, hang or leak; every row must come out as promised in
// CsvReader.h and TableReader.h: valid UTF-8 cells, line numbers that only go forward.
#include "ChunkedDevice.h"
#include "FuzzApplication.h"
#include "import/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace zeroplan;

namespace {

// The first input byte, bit by bit: 0–1 the encoding, 2–3 the delimiter, 4–6 how many
// bytes the device hands out at a time (0–3: all at once, from a QBuffer; 4–7: 1, 2, 3 or
// 16 bytes, from a sequential device). Every read() of CsvReader asks for kChunkBytes
// (1 MiB), which QIODevice allocates whatever comes back; under ASan that costs
// milliseconds, so an input is handed out in at most kMaxReads pieces, or fuzzing would
// slow to a crawl and long inputs would time out.
struct Choice
{
    CsvOptions options;
    qint64 chunk = 0;
};

constexpr qint64 kMaxReads = 8;

Choice choose(uint8_t byte, qint64 size)
{
    static constexpr CsvOptions::Encoding kEncodings[] = {
        CsvOptions::Encoding::Detect, CsvOptions::Encoding::Utf8, CsvOptions::Encoding::Gb18030,
        CsvOptions::Encoding::Utf16};
    static constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    static constexpr qint64 kChunks[] = {0, 0, 0, 0, 1, 2, 3, 16};
    Choice choice;
    choice.options.encoding = kEncodings[byte & 3];
    choice.options.delimiter = kDelimiters[(byte >> 2) & 3];
    const qint64 chunk = kChunks[(byte >> 4) & 7];
    choice.chunk = chunk == 0 ? 0 : qMax(chunk, (size + kMaxReads - 1) / kMaxReads);
    return choice;
}

std::unique_ptr<QIODevice> openDevice(const QByteArray &bytes, qint64 chunk)
{
    std::unique_ptr<QIODevice> device;
    if (chunk == 0) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        device = std::move(buffer);
    } else {
        device = std::make_unique<fuzz::ChunkedDevice>(bytes, chunk);
    }
    if (!device->open(QIODevice::ReadOnly))
        fuzz::fail("cannot open the device");
    return device;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Choice choice = choose(data[0], qint64(size) - 1);
    const QByteArray bytes = fuzz::rawBytes(data + 1, size - 1);
    const std::unique_ptr<QIODevice> device = openDevice(bytes, choice.chunk);
    CsvReader reader(device.get(), QStringLiteral("fuzz.csv"), choice.options);

    TableRow row;
    qint64 rows = 0;
    qint64 lastNumber = 0;
    while (reader.next(row)) {
        if (++rows > bytes.size() + 1)
            fuzz::fail("CsvReader gives more rows than the file has bytes");
        if (row.number() <= lastNumber)
            fuzz::fail("CsvReader's row numbers do not go forward");
        lastNumber = row.number();
        for (int column = 0; column < row.size(); ++column) {
            if (!row.cell(column).isValidUtf8())
                fuzz::fail("CsvReader gives a cell that is not UTF-8", row.cell(column));
        }
        reader.cellName(row.number(), row.size());
        reader.rowName(row.number());
    }
    if (!reader.error().isEmpty() && reader.error().contains(QLatin1Char('\n')))
        fuzz::fail("CsvReader's error is more than one line", reader.error().toUtf8());
    CsvReader::encodingName(reader.encoding());
    CsvReader::delimiterName(reader.delimiter());
    return 0;
}
