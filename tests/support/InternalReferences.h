#pragma once

#include <QRegularExpression>
#include <QString>
#include <algorithm>

namespace zeroplan::test {

// The first development path or label in `text` ("seeds/000", "种子文档 001",
// "reference/factors.md", "DESIGN.md", "docs/…", "/work/…"), with some text around it, or
// nothing: what must never reach a user in a source, a sample plan or a report (issue 14).
inline QString internalReference(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("seeds?/\\d|种子文档|reference/|DESIGN\\.md|\\bdocs/|/work/|"
                       "helper-notes|\\b[\\w-]+\\.md\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 40);
    return text.mid(from, m.capturedLength() + 80);
}

} // namespace zeroplan::test
