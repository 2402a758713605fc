#pragma once

#include "VersionComparison.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zeroplan {

// One line of two versions' results side by side, in words: the scenario (on its first line
// only), the figure, its value in each version and the change ("—" where a version lacks the
// scenario or the figure is a year).
struct ComparisonRow
{
    QString scenario;
    QString figure;
    QString from;
    QString to;
    QString change;
};

// The results of a VersionComparison as the app's Versions panel and zeroplan-cli diff show
// them (docs/history.md, "Compare"): business as usual's base-year gross, then per scenario
// the year neutral from, net emissions in the last year, cumulative net emissions and the
// present cost. Numbers follow the locale, to one decimal.
class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ComparisonText)

public:
    static QList<ComparisonRow> rows(const VersionComparison &comparison);
    static QString inputsHeading(const VersionComparison &comparison); // "2 inputs changed:"
};

} // namespace zeroplan
