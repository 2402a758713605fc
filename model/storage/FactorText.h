#pragma once

#include <QList>
#include <QString>

namespace zeroplan {

struct EmissionFactor;

// The factor library's text for a reader of one language ("en", "zh_CN"; empty = the language
// of the moment, CatalogueText::currentLanguage): a factor's name and source, and a grid
// region's name with its provinces. A plan's own factor that still carries the library's text
// of its id (a copy, in either language) reads in the reader's language; text the user typed
// stays as typed. Raw region ids ("CN-East") are what files store, never what a reader sees
// for a region the library names.
class FactorText
{
public:
    static QString name(const EmissionFactor &factor, const QString &language = QString());
    static QString source(const EmissionFactor &factor, const QString &language = QString());
    // "East China grid" / "华东电网"; the id itself for a region the library does not name.
    static QString regionName(const QString &region, const QString &language = QString());
    // "East China grid (Shanghai, Jiangsu, Zhejiang, Anhui, Fujian)" /
    // "华东电网（上海、江苏、浙江、安徽、福建）"; regionName for a region without provinces.
    static QString regionWithProvinces(const QString &region, const QString &language = QString());

    // A province and the grid region that serves it.
    struct Province
    {
        QString name;
        QString region;
    };
    // Every province the library's regions serve, named in `language`, in the library's order.
    static QList<Province> provinces(const QString &language = QString());
};

} // namespace zeroplan
