#pragma once

#include "PlanCommand.h"
#include "plan/Residents.h"

#include <QCoreApplication>
#include <optional>

namespace zeroplan {

struct PayerPreset;
struct Plan;

// One undoable change of the plan's residents section (docs/residents.md): it keeps the
// section as it was and as it is after the change, and puts one or the other back. The section
// is small (a few splits, incomes and funding sources), so a copy per step costs little.
class EditResidents : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::EditResidents)

public:
    EditResidents(PlanDocument *document, Residents after, const QString &text,
                  QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void apply(const Residents &residents);

    Residents m_before;
    Residents m_after;
};

// Which of a measure's share lists: of its investment, its running cost or its bill savings.
enum class ShareList
{
    Capex,
    Opex,
    Savings
};

// The edits of the residents section, each one undo step (an EditResidents). Every factory
// returns nullptr when nothing would change; when the input is invalid it also sets `error`
// (if given) to a message naming the measure or source and the field, and the plan stays as it
// was. Shares are 0 … 1 here (the page shows percent).
class ResidentsEdits
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::ResidentsEdits)

public:
    // How far a list of shares may be from 100 % (as the plan check allows).
    static constexpr double kShareTolerance = 1e-6;

    // One share list of `measure` (parties with a share of 0 are left out; a party named twice
    // counts once, its shares added). Refused: a measure the plan does not have, a share
    // outside 0 … 1, or shares that do not add up to 100 % (an empty list is allowed: that
    // money stays unassigned).
    static EditResidents *setShares(PlanDocument *document, const QString &measure, ShareList list,
                                    const QList<PartyShare> &shares, QString *error = nullptr);
    // The three share lists of `measure` at once (the page's Apply), refused as setShares.
    static EditResidents *setAllShares(PlanDocument *document, const QString &measure,
                                       const QList<PartyShare> &capex,
                                       const QList<PartyShare> &opex,
                                       const QList<PartyShare> &savings, QString *error = nullptr);
    // The fixed amount `party` pays of `measure`'s investment (Capex) or running cost (Opex) in
    // `year` (none: removed), taken before the shares split the rest (docs/residents.md,
    // "Fixed amounts"). Refused: the bill savings (shares only), a year outside the plan, an
    // amount below 0, "not assigned".
    static EditResidents *setFixedAmount(PlanDocument *document, const QString &measure,
                                         ShareList list, Party party, int year,
                                         std::optional<double> amount, QString *error = nullptr);
    // The households `measure` reaches: a number (households), a share of the community's
    // households (share), or every household (neither). Refused: both, a number not above 0,
    // a share outside (0, 1].
    static EditResidents *setHouseholds(PlanDocument *document, const QString &measure,
                                        std::optional<double> households,
                                        std::optional<double> share, QString *error = nullptr);
    static EditResidents *setSplitSource(PlanDocument *document, const QString &measure,
                                         const QString &source);
    // A preset that gives no shares (PayerPreset::hasShares false): the investment shares of
    // its parties, given by the user, and the preset's source; the running cost, savings and
    // households stay. Refused: a party the preset does not name, or shares as setShares.
    static EditResidents *applyPreset(PlanDocument *document, const QString &measure,
                                      const PayerPreset &preset, const QList<PartyShare> &capex,
                                      QString *error = nullptr);
    // The Beijing coal-to-electricity preset (PayerPresets::beijingHeatPumpSplit) for a heat
    // pump costing `capexPerHousehold`, reaching `households`: the whole split in one step.
    // Refused: a cost or a number of households not above 0.
    static EditResidents *applyBeijingPreset(PlanDocument *document, const QString &measure,
                                             double capexPerHousehold, double households,
                                             QString *error = nullptr);

    // The median household income of `year` (adds the year's row when it has none). Refused:
    // an amount not above 0, a year outside the base year … horizon end.
    static EditResidents *setIncome(PlanDocument *document, int year, double amount,
                                    QString *error = nullptr);
    static EditResidents *removeIncome(PlanDocument *document, int year);
    static EditResidents *setIncomeSource(PlanDocument *document, const QString &source);
    // The affordability threshold (0.1 = 10 % of the median income; none: not judged).
    // Refused: a share outside (0, 1].
    static EditResidents *setAffordabilityShare(PlanDocument *document, std::optional<double> share,
                                                QString *error = nullptr);
    static EditResidents *setAffordabilitySource(PlanDocument *document, const QString &source);

    // A funding source with no amounts yet, at the end of the list. Refused: an empty name or
    // one another source has.
    static EditResidents *addFunding(PlanDocument *document, const QString &name, FundingKind kind,
                                     QString *error = nullptr);
    static EditResidents *removeFunding(PlanDocument *document, qsizetype index);
    // Refused as addFunding.
    static EditResidents *renameFunding(PlanDocument *document, qsizetype index,
                                        const QString &name, QString *error = nullptr);
    static EditResidents *setFundingKind(PlanDocument *document, qsizetype index, FundingKind kind);
    // The party the source pays (none: the one of its kind).
    static EditResidents *setFundingParty(PlanDocument *document, qsizetype index,
                                          std::optional<Party> party);
    static EditResidents *setFundingSource(PlanDocument *document, qsizetype index,
                                           const QString &source);
    // The amount of `year` (none: the year's row removed; adds the row when it has none).
    // Refused: a negative amount, a year outside the base year … horizon end.
    static EditResidents *setFundingAmount(PlanDocument *document, qsizetype index, int year,
                                           std::optional<double> amount, QString *error = nullptr);

    // The name a measure is shown by in messages and undo texts.
    static QString measureName(const Plan &plan, const QString &measure);
    // The list's name in messages ("investment", "running cost", "bill savings").
    static QString listName(ShareList list);
    // The shares of `list` of a split.
    static const QList<PartyShare> &shares(const PayerSplit &split, ShareList list);
};

} // namespace zeroplan
