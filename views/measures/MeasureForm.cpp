#include "MeasureForm.h"

#include "ChangeValue.h"
#include "CoBenefitsEditor.h"
#include "MeasureIndex.h"
#include "MeasureTargetList.h"
#include "ParameterRow.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "ScenarioValueEdit.h"
#include "TariffsEditor.h"
#include "ValueScopeBar.h"
#include "common/WheelGuard.h"
#include "measures/CarbonPointPresets.h"
#include "measures/MeasureCatalogue.h"
#include "plan/ScenarioValues.h"
#include "present/MeasureCostText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {
namespace {

template <typename Box, typename Value> void showValue(Box *box, Value value)
{
    if (box->value() != value) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
}

void showData(QComboBox *box, const QVariant &data)
{
    const int row = box->findData(data);
    if (row >= 0 && row != box->currentIndex()) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(row);
    }
}

QDoubleSpinBox *moneyBox(const QString &objectName, const QString &suffix, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setDecimals(0);
    box->setRange(0, 1e12);
    box->setSingleStep(1000);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    box->setSuffix(suffix);
    return box;
}

} // namespace

MeasureForm::MeasureForm(PlanDocument *document, const QString &measureId, QWidget *parent)
    : QWidget(parent), m_document(document), m_measureId(measureId)
{
    setObjectName(QStringLiteral("measureForm"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildIdentity());
    m_scope = new ValueScopeBar(document, this);
    layout->addWidget(m_scope);
    connect(m_scope, &ValueScopeBar::scopeChanged, this, &MeasureForm::applyScope);
    layout->addWidget(buildParameters());
    layout->addWidget(buildTiming());
    layout->addWidget(buildCosts());
    if (QWidget *tariffs = buildTariffs())
        layout->addWidget(tariffs);
    layout->addWidget(buildResponsibility());
    auto *targets = new QGroupBox(tr("Activity lines it acts on"), this);
    m_targets = new MeasureTargetList(document, measureId, targets);
    (new QVBoxLayout(targets))->addWidget(m_targets);
    layout->addWidget(targets);
    auto *coBenefits = new QGroupBox(tr("Co-benefits"), this);
    m_coBenefits = new CoBenefitsEditor(document, measureId, coBenefits);
    (new QVBoxLayout(coBenefits))->addWidget(m_coBenefits);
    layout->addWidget(coBenefits);
    layout->addStretch(1);
    refresh();
    connectEdits();
    // The form scrolls: the wheel over a field the user has not clicked scrolls it.
    WheelGuard::install(this);
}

QWidget *MeasureForm::buildTariffs()
{
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    if (!measure || !MeasureCatalogue::spec(measure->kind).traits.savesEnergyCosts)
        return nullptr; // its energy is not valued (green power, credits): nothing to price
    auto *group = new QGroupBox(tr("Own tariffs"), this);
    group->setObjectName(QStringLiteral("tariffsGroup"));
    auto *layout = new QVBoxLayout(group);
    auto *about = new QLabel(tr("The energy this measure adds or saves is valued at the plan's "
                                "prices (Community page). Where it pays a price of its own, such "
                                "as a heat-pump tariff, give it here."),
                             group);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(new TariffsEditor(m_document, m_measureId, group));
    return group;
}

QWidget *MeasureForm::buildIdentity()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("measureNameEdit"));
    m_nameWarning = new QLabel(box);
    m_nameWarning->setObjectName(QStringLiteral("nameWarningLabel"));
    m_nameWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_nameWarning->hide();
    m_kind = new QLabel(box);
    m_kind->setObjectName(QStringLiteral("measureKindLabel"));
    m_kind->setWordWrap(true);
    m_kind->setTextFormat(Qt::RichText);
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    if (measure) {
        const MeasureKindSpec &spec = MeasureCatalogue::spec(measure->kind);
        m_kind->setText(tr("<b>%1</b> — %2")
                            .arg(spec.displayName().toHtmlEscaped(),
                                 spec.displayExplanation().toHtmlEscaped()));
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameWarning);
    form->addRow(tr("Kind:"), m_kind);
    return box;
}

QWidget *MeasureForm::buildParameters()
{
    auto *group = new QGroupBox(tr("Parameters (likely value and range)"), this);
    auto *form = new QFormLayout(group);
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    if (!measure)
        return group;
    for (const ParameterSpec &spec : MeasureCatalogue::spec(measure->kind).parameters) {
        auto *row = new ParameterRow(m_document, m_measureId, spec, group);
        auto *label = new QLabel(row->label() + QLatin1Char(':'), group);
        label->setToolTip(row->toolTipText());
        label->setWordWrap(true);
        form->addRow(label, row);
        m_parameters.append(row);
    }
    if (measure->kind == MeasureKind::CarbonAccounts)
        form->insertRow(0, tr("&Preset:"), buildPresets(group));
    return group;
}

QComboBox *MeasureForm::buildPresets(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("carbonPresetComboBox"));
    box->setToolTip(tr("Sets the scheme's parameters, each with its source, as one step to "
                       "undo; the duration, the budget cap and (outside CNY) the point value "
                       "stay as they are"));
    box->addItem(tr("Apply a preset…"));
    for (const CarbonPointPreset &p : CarbonPointPresets::all())
        box->addItem(p.displayName(), QString::fromLatin1(p.id));
    connect(box, &QComboBox::activated, this, [this, box](int row) {
        const QString id = box->itemData(row).toString();
        {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(0);
        }
        applyPreset(id);
    });
    return box;
}

void MeasureForm::applyPreset(const QString &presetId)
{
    const CarbonPointPreset *preset = CarbonPointPresets::find(presetId);
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (!preset || index < 0)
        return;
    const Measure &measure = plan.measures.at(index);
    pushSeparateStep(m_document,
                     tr("Apply preset “%1” to “%2”")
                         .arg(preset->displayName(), MeasureCatalogue::displayName(measure)),
                     PlanFields::measure(plan, index),
                     CarbonPointPresets::applied(measure, *preset, plan.community.currency));
}

QWidget *MeasureForm::buildTiming()
{
    auto *group = new QGroupBox(tr("Timing"), this);
    auto *form = new QFormLayout(group);
    m_startYear = new QSpinBox(group);
    m_startYear->setObjectName(QStringLiteral("startYearSpinBox"));
    m_rampYears = new QSpinBox(group);
    m_rampYears->setObjectName(QStringLiteral("rampYearsSpinBox"));
    m_rampYears->setRange(0, 50);
    m_rampYears->setSuffix(tr(" years"));
    m_rampYears->setSpecialValueText(tr("at once"));
    m_rampYears->setToolTip(tr("Years from the start to full adoption"));
    m_rampShape = new QComboBox(group);
    m_rampShape->setObjectName(QStringLiteral("rampShapeComboBox"));
    m_rampShape->addItem(tr("Linear"), int(RampShape::Linear));
    m_rampShape->addItem(tr("S-curve (slow start and finish)"), int(RampShape::SCurve));
    m_lifetime = new QSpinBox(group);
    m_lifetime->setObjectName(QStringLiteral("lifetimeSpinBox"));
    m_lifetime->setRange(1, 100);
    m_lifetime->setSuffix(tr(" years"));
    m_lifetime->setToolTip(tr("After this many years the investment is made again"));
    if (const Measure *measure = m_document->plan().findMeasure(m_measureId)) {
        const MeasureKindSpec &spec = MeasureCatalogue::spec(measure->kind);
        m_lifetime->setToolTip(
            m_lifetime->toolTip() + QLatin1Char('\n') +
            tr("Catalogue default: %n year(s). Source: %1", nullptr, spec.lifetimeYears)
                .arg(spec.displayLifetimeSource()));
    }
    form->addRow(tr("&Start year:"), m_startYear);
    form->addRow(tr("&Ramp to full adoption:"), m_rampYears);
    form->addRow(tr("Ramp s&hape:"), m_rampShape);
    // A lifetime no source backs (docs/measures.md, "Default lifetimes") is marked beside
    // the field while the measure keeps it; refreshTiming shows or hides the mark.
    m_lifetimeAssumed = new QLabel(tr("assumed: no source; enter the supplier's figure"), group);
    m_lifetimeAssumed->setObjectName(QStringLiteral("lifetimeAssumedLabel"));
    m_lifetimeAssumed->setToolTip(m_lifetime->toolTip());
    auto *lifetimeRow = new QHBoxLayout;
    lifetimeRow->addWidget(m_lifetime);
    lifetimeRow->addWidget(m_lifetimeAssumed, 1);
    form->addRow(tr("&Lifetime:"), lifetimeRow);
    if (QLabel *label = qobject_cast<QLabel *>(form->labelForField(lifetimeRow)))
        label->setBuddy(m_lifetime);
    return group;
}

QWidget *MeasureForm::buildCosts()
{
    auto *group = new QGroupBox(tr("Costs at full adoption"), this);
    m_costsForm = new QFormLayout(group);
    const QString currency = m_document->plan().community.currency;
    m_capex = moneyBox(QStringLiteral("capexSpinBox"), QLatin1Char(' ') + currency, group);
    m_opex = moneyBox(QStringLiteral("opexSpinBox"), tr(" %1/yr").arg(currency), group);
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    const MeasureKindSpec &spec =
        MeasureCatalogue::spec(measure ? measure->kind : MeasureKind::Custom);
    // One model per cost: given per unit among the parameters, the line shows the total and
    // the box is only there for a lump sum an older file holds; else the box is the cost.
    const auto line = [group](const QString &objectName) {
        auto *label = new QLabel(group);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    if (spec.capexRule.isLumpSum()) {
        m_capex->setToolTip(tr("One-off investment; bought again at the end of its lifetime"));
        m_capex->setSpecialValueText(tr("Enter your quote"));
        m_costsForm->addRow(tr("&Investment:"), m_capex);
    } else {
        m_capexLine = line(QStringLiteral("capexLine"));
        m_capexLine->setToolTip(tr("Worked out from the parameters above; bought again at the "
                                   "end of its lifetime"));
        m_capex->setToolTip(tr("A one-off investment an older plan file adds on top of the "
                               "investment per unit; set it to 0 to count only the line above"));
        m_costsForm->addRow(tr("Investment:"), m_capexLine);
        m_costsForm->addRow(tr("Plus a one-off from the &file:"), m_capex);
    }
    if (spec.opexRule.isLumpSum()) {
        m_opex->setToolTip(tr("Running cost per year"));
        m_opex->setSpecialValueText(tr("Enter your quote"));
        m_costsForm->addRow(tr("Running &cost:"), m_opex);
    } else {
        m_opexLine = line(QStringLiteral("opexLine"));
        m_opexLine->setToolTip(tr("Worked out from the parameters above"));
        m_opex->setToolTip(tr("A running cost an older plan file adds on top of the running "
                              "cost per unit; set it to 0 to count only the line above"));
        m_costsForm->addRow(tr("Running cost:"), m_opexLine);
        m_costsForm->addRow(tr("Plus a running cost from the f&ile:"), m_opex);
    }
    return group;
}

QWidget *MeasureForm::buildResponsibility()
{
    auto *group = new QGroupBox(tr("Responsibility and progress"), this);
    auto *form = new QFormLayout(group);
    m_ownerGroup = new QComboBox(group);
    m_ownerGroup->setObjectName(QStringLiteral("ownerGroupComboBox"));
    m_ownerGroup->setEditable(true);
    m_ownerGroup->setInsertPolicy(QComboBox::NoInsert);
    m_ownerGroup->setToolTip(tr("Pick a working group or type the one your community has"));
    m_status = new QComboBox(group);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    for (const MeasureStatus s : {MeasureStatus::Proposed, MeasureStatus::Approved,
                                  MeasureStatus::InProgress, MeasureStatus::Done})
        m_status->addItem(measureStatusName(s), int(s));
    m_note = new QPlainTextEdit(group);
    m_note->setObjectName(QStringLiteral("measureNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Owner group:"), m_ownerGroup);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("N&ote:"), m_note);
    return group;
}

template <typename Value>
void MeasureForm::change(PlanField<Value> (*field)(const Plan &, qsizetype), const Value &value)
{
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (index >= 0)
        m_document->undoStack()->push(
            new ChangeValue<Value>(m_document, field(plan, index), value));
}

template <typename Value>
void MeasureForm::changeValue(PlanField<Value> (*field)(const Plan &, qsizetype),
                              const QString &key, const Value &value)
{
    const int scenario = m_scope->scenarioIndex();
    if (scenario < 0) {
        change(field, value);
        return;
    }
    ScenarioValueEdit::set(m_document, scenario, m_measureId, key, double(value));
}

Measure MeasureForm::shownMeasure() const
{
    const Plan &plan = m_document->plan();
    const int scenario = m_scope->scenarioIndex();
    if (scenario >= 0) {
        for (const Measure &m : ScenarioValues::measures(plan, plan.scenarios.at(scenario)))
            if (m.id == m_measureId)
                return m;
    }
    const Measure *measure = plan.findMeasure(m_measureId);
    return measure ? *measure : Measure{};
}

void MeasureForm::markScenarioValue(QWidget *box, const QString &field)
{
    const Plan &plan = m_document->plan();
    const int scenario = m_scope->scenarioIndex();
    QString origin;
    if (scenario >= 0)
        ScenarioValues::valueIn(plan, plan.scenarios.at(scenario), m_measureId, field, &origin);
    QFont font = box->font();
    if (font.bold() != !origin.isEmpty()) {
        font.setBold(!origin.isEmpty());
        box->setFont(font);
    }
}

void MeasureForm::applyScope()
{
    const QString scenario = m_scope->scenario();
    for (ParameterRow *row : std::as_const(m_parameters))
        row->setScenario(scenario);
    m_rampShape->setEnabled(scenario.isEmpty());
    refreshTiming();
    refreshCosts();
}

void MeasureForm::connectEdits()
{
    connect(m_name, &QLineEdit::textEdited, this, &MeasureForm::nameEdited);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_nameWarning->hide();
        const Measure *measure = m_document->plan().findMeasure(m_measureId);
        if (measure && m_name->text().trimmed().isEmpty())
            m_name->setText(MeasureCatalogue::displayName(*measure)); // the old one was kept
    });
    connect(m_startYear, &QSpinBox::valueChanged, this, [this](int year) {
        changeValue(&PlanFields::measureStartYear, ScenarioValues::kStartYear, year);
    });
    connect(m_rampYears, &QSpinBox::valueChanged, this, [this](int years) {
        changeValue(&PlanFields::measureRampYears, ScenarioValues::kRampYears, years);
    });
    connect(m_rampShape, &QComboBox::currentIndexChanged, this, [this] {
        change(&PlanFields::measureRampShape, RampShape(m_rampShape->currentData().toInt()));
    });
    connect(m_lifetime, &QSpinBox::valueChanged, this, [this](int years) {
        changeValue(&PlanFields::measureLifetime, ScenarioValues::kLifetimeYears, years);
    });
    connect(m_capex, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        changeValue(&PlanFields::measureCapex, ScenarioValues::kCapex, v);
    });
    connect(m_opex, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        changeValue(&PlanFields::measureOpex, ScenarioValues::kOpexPerYear, v);
    });
    connect(m_ownerGroup, &QComboBox::activated, this, [this](int row) {
        change(&PlanFields::measureOwnerGroup, m_ownerGroup->itemData(row).toString());
    });
    connect(m_ownerGroup->lineEdit(), &QLineEdit::editingFinished, this,
            &MeasureForm::ownerGroupTyped);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        change(&PlanFields::measureStatus, MeasureStatus(m_status->currentData().toInt()));
    });
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { change(&PlanFields::measureNote, m_note->toPlainText()); });
}

void MeasureForm::nameEdited(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty()) {
        m_nameWarning->setText(tr("A measure needs a name; the old one is kept."));
        m_nameWarning->show();
        return;
    }
    const Plan &plan = m_document->plan();
    const bool taken = std::any_of(plan.measures.cbegin(), plan.measures.cend(),
                                   [&](auto &m) { return m.id != m_measureId && m.name == name; });
    m_nameWarning->setText(tr("Another measure is also called “%1”: charts and reports will "
                              "not tell them apart.")
                               .arg(name));
    m_nameWarning->setVisible(taken);
    change(&PlanFields::measureName, name);
}

void MeasureForm::ownerGroupTyped()
{
    const QString text = m_ownerGroup->currentText().trimmed();
    if (text.isEmpty()) {
        refreshResponsibility();
        return;
    }
    // A typed name of a known group stores its id; anything else is the community's own group.
    const int row = m_ownerGroup->findText(text);
    const Plan &plan = m_document->plan();
    const Measure *m = plan.findMeasure(m_measureId);
    if (row < 0 && m && text == plan.people.groupName(m->ownerGroup))
        return; // the owner as shown, unchanged
    change(&PlanFields::measureOwnerGroup,
           row >= 0 ? m_ownerGroup->itemData(row).toString() : text);
}

void MeasureForm::refresh()
{
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    if (!measure)
        return;
    // A name the user has just emptied stays empty until editing ends (it was not taken).
    const QString typed = m_name->text().trimmed();
    // A name the user never edited shows in the window's language (MeasureCatalogue::displayName).
    const QString shown = MeasureCatalogue::displayName(*measure);
    if (typed != shown && (!typed.isEmpty() || !m_name->hasFocus())) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(shown);
    }
    m_scope->refresh();
    for (ParameterRow *row : std::as_const(m_parameters))
        row->refresh();
    refreshTiming();
    refreshCosts();
    refreshResponsibility();
    m_targets->refresh();
    m_coBenefits->refresh();
}

void MeasureForm::refreshTiming()
{
    const Plan &plan = m_document->plan();
    const Measure m = shownMeasure();
    {
        const QSignalBlocker blocker(m_startYear);
        m_startYear->setRange(std::min(plan.community.baseYear, m.startYear),
                              std::max(plan.community.horizonEnd, m.startYear));
    }
    showValue(m_startYear, m.startYear);
    showValue(m_rampYears, m.rampYears);
    showData(m_rampShape, int(m.rampShape));
    showValue(m_lifetime, m.lifetimeYears);
    const MeasureKindSpec &spec = MeasureCatalogue::spec(m.kind);
    m_lifetimeAssumed->setVisible(spec.lifetimeAssumed && m.lifetimeYears == spec.lifetimeYears);
    markScenarioValue(m_startYear, ScenarioValues::kStartYear);
    markScenarioValue(m_rampYears, ScenarioValues::kRampYears);
    markScenarioValue(m_lifetime, ScenarioValues::kLifetimeYears);
}

void MeasureForm::refreshCosts()
{
    const Plan &plan = m_document->plan();
    const Measure m = shownMeasure();
    showValue(m_capex, m.costs.capex);
    markScenarioValue(m_capex, ScenarioValues::kCapex);
    markScenarioValue(m_opex, ScenarioValues::kOpexPerYear);
    showValue(m_opex, m.costs.opexPerYear);
    const QString currency = plan.community.currency;
    // A lump sum beside a per-unit cost stays in view while it is not 0 or being edited.
    if (m_capexLine) {
        m_capexLine->setText(MeasureCostText::investment(m, currency));
        m_costsForm->setRowVisible(m_capex, m.costs.capex != 0 || m_capex->hasFocus());
    }
    if (m_opexLine) {
        m_opexLine->setText(MeasureCostText::runningCost(m, currency));
        m_costsForm->setRowVisible(m_opex, m.costs.opexPerYear != 0 || m_opex->hasFocus());
    }
}

void MeasureForm::refreshResponsibility()
{
    const Plan &plan = m_document->plan();
    const Measure &m = *plan.findMeasure(m_measureId);
    {
        const QSignalBlocker blocker(m_ownerGroup);
        // The plan's working groups (docs/people.md); a plan without any: the catalogue's.
        QList<QPair<QString, QString>> groups; // id, name
        for (const WorkingGroup &g : plan.people.groups)
            groups.append({g.id, plan.people.groupName(g.id)});
        if (groups.isEmpty()) {
            for (const QString &id : MeasureCatalogue::ownerGroups())
                groups.append({id, MeasureCatalogue::ownerGroupName(id)});
        }
        bool same = groups.size() == m_ownerGroup->count();
        for (int i = 0; same && i < groups.size(); ++i)
            same = m_ownerGroup->itemData(i).toString() == groups.at(i).first &&
                   m_ownerGroup->itemText(i) == groups.at(i).second;
        if (!same) {
            m_ownerGroup->clear();
            for (const auto &[id, name] : groups)
                m_ownerGroup->addItem(name, id);
        }
        const int row = m_ownerGroup->findData(m.ownerGroup);
        const QString shown = plan.people.groupName(m.ownerGroup);
        if (row >= 0)
            m_ownerGroup->setCurrentIndex(row);
        else if (m_ownerGroup->currentText() != shown)
            m_ownerGroup->setEditText(shown); // the community's own group, or an older plan's
    }
    showData(m_status, int(m.status));
    if (m_note->toPlainText() != m.note) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(m.note);
    }
}

} // namespace zeroplan
