#pragma once

#include <QTest>

namespace zeroplan::test {

// Data rows "<sample> <language>" with columns `file` and `language`: every bundled sample
// plan (resources/samples) in English and in Chinese, for the tests that check every report.
inline void addSampleLanguageRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char *file :
         {"shenzhen-xinqiao.json", "hangzhou-hemu.json", "european-ecodistrict.json"}) {
        for (const char *language : {"en", "zh_CN"})
            QTest::addRow("%s %s", file, language)
                << QString::fromLatin1(file) << QString::fromLatin1(language);
    }
}

} // namespace zeroplan::test
