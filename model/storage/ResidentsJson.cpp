#include "ResidentsJson.h"

#include <QJsonArray>

namespace zeroplan {
namespace {

QJsonObject writeShares(const QList<PartyShare> &shares)
{
    QJsonObject o;
    for (const PartyShare &s : shares)
        o.insert(partyId(s.party), s.share);
    return o;
}

QJsonArray writeAmounts(const QList<YearAmount> &amounts)
{
    QJsonArray out;
    for (const YearAmount &a : amounts)
        out.append(
            QJsonObject{{QStringLiteral("year"), a.year}, {QStringLiteral("amount"), a.amount}});
    return out;
}

// A split's fixed amounts: one list of {year, amount} per party id.
QJsonObject writePartyAmounts(const QList<PartyAmounts> &list)
{
    QJsonObject o;
    for (const PartyAmounts &pa : list)
        o.insert(partyId(pa.party), writeAmounts(pa.amounts));
    return o;
}

QJsonObject writeSplit(const PayerSplit &s)
{
    QJsonObject o{
        {QStringLiteral("measure"), s.measure},
        {QStringLiteral("capex"), writeShares(s.capex)},
        {QStringLiteral("opex"), writeShares(s.opex)},
        {QStringLiteral("savings"), writeShares(s.savings)},
        {QStringLiteral("source"), s.source},
    };
    if (!s.capexAmounts.isEmpty())
        o.insert(QStringLiteral("capex_amounts"), writePartyAmounts(s.capexAmounts));
    if (!s.opexAmounts.isEmpty())
        o.insert(QStringLiteral("opex_amounts"), writePartyAmounts(s.opexAmounts));
    if (s.households)
        o.insert(QStringLiteral("households"), *s.households);
    if (s.householdShare)
        o.insert(QStringLiteral("household_share"), *s.householdShare);
    return o;
}

QJsonObject writeFunding(const FundingSource &f)
{
    QJsonObject o{
        {QStringLiteral("name"), f.name},
        {QStringLiteral("kind"), fundingKindId(f.kind)},
        {QStringLiteral("amounts"), writeAmounts(f.amounts)},
        {QStringLiteral("source"), f.source},
    };
    if (f.party)
        o.insert(QStringLiteral("party"), partyId(*f.party));
    return o;
}

// The shares object `key` of `r`: one number per party id; unknown ids are warned about.
QList<PartyShare> readShares(JsonObjectReader &r, const char *key)
{
    QList<PartyShare> shares;
    std::optional<JsonObjectReader> o = r.object(key, Presence::Optional);
    if (!o)
        return shares;
    for (Party p : kFileParties) {
        const QByteArray id = partyId(p).toLatin1();
        if (std::optional<double> share = o->number(id.constData(), Presence::Optional))
            shares.append({p, *share});
    }
    o->warnUnknownKeys();
    return shares;
}

QList<YearAmount> readAmounts(JsonObjectReader &r, const char *key, PlanProblems &problems)
{
    return r.list(key, [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader a(v, p, problems);
        YearAmount amount;
        amount.year = a.integer("year", Presence::Required).value_or(0);
        amount.amount = a.number("amount", Presence::Required).value_or(0);
        a.warnUnknownKeys();
        return amount;
    });
}

// The fixed amounts object `key` of `r`: a list of {year, amount} per party id, in the
// parties' order; unknown ids are warned about.
QList<PartyAmounts> readPartyAmounts(JsonObjectReader &r, const char *key, PlanProblems &problems)
{
    QList<PartyAmounts> list;
    std::optional<JsonObjectReader> o = r.object(key, Presence::Optional);
    if (!o)
        return list;
    for (Party p : kFileParties) {
        const QByteArray id = partyId(p).toLatin1();
        if (o->has(id.constData()))
            list.append({p, readAmounts(*o, id.constData(), problems)});
    }
    o->warnUnknownKeys();
    return list;
}

} // namespace

QJsonObject ResidentsJson::write(const Residents &residents)
{
    QJsonArray splits;
    for (const PayerSplit &s : residents.splits)
        splits.append(writeSplit(s));
    QJsonArray funding;
    for (const FundingSource &f : residents.funding)
        funding.append(writeFunding(f));
    QJsonObject o{
        {QStringLiteral("splits"), splits},
        {QStringLiteral("median_income"), writeAmounts(residents.medianIncome)},
        {QStringLiteral("income_source"), residents.incomeSource},
        {QStringLiteral("affordability_source"), residents.affordabilitySource},
        {QStringLiteral("funding"), funding},
    };
    if (residents.affordabilityShare)
        o.insert(QStringLiteral("affordability_share"), *residents.affordabilityShare);
    return o;
}

Residents ResidentsJson::read(JsonObjectReader &r)
{
    PlanProblems &problems = r.problems();
    Residents residents;
    residents.splits = r.list("splits", [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader s(v, p, problems);
        PayerSplit split;
        split.measure = s.text("measure", Presence::Required).value_or(QString());
        split.capex = readShares(s, "capex");
        split.opex = readShares(s, "opex");
        split.savings = readShares(s, "savings");
        split.capexAmounts = readPartyAmounts(s, "capex_amounts", problems);
        split.opexAmounts = readPartyAmounts(s, "opex_amounts", problems);
        split.households = s.number("households", Presence::Optional);
        split.householdShare = s.number("household_share", Presence::Optional);
        split.source = s.text("source", QString());
        s.warnUnknownKeys();
        return split;
    });
    residents.medianIncome = readAmounts(r, "median_income", problems);
    residents.incomeSource = r.text("income_source", QString());
    residents.affordabilityShare = r.number("affordability_share", Presence::Optional);
    residents.affordabilitySource = r.text("affordability_source", QString());
    residents.funding = r.list("funding", [&](const QJsonValue &v, const QString &p) {
        JsonObjectReader f(v, p, problems);
        FundingSource source;
        source.name = f.text("name", Presence::Required).value_or(QString());
        source.kind = f.choice("kind", Presence::Required, kAllFundingKinds, fundingKindId)
                          .value_or(FundingKind::Other);
        source.party = f.choice("party", Presence::Optional, kFileParties, partyId);
        source.amounts = readAmounts(f, "amounts", problems);
        source.source = f.text("source", QString());
        f.warnUnknownKeys();
        return source;
    });
    r.warnUnknownKeys();
    return residents;
}

} // namespace zeroplan
