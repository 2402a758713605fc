#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zeroplan {

// A cost-rate parameter (a measure parameter used as a cost rate, the `rate` of the kind's
// CostRule, e.g. rooftop solar's capex_per_kwp) that the district gives to every measure of
// `kind` in each community.
struct TemplateCostRate
{
    MeasureKind kind = MeasureKind::Custom;
    QString parameter = {}; // a parameter key of the kind
    UncertainValue value = {};
    bool operator==(const TemplateCostRate &) const = default;
};

// What a district pushes to every community (docs/district.md, "The template"). Each field is
// optional: an unset or empty one is not templated. Each templated value has a key:
//   factor:<id>               a plan factor, matched by id
//   price:<carrier>/<unit>    a price, matched by carrier and unit
//   discount_rate             Community::discountRate
//   targets                   Community::targets
//   cost:<kindId>/<parameter> a cost-rate parameter of every measure of that kind
// A community keeps its own value for the keys it overrides (CommunityLink::overrides); every
// other templated value is put into its plan (apply). `version` goes up on every change, so a
// cache keyed by it (issue 17) knows the template changed.
struct DistrictTemplate
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictTemplate)

public:
    QList<EmissionFactor> factors;
    QList<Price> prices;
    std::optional<double> discountRate;
    std::optional<Targets> targets;
    QList<TemplateCostRate> costRates;
    int version = 0;

    bool isEmpty() const;
    // The keys of every templated value, in the order above (factors, prices, discount rate,
    // targets, cost rates), each list in its own order.
    QStringList keys() const;
    bool hasKey(const QString &key) const { return keys().contains(key); }

    // `plan` with every templated value whose key is not in `overrides` put in; the values it
    // overrides are left as the plan has them.
    Plan apply(const Plan &plan, const QStringList &overrides = {}) const;
    // The keys whose value in `plan` differs from the template's ("differs from the
    // template"): a factor or price the plan lacks or holds otherwise, another discount rate
    // or targets, a measure of the kind whose cost rate is not the template's. A cost rate of
    // a kind the plan has no measure of does not differ.
    QStringList differences(const Plan &plan) const;
    // Whether the value of `key` in `plan` differs from the template's (false for a key the
    // template does not hold).
    bool differs(const Plan &plan, const QString &key) const;
    // Whether plans `a` and `b` hold the same value for `key` (whatever the template holds): the
    // same factor or price, discount rate or targets; for a cost rate, the same value in every
    // measure of the kind that both plans have (by id: a measure added or removed is no change
    // of the value).
    static bool sameValue(const Plan &a, const Plan &b, const QString &key);
    // `plan` with the one value of `key` taken from the template (unchanged for a key the
    // template does not hold).
    Plan reset(const Plan &plan, const QString &key) const;

    // The template with the value of one key set (each bumps `version`): a factor or price
    // replaces the one of its key, a cost rate the one of its kind and parameter.
    void setFactor(const EmissionFactor &factor);
    void setPrice(const Price &price);
    void setDiscountRate(double rate);
    void setTargets(const Targets &targets);
    void setCostRate(const TemplateCostRate &rate);
    // Removes the value of `key` (no longer templated); false if the template has none.
    bool clear(const QString &key);

    // What the template holds for `key`, or nullptr / nothing.
    const EmissionFactor *factor(const QString &key) const;
    const Price *price(const QString &key) const;
    const TemplateCostRate *costRate(const QString &key) const;

    // The keys of each kind of value.
    static QString factorKey(const QString &id);
    static QString priceKey(const QString &carrier, const QString &unit);
    static QString discountRateKey();
    static QString targetsKey();
    static QString costKey(MeasureKind kind, const QString &parameter);
    // The parameters of `kind` a cost rate is given in (the rates of its investment and
    // running-cost rules), for the template editor to offer.
    static QStringList costRateParameters(MeasureKind kind);

    // A translated description of `key` for the UI: "Price of grid electricity (kWh)",
    // "Discount rate", "Emission factor <name>", "Targets", "Cost rate <parameter> of <kind>".
    QString keyName(const QString &key) const;
    // The template's value of `key` as text ("0.6 per kWh", "5 %", "0.5703 kg/kWh", "neutral by
    // 2050; −40 % by 2030"); empty for a key the template does not hold.
    QString valueText(const QString &key) const;

    bool operator==(const DistrictTemplate &) const = default;
};

} // namespace zeroplan
