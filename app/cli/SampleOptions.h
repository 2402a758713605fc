#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace zeroplan {

// The Monte Carlo options a command takes, --samples N and --seed S, read and checked the
// same way by every command that runs Monte Carlo (simulate, district). The messages keep
// the translation context of simulate, where they were first written.
class SampleOptions
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SimulateCommand)

public:
    static constexpr int kMaxSamples = 1'000'000;
    static constexpr quint64 kDefaultSeed = 1;

    // The two options, --samples described by `samplesHelp` (with %L1 for the limit).
    static QList<QCommandLineOption> options(const QString &samplesHelp);
    // Reads them from `parser`: nothing when they are fine (a count above the limit is cut to
    // it, with a warning on stderr), else the usage error's message.
    std::optional<QString> read(const QCommandLineParser &parser);

    int samples = 0; // 0: no Monte Carlo
    quint64 seed = kDefaultSeed;

private:
    std::optional<QString> readSamples(const QString &text);
    std::optional<QString> readSeed(const QString &text);
};

} // namespace zeroplan
