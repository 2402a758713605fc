#include "DecimalAmbiguity.h"

#include <QLocale>

namespace zeroplan {

DecimalAmbiguity::DecimalAmbiguity(DecimalSeparator decimal)
    : m_watching(decimal == DecimalSeparator::Comma)
{
}

// "1.234", "-12.500", "1.234.567": one to three digits, then one or more ".ddd".
bool DecimalAmbiguity::dotsGroupThousands(QByteArrayView text)
{
    qsizetype i = (text.startsWith('-') || text.startsWith('+')) ? 1 : 0;
    qsizetype lead = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
        ++lead;
    }
    if (lead < 1 || lead > 3 || i == text.size())
        return false;
    while (i < text.size()) {
        if (text[i] != '.' || i + 4 > text.size())
            return false;
        for (qsizetype d = i + 1; d < i + 4; ++d) {
            if (text[d] < '0' || text[d] > '9')
                return false;
        }
        i += 4;
    }
    return true;
}

void DecimalAmbiguity::see(QByteArrayView text)
{
    if (!m_watching || !m_allAmbiguous)
        return;
    text = text.trimmed();
    if (text.isEmpty())
        return;
    ++m_seen;
    if (!dotsGroupThousands(text)) {
        m_allAmbiguous = false;
        return;
    }
    if (m_example.isEmpty())
        m_example = text.toByteArray();
}

bool DecimalAmbiguity::ambiguous() const
{
    return m_watching && m_allAmbiguous && m_seen > 0;
}

QString DecimalAmbiguity::note(const QString &column) const
{
    if (!ambiguous())
        return {};
    const auto value = ImportNumber::parse(m_example, DecimalSeparator::Comma);
    const QString example = QString::fromUtf8(m_example);
    QString asThousands = example;
    asThousands.remove(QLatin1Char('.'));
    if (value)
        asThousands = QString::number(*value, 'f', QLocale::FloatingPointShortest);
    return tr("ambiguous numbers in %1: every one, such as \"%2\", has a dot before exactly three "
              "digits, and with the decimal comma they were read as thousands (%2 → %3); if the "
              "dot is a decimal point there, choose decimal point")
        .arg(column, example, asThousands);
}

} // namespace zeroplan
