#include "JsonDuplicateKeys.h"

#include "JsonObjectReader.h"

#include <QHash>

namespace zeroplan {
namespace {

// One open object or list: where it is and, for an object, the names seen so far.
struct Frame
{
    bool isObject = false;
    QString path;
    qsizetype index = 0;            // a list's current item
    QString key;                    // an object's current member
    bool expectingKey = true;       // an object: the next string is a name
    QHash<QString, qsizetype> seen; // name → its entry in the result, or -1 if given once
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string starting at the quote at `pos`; leaves `pos` past its closing quote.
// Decodes it into *text when text is given (an object's member name).
void readString(const QByteArray &json, qsizetype &pos, QString *text)
{
    ++pos; // the opening quote
    qsizetype runStart = pos;
    const auto flushRun = [&](qsizetype end) {
        if (text && end > runStart)
            text->append(QString::fromUtf8(json.constData() + runStart, end - runStart));
    };
    while (pos < json.size()) {
        const char c = json.at(pos);
        if (c == '"') {
            flushRun(pos);
            ++pos;
            return;
        }
        if (c != '\\') {
            ++pos;
            continue;
        }
        flushRun(pos);
        const char escaped = pos + 1 < json.size() ? json.at(pos + 1) : '\0';
        pos += 2;
        if (text) {
            switch (escaped) {
            case 'b':
                text->append(QLatin1Char('\b'));
                break;
            case 'f':
                text->append(QLatin1Char('\f'));
                break;
            case 'n':
                text->append(QLatin1Char('\n'));
                break;
            case 'r':
                text->append(QLatin1Char('\r'));
                break;
            case 't':
                text->append(QLatin1Char('\t'));
                break;
            case 'u': {
                int code = 0;
                for (int i = 0; i < 4 && pos + i < json.size(); ++i)
                    code = code * 16 + qMax(0, hexValue(json.at(pos + i)));
                text->append(QChar(char16_t(code)));
                break;
            }
            default:
                text->append(QLatin1Char(escaped));
                break; // " \ /
            }
        }
        if (escaped == 'u')
            pos += 4;
        runStart = pos;
    }
}

} // namespace

QList<JsonDuplicateKey> JsonDuplicateKeys::find(const QByteArray &json, qsizetype limit)
{
    QList<JsonDuplicateKey> found;
    QList<Frame> stack;
    qsizetype pos = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // The JSON pointer of the value that starts now.
    const auto valuePath = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame &top = stack.constLast();
        return top.isObject ? jsonPointer(top.path, top.key) : jsonPointer(top.path, top.index);
    };
    while (pos < json.size()) {
        const char c = json.at(pos);
        switch (c) {
        case '{':
        case '[': {
            Frame frame;
            frame.isObject = c == '{';
            frame.path = valuePath();
            stack.append(std::move(frame));
            ++pos;
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++pos;
            break;
        case ',':
            if (!stack.isEmpty()) {
                Frame &top = stack.last();
                if (top.isObject)
                    top.expectingKey = true;
                else
                    ++top.index;
            }
            ++pos;
            break;
        case '"': {
            Frame *top = stack.isEmpty() ? nullptr : &stack.last();
            if (!top || !top->isObject || !top->expectingKey) {
                readString(json, pos, nullptr);
                break;
            }
            QString key;
            readString(json, pos, &key);
            top->key = key;
            top->expectingKey = false;
            const auto seen = top->seen.find(key);
            if (seen == top->seen.end()) {
                top->seen.insert(key, -1);
            } else if (*seen >= 0) {
                ++found[*seen].count;
            } else if (found.size() < limit) {
                *seen = found.size();
                found.append({jsonPointer(top->path, key), key, 2});
            }
            break;
        }
        default:
            ++pos; // ':', white space, and the characters of numbers, true, false, null
            break;
        }
    }
    return found;
}

} // namespace zeroplan
