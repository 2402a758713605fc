#include "ResidentsEdits.h"

#include "PlanDocument.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "residents/PayerPresets.h"

#include <algorithm>
#include <cmath>

namespace zeroplan {

EditResidents::EditResidents(PlanDocument *document, Residents after, const QString &text,
                             QUndoCommand *parent)
    : PlanCommand(document, parent), m_before(document->plan().residents), m_after(std::move(after))
{
    setText(text);
}

void EditResidents::undo()
{
    apply(m_before);
}

void EditResidents::redo()
{
    apply(m_after);
}

void EditResidents::apply(const Residents &residents)
{
    plan().residents = residents;
    notify(ChangeEvent::changed(ChangeEvent::Part::Residents));
}

namespace {

// Sets *error when given.
void refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// A number as messages show it (up to 6 significant digits).
QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// A party's place in kAllParties: fixed amounts are kept, and taken, in this order.
int partyOrder(Party party)
{
    int i = 0;
    for (Party p : kAllParties) {
        if (p == party)
            return i;
        ++i;
    }
    return i;
}

// The split of `measure` in `residents`, added (empty) when it has none.
PayerSplit &splitOf(Residents &residents, const QString &measure)
{
    for (PayerSplit &s : residents.splits) {
        if (s.measure == measure)
            return s;
    }
    PayerSplit split;
    split.measure = measure;
    residents.splits.append(split);
    return residents.splits.back();
}

QList<PartyShare> &sharesOf(PayerSplit &split, ShareList list)
{
    switch (list) {
    case ShareList::Capex:
        return split.capex;
    case ShareList::Opex:
        return split.opex;
    case ShareList::Savings:
        break;
    }
    return split.savings;
}

// A split with nothing in it says nothing: it goes, so that the file stays as it was.
void dropEmptySplits(Residents &residents)
{
    residents.splits.removeIf([](const PayerSplit &s) {
        return s.capex.isEmpty() && s.opex.isEmpty() && s.savings.isEmpty() &&
               s.capexAmounts.isEmpty() && s.opexAmounts.isEmpty() && !s.households &&
               !s.householdShare && s.source.isEmpty();
    });
}

// `shares` merged by party in the order of the file's parties, zero shares left out; nullopt
// and *error set when a share is outside 0 … 1 or the list does not add up to 100 %.
std::optional<QList<PartyShare>> checkedShares(const QString &measureName, ShareList list,
                                               const QList<PartyShare> &shares, QString *error)
{
    QList<PartyShare> merged;
    double sum = 0;
    for (Party party : kFileParties) {
        double share = 0;
        bool named = false;
        for (const PartyShare &s : shares) {
            if (s.party != party)
                continue;
            if (!(s.share >= 0 && s.share <= 1)) {
                refuse(error, ResidentsEdits::tr("Measure “%1”: the %2 share of %3 is %4 %; a "
                                                 "share is from 0 to 100 %.")
                                  .arg(measureName, ResidentsEdits::listName(list),
                                       partyName(party), number(s.share * 100)));
                return std::nullopt;
            }
            share += s.share;
            named = true;
        }
        if (named && share > 0)
            merged.append({party, share});
        sum += share;
    }
    for (const PartyShare &s : shares) {
        if (s.party == Party::Unassigned && s.share != 0) {
            refuse(error, ResidentsEdits::tr("Measure “%1”: the %2 cannot be given to “%3”.")
                              .arg(measureName, ResidentsEdits::listName(list),
                                   partyName(Party::Unassigned)));
            return std::nullopt;
        }
    }
    if (!merged.isEmpty() && std::abs(sum - 1) > ResidentsEdits::kShareTolerance) {
        refuse(error, ResidentsEdits::tr("Measure “%1”: the %2 shares add up to %3 %; they must "
                                         "add up to 100 % (or all be empty).")
                          .arg(measureName, ResidentsEdits::listName(list),
                               number(std::round(sum * 10000) / 100)));
        return std::nullopt;
    }
    return merged;
}

// Whether the plan has `measure`; sets *error when not.
bool hasMeasure(const Plan &plan, const QString &measure, QString *error)
{
    if (plan.findMeasure(measure))
        return true;
    refuse(error, ResidentsEdits::tr("The plan has no measure “%1”.").arg(measure));
    return false;
}

// Whether `year` is one the residents' figures may have; sets *error (naming `what`) when not.
bool yearInPlan(const Plan &plan, int year, const QString &what, QString *error)
{
    if (year >= plan.community.baseYear && year <= plan.community.horizonEnd)
        return true;
    refuse(error, ResidentsEdits::tr("%1: the year %2 is outside the plan's years %3–%4.")
                      .arg(what)
                      .arg(year)
                      .arg(plan.community.baseYear)
                      .arg(plan.community.horizonEnd));
    return false;
}

// The year rows of `amounts` with `year` set to `amount` (added in year order when new).
void setYearAmount(QList<YearAmount> &amounts, int year, double amount)
{
    for (YearAmount &a : amounts) {
        if (a.year == year) {
            a.amount = amount;
            return;
        }
    }
    qsizetype at = 0;
    while (at < amounts.size() && amounts.at(at).year < year)
        ++at;
    amounts.insert(at, {year, amount});
}

// Whether a funding source other than `index` is named `name`.
bool fundingNameTaken(const Residents &residents, const QString &name, qsizetype index)
{
    for (qsizetype i = 0; i < residents.funding.size(); ++i) {
        if (i != index && residents.funding.at(i).name.trimmed() == name.trimmed())
            return true;
    }
    return false;
}

// A funding source's name checked; sets *error when refused.
bool checkFundingName(const Residents &residents, const QString &name, qsizetype index,
                      QString *error)
{
    if (name.trimmed().isEmpty()) {
        refuse(error, ResidentsEdits::tr("Funding source: the name is empty."));
        return false;
    }
    if (fundingNameTaken(residents, name, index)) {
        refuse(error, ResidentsEdits::tr("Funding source: another source is already named “%1”.")
                          .arg(name.trimmed()));
        return false;
    }
    return true;
}

// The command, or nullptr when `after` is what the plan has.
EditResidents *edit(PlanDocument *document, Residents after, const QString &text)
{
    dropEmptySplits(after);
    if (after == document->plan().residents)
        return nullptr;
    return new EditResidents(document, std::move(after), text);
}

} // namespace

QString ResidentsEdits::measureName(const Plan &plan, const QString &measure)
{
    const Measure *m = plan.findMeasure(measure);
    return m ? MeasureCatalogue::displayName(*m) : measure;
}

QString ResidentsEdits::listName(ShareList list)
{
    switch (list) {
    case ShareList::Capex:
        return tr("investment");
    case ShareList::Opex:
        return tr("running cost");
    case ShareList::Savings:
        break;
    }
    return tr("bill savings");
}

const QList<PartyShare> &ResidentsEdits::shares(const PayerSplit &split, ShareList list)
{
    switch (list) {
    case ShareList::Capex:
        return split.capex;
    case ShareList::Opex:
        return split.opex;
    case ShareList::Savings:
        break;
    }
    return split.savings;
}

EditResidents *ResidentsEdits::setShares(PlanDocument *document, const QString &measure,
                                         ShareList list, const QList<PartyShare> &shares,
                                         QString *error)
{
    const Plan &plan = document->plan();
    if (!hasMeasure(plan, measure, error))
        return nullptr;
    const QString name = measureName(plan, measure);
    const std::optional<QList<PartyShare>> checked = checkedShares(name, list, shares, error);
    if (!checked)
        return nullptr;
    Residents after = plan.residents;
    sharesOf(splitOf(after, measure), list) = *checked;
    return edit(document, std::move(after),
                tr("Change who pays the %1 of %2").arg(listName(list), name));
}

EditResidents *ResidentsEdits::setAllShares(PlanDocument *document, const QString &measure,
                                            const QList<PartyShare> &capex,
                                            const QList<PartyShare> &opex,
                                            const QList<PartyShare> &savings, QString *error)
{
    const Plan &plan = document->plan();
    if (!hasMeasure(plan, measure, error))
        return nullptr;
    const QString name = measureName(plan, measure);
    Residents after = plan.residents;
    PayerSplit &split = splitOf(after, measure);
    for (const auto &[list, shares] :
         {std::pair{ShareList::Capex, &capex}, std::pair{ShareList::Opex, &opex},
          std::pair{ShareList::Savings, &savings}}) {
        const std::optional<QList<PartyShare>> checked = checkedShares(name, list, *shares, error);
        if (!checked)
            return nullptr;
        sharesOf(split, list) = *checked;
    }
    return edit(document, std::move(after), tr("Change who pays for %1").arg(name));
}

EditResidents *ResidentsEdits::setHouseholds(PlanDocument *document, const QString &measure,
                                             std::optional<double> households,
                                             std::optional<double> share, QString *error)
{
    const Plan &plan = document->plan();
    if (!hasMeasure(plan, measure, error))
        return nullptr;
    const QString name = measureName(plan, measure);
    if (households && share) {
        refuse(error, tr("Measure “%1”: give either a number of households or a share of "
                         "households, not both.")
                          .arg(name));
        return nullptr;
    }
    if (households && !(*households > 0 && std::isfinite(*households))) {
        refuse(error, tr("Measure “%1”: the households reached must be more than 0; this is %2.")
                          .arg(name, number(*households)));
        return nullptr;
    }
    if (share && !(*share > 0 && *share <= 1)) {
        refuse(error, tr("Measure “%1”: the share of households reached is %2 %; it must be "
                         "above 0 and at most 100 %.")
                          .arg(name, number(*share * 100)));
        return nullptr;
    }
    Residents after = plan.residents;
    PayerSplit &split = splitOf(after, measure);
    split.households = households;
    split.householdShare = share;
    return edit(document, std::move(after), tr("Change the households %1 reaches").arg(name));
}

EditResidents *ResidentsEdits::setSplitSource(PlanDocument *document, const QString &measure,
                                              const QString &source)
{
    const Plan &plan = document->plan();
    if (!plan.findMeasure(measure))
        return nullptr;
    Residents after = plan.residents;
    splitOf(after, measure).source = source.trimmed();
    return edit(document, std::move(after),
                tr("Change the source of who pays for %1").arg(measureName(plan, measure)));
}

EditResidents *ResidentsEdits::applyPreset(PlanDocument *document, const QString &measure,
                                           const PayerPreset &preset,
                                           const QList<PartyShare> &capex, QString *error)
{
    const Plan &plan = document->plan();
    if (!hasMeasure(plan, measure, error))
        return nullptr;
    const QString name = measureName(plan, measure);
    for (const PartyShare &s : capex) {
        if (s.share != 0 && !preset.capexParties.contains(s.party)) {
            refuse(error, tr("Measure “%1”: the preset “%2” does not name %3.")
                              .arg(name, preset.name, partyName(s.party)));
            return nullptr;
        }
    }
    const std::optional<QList<PartyShare>> checked =
        checkedShares(name, ShareList::Capex, capex, error);
    if (!checked)
        return nullptr;
    if (checked->isEmpty()) {
        refuse(error, tr("Measure “%1”: give the investment shares the preset “%2” asks for.")
                          .arg(name, preset.name));
        return nullptr;
    }
    Residents after = plan.residents;
    PayerSplit &split = splitOf(after, measure);
    split.capex = *checked;
    split.source = preset.source;
    return edit(document, std::move(after),
                tr("Apply the preset “%1” to %2").arg(preset.name, name));
}

EditResidents *ResidentsEdits::applyBeijingPreset(PlanDocument *document, const QString &measure,
                                                  double capexPerHousehold, double households,
                                                  QString *error)
{
    const Plan &plan = document->plan();
    if (!hasMeasure(plan, measure, error))
        return nullptr;
    const QString name = measureName(plan, measure);
    if (!(capexPerHousehold > 0 && std::isfinite(capexPerHousehold))) {
        refuse(error, tr("Measure “%1”: the investment per household must be more than 0; this "
                         "is %2.")
                          .arg(name, number(capexPerHousehold)));
        return nullptr;
    }
    if (!(households > 0 && std::isfinite(households))) {
        refuse(error, tr("Measure “%1”: the households reached must be more than 0; this is %2.")
                          .arg(name, number(households)));
        return nullptr;
    }
    Residents after = plan.residents;
    splitOf(after, measure) =
        PayerPresets::beijingHeatPumpSplit(measure, capexPerHousehold, households);
    return edit(
        document, std::move(after),
        tr("Apply the preset “%1” to %2").arg(PayerPresets::beijingCoalToElectricity().name, name));
}

EditResidents *ResidentsEdits::setIncome(PlanDocument *document, int year, double amount,
                                         QString *error)
{
    const Plan &plan = document->plan();
    if (!yearInPlan(plan, year, tr("Median household income"), error))
        return nullptr;
    if (!(amount > 0 && std::isfinite(amount))) {
        refuse(error, tr("Median household income of %1: %2 must be more than 0.")
                          .arg(year)
                          .arg(number(amount)));
        return nullptr;
    }
    Residents after = plan.residents;
    setYearAmount(after.medianIncome, year, amount);
    return edit(document, std::move(after), tr("Change the median income of %1").arg(year));
}

EditResidents *ResidentsEdits::removeIncome(PlanDocument *document, int year)
{
    Residents after = document->plan().residents;
    after.medianIncome.removeIf([year](const YearAmount &a) { return a.year == year; });
    return edit(document, std::move(after), tr("Remove the median income of %1").arg(year));
}

EditResidents *ResidentsEdits::setIncomeSource(PlanDocument *document, const QString &source)
{
    Residents after = document->plan().residents;
    after.incomeSource = source.trimmed();
    return edit(document, std::move(after), tr("Change the source of the median income"));
}

EditResidents *ResidentsEdits::setAffordabilityShare(PlanDocument *document,
                                                     std::optional<double> share, QString *error)
{
    if (share && !(*share > 0 && *share <= 1)) {
        refuse(error, tr("Affordability threshold: %1 % must be above 0 and at most 100 %.")
                          .arg(number(*share * 100)));
        return nullptr;
    }
    Residents after = document->plan().residents;
    after.affordabilityShare = share;
    return edit(document, std::move(after), tr("Change the affordability threshold"));
}

EditResidents *ResidentsEdits::setAffordabilitySource(PlanDocument *document, const QString &source)
{
    Residents after = document->plan().residents;
    after.affordabilitySource = source.trimmed();
    return edit(document, std::move(after), tr("Change the source of the affordability threshold"));
}

EditResidents *ResidentsEdits::addFunding(PlanDocument *document, const QString &name,
                                          FundingKind kind, QString *error)
{
    Residents after = document->plan().residents;
    if (!checkFundingName(after, name, -1, error))
        return nullptr;
    FundingSource source;
    source.name = name.trimmed();
    source.kind = kind;
    after.funding.append(source);
    return edit(document, std::move(after), tr("Add funding source “%1”").arg(source.name));
}

EditResidents *ResidentsEdits::removeFunding(PlanDocument *document, qsizetype index)
{
    Residents after = document->plan().residents;
    if (index < 0 || index >= after.funding.size())
        return nullptr;
    const QString name = after.funding.takeAt(index).name;
    return edit(document, std::move(after), tr("Remove funding source “%1”").arg(name));
}

EditResidents *ResidentsEdits::renameFunding(PlanDocument *document, qsizetype index,
                                             const QString &name, QString *error)
{
    Residents after = document->plan().residents;
    if (index < 0 || index >= after.funding.size() || !checkFundingName(after, name, index, error))
        return nullptr;
    const QString old = after.funding.at(index).name;
    after.funding[index].name = name.trimmed();
    return edit(document, std::move(after),
                tr("Rename funding source “%1” to “%2”").arg(old, name.trimmed()));
}

EditResidents *ResidentsEdits::setFundingKind(PlanDocument *document, qsizetype index,
                                              FundingKind kind)
{
    Residents after = document->plan().residents;
    if (index < 0 || index >= after.funding.size())
        return nullptr;
    after.funding[index].kind = kind;
    return edit(document, std::move(after),
                tr("Change the kind of funding source “%1”").arg(after.funding.at(index).name));
}

EditResidents *ResidentsEdits::setFundingParty(PlanDocument *document, qsizetype index,
                                               std::optional<Party> party)
{
    Residents after = document->plan().residents;
    if (index < 0 || index >= after.funding.size() || party == Party::Unassigned)
        return nullptr;
    after.funding[index].party = party;
    return edit(document, std::move(after),
                tr("Change whom funding source “%1” pays for").arg(after.funding.at(index).name));
}

EditResidents *ResidentsEdits::setFundingSource(PlanDocument *document, qsizetype index,
                                                const QString &source)
{
    Residents after = document->plan().residents;
    if (index < 0 || index >= after.funding.size())
        return nullptr;
    after.funding[index].source = source.trimmed();
    return edit(document, std::move(after),
                tr("Change the source of funding source “%1”").arg(after.funding.at(index).name));
}

EditResidents *ResidentsEdits::setFundingAmount(PlanDocument *document, qsizetype index, int year,
                                                std::optional<double> amount, QString *error)
{
    const Plan &plan = document->plan();
    Residents after = plan.residents;
    if (index < 0 || index >= after.funding.size())
        return nullptr;
    FundingSource &source = after.funding[index];
    if (!amount) {
        source.amounts.removeIf([year](const YearAmount &a) { return a.year == year; });
        return edit(document, std::move(after),
                    tr("Remove %1 from funding source “%2”").arg(year).arg(source.name));
    }
    if (!yearInPlan(plan, year, tr("Funding source “%1”").arg(source.name), error))
        return nullptr;
    if (!(*amount >= 0 && std::isfinite(*amount))) {
        refuse(error, tr("Funding source “%1”: the amount of %2 is %3; it must be at least 0.")
                          .arg(source.name)
                          .arg(year)
                          .arg(number(*amount)));
        return nullptr;
    }
    setYearAmount(source.amounts, year, *amount);
    return edit(document, std::move(after),
                tr("Change the amount of %1 of funding source “%2”").arg(year).arg(source.name));
}

EditResidents *ResidentsEdits::setFixedAmount(PlanDocument *document, const QString &measure,
                                              ShareList list, Party party, int year,
                                              std::optional<double> amount, QString *error)
{
    const Plan &plan = document->plan();
    if (!hasMeasure(plan, measure, error) || list == ShareList::Savings)
        return nullptr;
    const QString name = measureName(plan, measure);
    const QString what =
        tr("Measure “%1”: the fixed %2 of %3").arg(name, listName(list), partyName(party));
    if (party == Party::Unassigned) {
        refuse(error, tr("Measure “%1”: the %2 cannot be given to “%3”.")
                          .arg(name, listName(list), partyName(party)));
        return nullptr;
    }
    if (amount && !yearInPlan(plan, year, what, error))
        return nullptr;
    if (amount && !(*amount >= 0 && std::isfinite(*amount))) {
        refuse(error, tr("%1: the amount of %2 is %3; it must be at least 0.")
                          .arg(what)
                          .arg(year)
                          .arg(number(*amount)));
        return nullptr;
    }
    Residents after = plan.residents;
    PayerSplit &split = splitOf(after, measure);
    QList<PartyAmounts> &fixed = list == ShareList::Capex ? split.capexAmounts : split.opexAmounts;
    qsizetype at = -1;
    for (qsizetype i = 0; i < fixed.size(); ++i) {
        if (fixed.at(i).party == party)
            at = i;
    }
    if (amount) {
        if (at < 0) { // a new party's entry, in the parties' order
            qsizetype before = 0;
            while (before < fixed.size() && partyOrder(fixed.at(before).party) < partyOrder(party))
                ++before;
            fixed.insert(before, PartyAmounts{party, {}});
            at = before;
        }
        setYearAmount(fixed[at].amounts, year, *amount);
    } else if (at >= 0) {
        fixed[at].amounts.removeIf([year](const YearAmount &a) { return a.year == year; });
        if (fixed.at(at).amounts.isEmpty())
            fixed.removeAt(at);
    }
    return edit(document, std::move(after),
                amount ? tr("Change the fixed %1 of %2 paid by %3 in %4")
                             .arg(listName(list), name, partyName(party))
                             .arg(year)
                       : tr("Remove the fixed %1 of %2 paid by %3 in %4")
                             .arg(listName(list), name, partyName(party))
                             .arg(year));
}

} // namespace zeroplan
