#include "DistrictTemplate.h"

#include "inventory/Carrier.h"
#include "measures/CatalogueText.h"
#include "measures/MeasureCatalogue.h"

#include <QLocale>
#include <algorithm>

namespace zeroplan {

namespace {

const QString kFactorPrefix = QStringLiteral("factor:");
const QString kPricePrefix = QStringLiteral("price:");
const QString kCostPrefix = QStringLiteral("cost:");

// "a/b" after `prefix` as the pair (a, b); nothing when `key` is not of that shape.
std::optional<std::pair<QString, QString>> splitKey(const QString &key, const QString &prefix)
{
    if (!key.startsWith(prefix))
        return std::nullopt;
    const QString rest = key.mid(prefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1)
        return std::nullopt;
    return std::pair{rest.left(slash), rest.mid(slash + 1)};
}

// The index of the plan's price that Plan::priceOf(carrier, unit) takes: the first of the
// carrier whose unit converts to `unit`; -1 when there is none.
qsizetype effectivePrice(const Plan &plan, const QString &carrier, const QString &unit)
{
    const Carrier *c = Carriers::find(carrier);
    for (qsizetype i = 0; i < plan.prices.size(); ++i) {
        const Price &p = plan.prices[i];
        if (p.carrier != carrier)
            continue;
        if (p.unit == unit || (c && carrierUnitRatio(c, unit, p.unit)))
            return i;
    }
    return -1;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 10);
}

} // namespace

QString DistrictTemplate::factorKey(const QString &id)
{
    return kFactorPrefix + id;
}

QString DistrictTemplate::priceKey(const QString &carrier, const QString &unit)
{
    return kPricePrefix + carrier + QLatin1Char('/') + unit;
}

QString DistrictTemplate::discountRateKey()
{
    return QStringLiteral("discount_rate");
}

QString DistrictTemplate::targetsKey()
{
    return QStringLiteral("targets");
}

QString DistrictTemplate::costKey(MeasureKind kind, const QString &parameter)
{
    return kCostPrefix + measureKindId(kind) + QLatin1Char('/') + parameter;
}

QStringList DistrictTemplate::costRateParameters(MeasureKind kind)
{
    const MeasureKindSpec &spec = MeasureCatalogue::spec(kind);
    QStringList keys;
    for (const CostRule &rule : {spec.capexRule, spec.opexRule}) {
        if (rule.rate && !keys.contains(QLatin1String(rule.rate)))
            keys << QLatin1String(rule.rate);
    }
    return keys;
}

bool DistrictTemplate::isEmpty() const
{
    return factors.isEmpty() && prices.isEmpty() && !discountRate && !targets &&
           costRates.isEmpty();
}

QStringList DistrictTemplate::keys() const
{
    QStringList out;
    for (const EmissionFactor &f : factors)
        out << factorKey(f.id);
    for (const Price &p : prices)
        out << priceKey(p.carrier, p.unit);
    if (discountRate)
        out << discountRateKey();
    if (targets)
        out << targetsKey();
    for (const TemplateCostRate &c : costRates)
        out << costKey(c.kind, c.parameter);
    return out;
}

const EmissionFactor *DistrictTemplate::factor(const QString &key) const
{
    if (!key.startsWith(kFactorPrefix))
        return nullptr;
    const QString id = key.mid(kFactorPrefix.size());
    const auto it = std::find_if(factors.cbegin(), factors.cend(),
                                 [&](const EmissionFactor &f) { return f.id == id; });
    return it == factors.cend() ? nullptr : &*it;
}

const Price *DistrictTemplate::price(const QString &key) const
{
    const auto it = std::find_if(prices.cbegin(), prices.cend(), [&](const Price &p) {
        return priceKey(p.carrier, p.unit) == key;
    });
    return it == prices.cend() ? nullptr : &*it;
}

const TemplateCostRate *DistrictTemplate::costRate(const QString &key) const
{
    const auto it =
        std::find_if(costRates.cbegin(), costRates.cend(), [&](const TemplateCostRate &c) {
            return costKey(c.kind, c.parameter) == key;
        });
    return it == costRates.cend() ? nullptr : &*it;
}

bool DistrictTemplate::differs(const Plan &plan, const QString &key) const
{
    if (const EmissionFactor *f = factor(key)) {
        const auto it = std::find_if(plan.factors.cbegin(), plan.factors.cend(),
                                     [&](const EmissionFactor &p) { return p.id == f->id; });
        return it == plan.factors.cend() || *it != *f;
    }
    if (const Price *p = price(key)) {
        const qsizetype i = effectivePrice(plan, p->carrier, p->unit);
        return i < 0 || plan.prices[i] != *p;
    }
    if (key == discountRateKey())
        return discountRate && plan.community.discountRate != *discountRate;
    if (key == targetsKey())
        return targets && plan.community.targets != *targets;
    if (const TemplateCostRate *c = costRate(key)) {
        return std::any_of(plan.measures.cbegin(), plan.measures.cend(), [&](const Measure &m) {
            return m.kind == c->kind && m.parameters.value(c->parameter) != c->value;
        });
    }
    return false;
}

bool DistrictTemplate::sameValue(const Plan &a, const Plan &b, const QString &key)
{
    if (key.startsWith(kFactorPrefix)) {
        const QString id = key.mid(kFactorPrefix.size());
        const auto find = [&](const Plan &p) -> std::optional<EmissionFactor> {
            for (const EmissionFactor &f : p.factors) {
                if (f.id == id)
                    return f;
            }
            return std::nullopt;
        };
        return find(a) == find(b);
    }
    if (const auto parts = splitKey(key, kPricePrefix)) {
        const auto find = [&](const Plan &p) -> std::optional<Price> {
            const qsizetype i = effectivePrice(p, parts->first, parts->second);
            return i < 0 ? std::nullopt : std::optional<Price>(p.prices[i]);
        };
        return find(a) == find(b);
    }
    if (key == discountRateKey())
        return a.community.discountRate == b.community.discountRate;
    if (key == targetsKey())
        return a.community.targets == b.community.targets;
    if (const auto parts = splitKey(key, kCostPrefix)) {
        const std::optional<MeasureKind> kind = measureKindFromId(parts->first);
        for (const Measure &m : a.measures) {
            if (!kind || m.kind != *kind)
                continue;
            const Measure *other = b.findMeasure(m.id);
            if (other && other->kind == m.kind &&
                other->parameters.value(parts->second) != m.parameters.value(parts->second))
                return false;
        }
        return true;
    }
    return true;
}

QStringList DistrictTemplate::differences(const Plan &plan) const
{
    QStringList out;
    for (const QString &key : keys()) {
        if (differs(plan, key))
            out << key;
    }
    return out;
}

Plan DistrictTemplate::reset(const Plan &plan, const QString &key) const
{
    if (!differs(plan, key))
        return plan; // shares the plan's data: nothing copied
    Plan out = plan;
    if (const EmissionFactor *f = factor(key)) {
        const auto it = std::find_if(out.factors.begin(), out.factors.end(),
                                     [&](const EmissionFactor &p) { return p.id == f->id; });
        if (it == out.factors.end())
            out.factors.append(*f);
        else
            *it = *f;
    } else if (const Price *p = price(key)) {
        // The price the plan uses for the carrier in that unit is replaced (in its place, so it
        // stays the one Plan::priceOf finds); a plan without one gets the template's.
        const qsizetype i = effectivePrice(out, p->carrier, p->unit);
        if (i < 0)
            out.prices.append(*p);
        else
            out.prices[i] = *p;
    } else if (key == discountRateKey()) {
        out.community.discountRate = *discountRate;
    } else if (key == targetsKey()) {
        out.community.targets = *targets;
    } else if (const TemplateCostRate *c = costRate(key)) {
        for (Measure &m : out.measures) {
            if (m.kind == c->kind)
                m.parameters.insert(c->parameter, c->value);
        }
    }
    return out;
}

Plan DistrictTemplate::apply(const Plan &plan, const QStringList &overrides) const
{
    Plan out = plan;
    for (const QString &key : keys()) {
        if (!overrides.contains(key))
            out = reset(out, key);
    }
    return out;
}

void DistrictTemplate::setFactor(const EmissionFactor &f)
{
    const auto it = std::find_if(factors.begin(), factors.end(),
                                 [&](const EmissionFactor &e) { return e.id == f.id; });
    if (it == factors.end())
        factors.append(f);
    else
        *it = f;
    ++version;
}

void DistrictTemplate::setPrice(const Price &p)
{
    const QString key = priceKey(p.carrier, p.unit);
    const auto it = std::find_if(prices.begin(), prices.end(), [&](const Price &e) {
        return priceKey(e.carrier, e.unit) == key;
    });
    if (it == prices.end())
        prices.append(p);
    else
        *it = p;
    ++version;
}

void DistrictTemplate::setDiscountRate(double rate)
{
    discountRate = rate;
    ++version;
}

void DistrictTemplate::setTargets(const Targets &t)
{
    targets = t;
    ++version;
}

void DistrictTemplate::setCostRate(const TemplateCostRate &rate)
{
    const QString key = costKey(rate.kind, rate.parameter);
    const auto it =
        std::find_if(costRates.begin(), costRates.end(), [&](const TemplateCostRate &c) {
            return costKey(c.kind, c.parameter) == key;
        });
    if (it == costRates.end())
        costRates.append(rate);
    else
        *it = rate;
    ++version;
}

bool DistrictTemplate::clear(const QString &key)
{
    bool removed = false;
    if (key == discountRateKey()) {
        removed = discountRate.has_value();
        discountRate.reset();
    } else if (key == targetsKey()) {
        removed = targets.has_value();
        targets.reset();
    } else {
        removed = factors.removeIf([&](const EmissionFactor &f) {
            return factorKey(f.id) == key;
        }) + prices.removeIf([&](const Price &p) {
            return priceKey(p.carrier, p.unit) == key;
        }) + costRates.removeIf([&](const TemplateCostRate &c) {
            return costKey(c.kind, c.parameter) == key;
        }) > 0;
    }
    if (removed)
        ++version;
    return removed;
}

QString DistrictTemplate::keyName(const QString &key) const
{
    if (key == discountRateKey())
        return tr("Discount rate");
    if (key == targetsKey())
        return tr("Targets");
    if (key.startsWith(kFactorPrefix)) {
        const EmissionFactor *f = factor(key);
        const QString name = f && !f->name.isEmpty()
                                 ? f->displayName(CatalogueText::currentLanguage())
                                 : key.mid(kFactorPrefix.size());
        return tr("Emission factor %1").arg(name);
    }
    if (const auto parts = splitKey(key, kPricePrefix)) {
        const Carrier *carrier = Carriers::find(parts->first);
        QString name = carrier ? carrier->displayName() : parts->first;
        // Inside a sentence: "Grid electricity" → "grid electricity" (an acronym stays).
        if (name.size() > 1 && name[0].isUpper() && name[1].isLower())
            name[0] = name[0].toLower();
        return tr("Price of %1 (%2)").arg(name, parts->second);
    }
    if (const auto parts = splitKey(key, kCostPrefix)) {
        const std::optional<MeasureKind> kind = measureKindFromId(parts->first);
        if (!kind)
            return key;
        const MeasureKindSpec &spec = MeasureCatalogue::spec(*kind);
        const ParameterSpec *parameter = spec.parameter(parts->second);
        return tr("Cost rate %1 of %2")
            .arg(parameter ? parameter->displayName() : parts->second, spec.displayName());
    }
    return key;
}

QString DistrictTemplate::valueText(const QString &key) const
{
    if (const EmissionFactor *f = factor(key)) {
        QStringList gases;
        for (const GasAmount &g : f->gases)
            gases << (f->gases.size() == 1 && g.gas == Gas::CO2e
                          ? number(g.value)
                          : tr("%1 %2").arg(number(g.value), gasId(g.gas)));
        return tr("%1 %2").arg(gases.join(QStringLiteral(" + ")), f->unit());
    }
    if (const Price *p = price(key))
        return tr("%1 per %2").arg(number(p->price), p->unit);
    if (key == discountRateKey() && discountRate)
        return tr("%1 %").arg(number(*discountRate * 100));
    if (key == targetsKey() && targets) {
        QStringList parts;
        if (targets->neutralityYear)
            parts << tr("neutral by %1").arg(*targets->neutralityYear);
        for (const InterimTarget &i : targets->interim)
            parts << tr("−%1 % by %2").arg(number(i.cut * 100)).arg(i.year);
        if (targets->carbonBudget)
            parts << tr("budget %1 tCO2e").arg(number(*targets->carbonBudget));
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
    }
    if (const TemplateCostRate *c = costRate(key)) {
        const ParameterSpec *spec = MeasureCatalogue::spec(c->kind).parameter(c->parameter);
        const QString unit = spec ? spec->displayUnit() : QString();
        const QString value =
            c->value.isUncertain()
                ? tr("%1 (%2–%3)")
                      .arg(number(c->value.value), number(*c->value.low), number(*c->value.high))
                : number(c->value.value);
        return unit.isEmpty() ? value : tr("%1 %2").arg(value, unit);
    }
    return {};
}

} // namespace zeroplan
