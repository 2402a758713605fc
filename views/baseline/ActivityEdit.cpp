#include "ActivityEdit.h"

#include "ActivityTableModel.h"
#include "import/ImportNumber.h"
#include "import/ImportVocabulary.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "plan/DefaultFactor.h"
#include "plan/FactorResolver.h"
#include "plan/Plan.h"
#include "storage/ProblemReport.h"

#include <QLocale>
#include <cmath>

namespace zeroplan {

namespace {

// A value by its id ("stationary_energy", "high", "NO"), else by the words import knows.
template <typename T>
std::optional<T> recognised(const QString &text, std::optional<T> (*fromId)(const QString &),
                            std::optional<T> (*fromWords)(const QString &))
{
    const std::optional<T> byId = fromId(text);
    return byId ? byId : fromWords(text);
}

// The line with `field` set to `value`; nothing, with `problem` as the reason, if there is none.
template <typename T>
std::optional<ActivityLine> withField(ActivityLine line, T ActivityLine::*field,
                                      const std::optional<T> &value, const QString &problem,
                                      QString *reason)
{
    if (!value) {
        *reason = problem;
        return std::nullopt;
    }
    line.*field = *value;
    return line;
}

} // namespace

ActivityEdit::ActivityEdit(const Plan &plan, const FactorLibrary &library)
    : m_plan(plan), m_library(library)
{
}

std::optional<ActivityLine> ActivityEdit::apply(ActivityLine line, int column,
                                                const QVariant &value, QString *reason) const
{
    using Model = ActivityTableModel;
    const QString text = value.toString().trimmed();
    switch (column) {
    case Model::SectorColumn:
        return withField(line, &ActivityLine::sector,
                         recognised(text, sectorFromId, ImportVocabulary::sector),
                         tr("“%1” is not a GPC sector").arg(text), reason);
    case Model::SubsectorColumn:
        line.subsector = text;
        return line;
    case Model::CarrierColumn:
        return withCarrier(line, text, reason);
    case Model::AmountColumn:
        if (const std::optional<double> number = amount(value, reason)) {
            line.amount = *number;
            return line;
        }
        return std::nullopt;
    case Model::UnitColumn:
        return withUnit(line, text, reason);
    case Model::FactorColumn:
        return withFactor(line, text, reason);
    case Model::ScopeColumn:
        return withField(line, &ActivityLine::scope, ImportVocabulary::scope(text),
                         tr("“%1” is not a scope; use 1, 2 or 3").arg(text), reason);
    case Model::DataQualityColumn:
        return withField(line, &ActivityLine::dataQuality,
                         recognised(text, dataQualityFromId, ImportVocabulary::dataQuality),
                         tr("“%1” is not a data quality; use high, medium or low").arg(text),
                         reason);
    case Model::NotationKeyColumn:
        return withField(line, &ActivityLine::notationKey,
                         recognised(text, notationKeyFromId, ImportVocabulary::notationKey),
                         tr("“%1” is not a notation key; use NO, IE, NE, C or nothing").arg(text),
                         reason);
    case Model::SourceColumn:
        line.source = value.toString();
        return line;
    default:
        *reason = tr("this column can't be edited");
        return std::nullopt;
    }
}

std::optional<double> ActivityEdit::amount(const QVariant &value, QString *reason)
{
    std::optional<double> number;
    const QMetaType type = value.metaType();
    if (type == QMetaType::fromType<double>() || type == QMetaType::fromType<int>() ||
        type == QMetaType::fromType<qlonglong>()) {
        number = value.toDouble();
    } else {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *reason = tr("the amount is empty; give a number (0 or more)");
            return std::nullopt;
        }
        // The user's locale decides the decimal sign, as in every spin box of the app.
        const bool comma = QLocale().decimalPoint() == QLatin1String(",");
        number = ImportNumber::parse(text.toUtf8(),
                                     comma ? DecimalSeparator::Comma : DecimalSeparator::Point);
        if (!number) {
            *reason = tr("“%1” is not a number").arg(text);
            return std::nullopt;
        }
    }
    if (!std::isfinite(*number)) {
        *reason = tr("the amount must be a finite number");
        return std::nullopt;
    }
    if (*number < 0) {
        *reason = tr("%1 is negative; an amount is 0 or more").arg(ProblemReport::number(*number));
        return std::nullopt;
    }
    return number;
}

std::optional<ActivityLine> ActivityEdit::withCarrier(ActivityLine line, const QString &text,
                                                      QString *reason) const
{
    const QString id = Carriers::find(text) ? text : ImportVocabulary::carrier(text);
    const Carrier *carrier = Carriers::find(id);
    if (!carrier) {
        *reason = tr("“%1” is not a carrier ZeroPlan knows").arg(text);
        return std::nullopt;
    }
    if (id == line.carrier)
        return line;
    const QString old = line.carrier;
    line.carrier = id;
    if (line.scope == defaultScope(old))
        line.scope = defaultScope(id);
    if (line.sector == defaultSector(old))
        line.sector = defaultSector(id);
    // The new carrier's usual unit (gas from the bill in m³, petrol in L, heat in GJ): a unit
    // kept from the old carrier would be read in the wrong one (kWh of gas is 10.8× less gas).
    line.unit = carrier->usualUnit.isEmpty() ? Units::baseSymbol(carrier->dimensions.first())
                                             : carrier->usualUnit;
    if (!factorFits(line))
        line.factor = defaultFactor(line);
    return line;
}

std::optional<ActivityLine> ActivityEdit::withUnit(ActivityLine line, const QString &text,
                                                   QString *reason) const
{
    const auto unit = Units::find(text);
    if (!unit) {
        *reason = tr("“%1” is not a unit ZeroPlan knows").arg(text);
        return std::nullopt;
    }
    const Carrier *carrier = Carriers::find(line.carrier);
    if (carrier && !carrier->fits(unit->dimension)) {
        *reason =
            tr("%1 is a unit of %2, which doesn't fit %3")
                .arg(unit->symbol, Units::dimensionName(unit->dimension), carrier->displayName());
        return std::nullopt;
    }
    line.unit = unit->symbol;
    if (!factorFits(line))
        line.factor = defaultFactor(line);
    return line;
}

std::optional<ActivityLine> ActivityEdit::withFactor(ActivityLine line, const QString &id,
                                                     QString *reason) const
{
    const EmissionFactor *factor = FactorResolver(m_plan, m_library).find(id);
    if (!factor) {
        *reason = tr("there is no emission factor “%1” in the plan or the library").arg(id);
        return std::nullopt;
    }
    const QString old = line.factor;
    line.factor = id;
    if (!factorFits(line) && id != old) {
        *reason =
            tr("“%1” is a factor per %2, which doesn't fit %3 in %4")
                .arg(id, factor->activityUnit, ProblemReport::carrierName(line.carrier), line.unit);
        return std::nullopt;
    }
    return line;
}

bool ActivityEdit::factorFits(const ActivityLine &line) const
{
    const EmissionFactor *factor = FactorResolver(m_plan, m_library).find(line.factor);
    if (!factor || (!factor->carrier.isEmpty() && factor->carrier != line.carrier))
        return false;
    const auto factorUnit = Units::find(factor->activityUnit);
    const auto lineUnit = Units::find(line.unit);
    return factorUnit && lineUnit && factorUnit->dimension == lineUnit->dimension;
}

QString ActivityEdit::defaultFactor(const ActivityLine &line) const
{
    return DefaultFactor::choose(m_plan, m_library, line.carrier, line.unit).factor;
}

} // namespace zeroplan
