#include "SampleOptions.h"

#include "Console.h"

#include <QCommandLineParser>
#include <algorithm>
#include <limits>

namespace zeroplan {
namespace {

const QString kSamplesOption = QStringLiteral("samples");
const QString kSeedOption = QStringLiteral("seed");

// The digits of a whole number with an optional sign; empty if `text` is not one. ASCII
// digits only: QChar::isDigit() also takes digits that toULongLong() does not.
QString unsignedDigits(const QString &text, bool *negative)
{
    QString digits = text.trimmed();
    *negative = digits.startsWith(QLatin1Char('-'));
    if (*negative || digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    return allDigits ? digits : QString();
}

} // namespace

QList<QCommandLineOption> SampleOptions::options(const QString &samplesHelp)
{
    return {{kSamplesOption, samplesHelp.arg(kMaxSamples), QStringLiteral("N")},
            {kSeedOption, tr("Seed of the Monte Carlo draws (default: %1).").arg(kDefaultSeed),
             QStringLiteral("S")}};
}

std::optional<QString> SampleOptions::read(const QCommandLineParser &parser)
{
    if (parser.isSet(kSamplesOption)) {
        if (std::optional<QString> error = readSamples(parser.value(kSamplesOption)))
            return error;
    }
    if (parser.isSet(kSeedOption))
        return readSeed(parser.value(kSeedOption));
    return std::nullopt;
}

std::optional<QString> SampleOptions::readSamples(const QString &text)
{
    bool negative = false;
    const QString digits = unsignedDigits(text, &negative);
    if (digits.isEmpty())
        return tr("--samples needs a whole number of samples, not '%1'").arg(text);
    bool fits = false;
    const qulonglong n = digits.toULongLong(&fits); // too many digits: more than the limit
    if (negative || (fits && n == 0))
        return tr("--samples must be at least 1, not %1").arg(text.trimmed());
    if (!fits || n > qulonglong(kMaxSamples)) {
        Console::error(QCoreApplication::applicationName() + QStringLiteral(": ") +
                       tr("--samples %1 is more than the limit; using %L2 samples")
                           .arg(text.trimmed())
                           .arg(kMaxSamples));
        samples = kMaxSamples;
        return std::nullopt;
    }
    samples = int(n);
    return std::nullopt;
}

std::optional<QString> SampleOptions::readSeed(const QString &text)
{
    bool negative = false;
    const QString digits = unsignedDigits(text, &negative);
    bool fits = false;
    const qulonglong value = digits.toULongLong(&fits);
    if (digits.isEmpty() || negative || !fits)
        return tr("--seed needs a whole number from 0 to %1, not '%2'")
            .arg(QString::number(std::numeric_limits<quint64>::max()), text);
    seed = value;
    return std::nullopt;
}

} // namespace zeroplan
