#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace zeroplan {

// Reads all that is written into the named pipe `path` on a thread of its own, like `cat`.
// finish() ends it even if no writer ever came (it then opens the pipe itself).
class FifoReader
{
public:
    explicit FifoReader(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_thread = std::thread([this] {
            const int fd = ::open(m_path.constData(), O_RDONLY);
            char buffer[65536];
            ssize_t n = 0;
            while (fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0)
                m_bytes.append(buffer, n);
            if (fd >= 0)
                ::close(fd);
            m_done = true;
        });
    }
    ~FifoReader() { finish(); }
    // Waits for the end; if no writer ever came, opens the pipe itself so that the read ends.
    QByteArray finish()
    {
        while (!m_done) {
            const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                ::close(fd);
                break;
            }
            QThread::msleep(5);
        }
        if (m_thread.joinable())
            m_thread.join();
        return m_bytes;
    }

private:
    QByteArray m_path;
    QByteArray m_bytes;
    std::atomic<bool> m_done = false;
    std::thread m_thread;
};

} // namespace zeroplan
