#pragma once

#include <QByteArray>
#include <QIODevice>

namespace zeroplan::fuzz {

// A sequential device that hands out its bytes at most `chunk` at a time, as a pipe or a
// slow network share may: readers that read in chunks then meet every split they can meet
// (a line break, a quoted cell, a UTF-8 or GB18030 character cut in two).
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(const QByteArray &bytes, qint64 chunk) : m_bytes(bytes), m_chunk(chunk) {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_chunk), m_bytes.size() - m_pos);
        if (n > 0)
            memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

} // namespace zeroplan::fuzz
