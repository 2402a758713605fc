#include "XlsxSharedStrings.h"

#include "XlsxPart.h"

namespace zeroplan {
namespace {

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// The character of "_xHHHH_" at `at`, or -1 when there is no such escape there.
int escapedCharacter(QStringView text, qsizetype at)
{
    if (at + 7 > text.size() || text[at] != u'_' || text[at + 1] != u'x' || text[at + 6] != u'_')
        return -1;
    int value = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(text[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

bool XlsxSharedStrings::read(XlsxPart &part)
{
    QString text;
    while (part.readNext()) {
        if (!part.isStart(QLatin1StringView("si")))
            continue;
        text.resize(0);
        if (!readItem(part, QLatin1StringView("si"), &text))
            return false;
        m_text.append(text.toUtf8());
        m_ends.append(m_text.size());
    }
    return part.error().isEmpty();
}

QByteArrayView XlsxSharedStrings::at(qsizetype index) const
{
    const qsizetype begin = index == 0 ? 0 : m_ends[index - 1];
    return QByteArrayView(m_text.constData() + begin, m_ends[index] - begin);
}

bool XlsxSharedStrings::readItem(XlsxPart &part, QLatin1StringView element, QString *text)
{
    int phonetic = 0; // depth in <rPh>
    bool inText = false;
    while (part.readNext()) {
        if (part.isEnd(element)) {
            unescape(*text);
            return true;
        }
        if (part.isStart(QLatin1StringView("rPh")))
            ++phonetic;
        else if (part.isEnd(QLatin1StringView("rPh")))
            --phonetic;
        else if (part.isStart(QLatin1StringView("t")))
            inText = true;
        else if (part.isEnd(QLatin1StringView("t")))
            inText = false;
        else if (inText && phonetic == 0 && part.isText())
            text->append(part.xml().text());
    }
    return part.error().isEmpty();
}

void XlsxSharedStrings::unescape(QString &text)
{
    if (!text.contains(QLatin1StringView("_x")))
        return;
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int c = escapedCharacter(text, i);
        if (c < 0) {
            plain.append(text[i]);
        } else {
            plain.append(QChar(char16_t(c)));
            i += 6;
        }
    }
    text = plain;
}

} // namespace zeroplan
