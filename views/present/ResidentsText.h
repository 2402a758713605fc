#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zeroplan {

struct HouseholdCard;
struct PayerTable;
struct Residents;
struct ResidentsRun;
struct ScenarioResult;

// What a plan means for residents in words and table rows, the same in the Residents page's
// outcome panel and in the printed plan (docs/residents.md): the household card's payback and
// affordability, and the rows of the per-measure and per-party tables.
class ResidentsText
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ResidentsText)

public:
    // "2027, 2028, 2030–2060": years in order, runs of three or more written as a range.
    static QString years(const QList<int> &years);
    // "1,250 CNY/yr", signed: "+120" when the bill rises, "−120" when it falls.
    static QString billChange(double perYear, const QString &currency);
    // "6 years (paid back in 2031)", "not paid back by 2060", "nothing to pay back".
    static QString payback(const HouseholdCard &card, int horizonEnd);
    // Affordability in a sentence: "above 10 % of the median income in 2027, 2028", "within
    // 10 % of the median income in every year", "not judged: no income or threshold given"
    // (never "fine" when it is not known).
    static QString affordability(const HouseholdCard &card, const Residents &residents);
    // The same in a table cell: "above in 2027, 2028", "within", "not judged".
    static QString affordabilityFlag(const HouseholdCard &card);

    // The per-measure table: header and one row per measure with households reached.
    static QStringList measureHeader();
    static QList<QStringList> measureRows(const ResidentsRun &run, const ScenarioResult &result,
                                          const QString &currency, int horizonEnd);
    // The per-party table (money over the horizon, in NumberFormat::moneyColumnUnit).
    static QStringList partyHeader(const QString &currency);
    static QList<QStringList> partyRows(const PayerTable &total, const QString &currency);
};

} // namespace zeroplan
