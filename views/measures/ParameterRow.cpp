#include "ParameterRow.h"

#include "ChangeValue.h"
#include "MeasureIndex.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "ScenarioValueEdit.h"
#include "measures/MeasureCatalogue.h"
#include "plan/ScenarioValues.h"
#include "present/NumberFormat.h"
#include "present/ParameterDisplay.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace zeroplan {
namespace {

// Places enough to show each of `values` exactly (up to 4), so 0.011 kWh/km is not "0.01".
int decimalsFor(std::initializer_list<double> values, int atLeast)
{
    int decimals = atLeast;
    for (const double v : values) {
        int d = 0;
        while (d < 4 && std::abs(std::round(v * std::pow(10.0, d)) - v * std::pow(10.0, d)) >
                            1e-6 * std::max(1.0, std::abs(v * std::pow(10.0, d))))
            ++d;
        decimals = std::max(decimals, d);
    }
    return decimals;
}

QString confidenceText(Confidence c)
{
    switch (c) {
    case Confidence::High:
        return ParameterRow::tr("high");
    case Confidence::Medium:
        return ParameterRow::tr("medium");
    case Confidence::Low:
        return ParameterRow::tr("low");
    }
    return {};
}

} // namespace

ParameterRow::ParameterRow(PlanDocument *document, const QString &measureId,
                           const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent), m_document(document), m_measureId(measureId), m_spec(spec),
      m_key(QString::fromLatin1(spec.key)), m_scale(ParameterDisplay::scale(spec)),
      m_likely(makeSpinBox(QStringLiteral("parameter_%1SpinBox").arg(m_key))),
      m_low(makeSpinBox(QStringLiteral("parameter_%1LowSpinBox").arg(m_key))),
      m_high(makeSpinBox(QStringLiteral("parameter_%1HighSpinBox").arg(m_key))),
      m_warning(new QLabel(this))
{
    // Places the unit needs as shown (a share's 3 places are 1 as per cent), so a value with
    // more places than the default's can be typed: 0.03 per kWh where the default is 0.
    m_unitDecimals = std::max(0, m_spec.decimals() - int(std::lround(std::log10(m_scale))));
    m_low->setToolTip(tr("Low end of the range for the uncertainty analysis"));
    m_high->setToolTip(tr("High end of the range for the uncertainty analysis"));
    m_likely->setToolTip(toolTipText());
    // A price or cost rate at 0 is one nobody has entered yet (docs/measures.md, "Costs").
    // A yearly cap at 0 is no cap, and a carbon-account programme of 0 years runs to the
    // horizon (docs/measures.md, "Resident carbon accounts").
    if (qstrcmp(m_spec.unit, "currency/yr") == 0)
        m_likely->setSpecialValueText(tr("No cap"));
    else if (qstrncmp(m_spec.unit, "currency/", 9) == 0 && m_spec.minimum == 0)
        m_likely->setSpecialValueText(tr("Enter your quote"));
    else if (m_key == QLatin1String("duration_years"))
        m_likely->setSpecialValueText(tr("To the horizon"));
    m_warning->setObjectName(QStringLiteral("parameter_%1WarningLabel").arg(m_key));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_warning->hide();

    auto *boxes = new QHBoxLayout;
    if (m_spec.isSwitch()) {
        // Yes or no: a check box, stored as 1 or 0 as before; a switch has no range.
        m_switch = new QCheckBox(tr("Yes"), this);
        m_switch->setObjectName(QStringLiteral("parameter_%1CheckBox").arg(m_key));
        m_switch->setToolTip(toolTipText());
        boxes->addWidget(m_switch, 1);
        for (QDoubleSpinBox *box : {m_likely, m_low, m_high})
            box->hide();
    } else {
        boxes->addWidget(m_likely, 3);
        boxes->addWidget(new QLabel(tr("range"), this));
        boxes->addWidget(m_low, 2);
        boxes->addWidget(new QLabel(QStringLiteral("–"), this));
        boxes->addWidget(m_high, 2);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(boxes);
    layout->addWidget(m_warning);

    refresh();
    if (m_switch) {
        connect(m_switch, &QCheckBox::toggled, this,
                [this](bool on) { likelyEdited(on ? 1.0 : 0.0); });
    }
    connect(m_likely, &QDoubleSpinBox::valueChanged, this, &ParameterRow::likelyEdited);
    connect(m_low, &QDoubleSpinBox::valueChanged, this, &ParameterRow::rangeEdited);
    connect(m_high, &QDoubleSpinBox::valueChanged, this, &ParameterRow::rangeEdited);
}

QDoubleSpinBox *ParameterRow::makeSpinBox(const QString &objectName)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(objectName);
    box->setDecimals(0); // refresh() gives it the places the unit and the values need
    box->setRange(m_spec.minimum * m_scale, m_spec.maximum * m_scale);
    box->setSuffix(QLatin1Char(' ') +
                   ParameterDisplay::unit(m_spec, m_document->plan().community.currency));
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}

QString ParameterRow::label() const
{
    return m_spec.displayName();
}

QString ParameterRow::toolTipText() const
{
    const QString unit = ParameterDisplay::unit(m_spec, m_document->plan().community.currency);
    const auto shown = [this](double v) { return NumberFormat::significant(v * m_scale); };
    QString text = tr("Catalogue default: %1 %2").arg(shown(m_spec.value), unit);
    if (m_spec.high > m_spec.low)
        text += tr(" (range %1–%2)").arg(shown(m_spec.low), shown(m_spec.high));
    text += QLatin1Char('\n') + tr("Confidence: %1").arg(confidenceText(m_spec.confidence));
    text += QLatin1Char('\n') +
            tr("Source: %1")
                .arg(QCoreApplication::translate("zeroplan::MeasureCatalogue", m_spec.source));
    text += QLatin1Char('\n') +
            tr("Allowed: %1–%2 %3").arg(shown(m_spec.minimum), shown(m_spec.maximum), unit);
    const QString catalogueSource =
        QCoreApplication::translate("zeroplan::MeasureCatalogue", m_spec.source);
    // The catalogue's source stored in another language is still the catalogue's.
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    const QString planSource =
        measure ? MeasureCatalogue::displaySource(*measure, m_key) : current().source;
    if (!planSource.isEmpty() && planSource != catalogueSource)
        text += QLatin1Char('\n') + tr("Source of this plan's value: %1").arg(planSource);
    return text;
}

void ParameterRow::setScenario(const QString &scenario)
{
    m_scenario = scenario;
    for (QDoubleSpinBox *box : {m_low, m_high}) {
        box->setEnabled(scenario.isEmpty());
        box->setToolTip(scenario.isEmpty()
                            ? (box == m_low
                                   ? tr("Low end of the range for the uncertainty analysis")
                                   : tr("High end of the range for the uncertainty analysis"))
                            : tr("The range is the same in every scenario: edit it with "
                                 "“Every scenario” above"));
    }
    refresh();
}

UncertainValue ParameterRow::current() const
{
    const Plan &plan = m_document->plan();
    if (const Scenario *scenario = m_scenario.isEmpty() ? nullptr : plan.findScenario(m_scenario)) {
        // The value the scenario runs with: its own, its base's, else every scenario's.
        const QList<Measure> measures = ScenarioValues::measures(plan, *scenario);
        for (const Measure &m : measures) {
            if (m.id != m_measureId)
                continue;
            const auto it = m.parameters.constFind(m_key);
            if (it != m.parameters.cend())
                return *it;
        }
    }
    const Measure *measure = plan.findMeasure(m_measureId);
    if (measure) {
        const auto it = measure->parameters.constFind(m_key);
        if (it != measure->parameters.cend())
            return *it;
    }
    // A parameter the plan does not set counts at its catalogue default (EngineInput).
    return {m_spec.value, m_spec.low, m_spec.high, QString()};
}

void ParameterRow::refresh()
{
    const UncertainValue v = current();
    const double low = v.low.value_or(v.value);
    const double high = v.high.value_or(v.value);
    if (m_switch) {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(v.value >= 0.5);
    }
    const int decimals =
        decimalsFor({v.value * m_scale, low * m_scale, high * m_scale, m_spec.value * m_scale,
                     m_spec.low * m_scale, m_spec.high * m_scale},
                    m_unitDecimals);
    // A step of a tenth of the value's order: 10 for 100 kWp, 1 % for a share of 15 %; from
    // nothing, a step of the unit's second-to-last place (0.01 per kWh).
    const double shown = std::abs(v.value * m_scale);
    const double step = shown > 0 ? std::max(std::pow(10.0, -decimals),
                                             std::pow(10.0, std::floor(std::log10(shown)) - 1))
                                  : std::pow(10.0, std::min(0, 1 - m_unitDecimals));
    const std::pair<QDoubleSpinBox *, double> boxes[] = {
        {m_likely, v.value}, {m_low, low}, {m_high, high}};
    for (const auto &[box, value] : boxes) {
        const QSignalBlocker blocker(box);
        if (box->decimals() < decimals) { // never fewer: that would round what is typed
            box->setDecimals(decimals);
            box->setRange(m_spec.minimum * m_scale, m_spec.maximum * m_scale); // unrounded
        }
        // Setting a step rewrites the box's text: not while the user is typing in it (typing
        // "37.5" became "3.0" after the first digit, and the rest went astray).
        if (box->singleStep() != step && !box->hasFocus())
            box->setSingleStep(step);
        // Leave a box alone that shows the value already: the user may be typing in it.
        if (std::abs(box->value() - value * m_scale) > 0.5 * std::pow(10.0, -box->decimals()))
            box->setValue(value * m_scale);
    }
    showRangeWarning(v);
    // In a scenario's scope, bold: the scenario sets this value (itself or through its base).
    QString origin;
    const Scenario *scenario =
        m_scenario.isEmpty() ? nullptr : m_document->plan().findScenario(m_scenario);
    if (scenario)
        ScenarioValues::valueIn(m_document->plan(), *scenario, m_measureId, m_key, &origin);
    QWidget *valueBox = m_switch ? static_cast<QWidget *>(m_switch) : m_likely;
    QFont font = valueBox->font();
    if (font.bold() != !origin.isEmpty()) {
        font.setBold(!origin.isEmpty());
        valueBox->setFont(font);
    }
}

void ParameterRow::likelyEdited(double shown)
{
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (index < 0)
        return;
    const double value = shown / m_scale;
    if (!m_scenario.isEmpty()) { // this scenario's value alone
        const Scenario *scenario = plan.findScenario(m_scenario);
        if (scenario)
            ScenarioValueEdit::set(m_document, scenario - plan.scenarios.constData(), m_measureId,
                                   m_key, value);
        return;
    }
    if (plan.measures.at(index).parameters.contains(m_key)) {
        m_document->undoStack()->push(new ChangeValue<double>(
            m_document, PlanFields::measureParameter(plan, index, m_key), value));
        return;
    }
    // The plan does not set it yet: set the whole measure once, then the field exists.
    Measure measure = plan.measures.at(index);
    UncertainValue v = current();
    v.value = value;
    measure.parameters.insert(m_key, v);
    m_document->undoStack()->push(
        new ChangeValue<Measure>(m_document, PlanFields::measure(plan, index), measure));
}

void ParameterRow::rangeEdited()
{
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (index < 0)
        return;
    UncertainValue v = current();
    v.low = m_low->value() / m_scale;
    v.high = m_high->value() / m_scale;
    if (plan.measures.at(index).parameters.contains(m_key)) {
        m_document->undoStack()->push(new ChangeValue<UncertainValue>(
            m_document, PlanFields::measureParameterValue(plan, index, m_key), v));
        return;
    }
    Measure measure = plan.measures.at(index);
    measure.parameters.insert(m_key, v);
    m_document->undoStack()->push(
        new ChangeValue<Measure>(m_document, PlanFields::measure(plan, index), measure));
}

void ParameterRow::showRangeWarning(const UncertainValue &v)
{
    QString message;
    if (v.low && v.high && *v.low > *v.high)
        message = tr("“%1”: the low end of the range is above the high end.").arg(label());
    else if (v.low && *v.low > v.value)
        message = tr("“%1”: the low end of the range is above the likely value.").arg(label());
    else if (v.high && *v.high < v.value)
        message = tr("“%1”: the high end of the range is below the likely value.").arg(label());
    m_warning->setText(message);
    m_warning->setVisible(!message.isEmpty());
}

} // namespace zeroplan
