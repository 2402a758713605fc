#include "FactorDialog.h"

#include "common/UniqueName.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "plan/IdSlug.h"
#include "plan/Plan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/FactorText.h"
#include "storage/PlanJson.h"
#include "storage/PlanValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

// The gases a user factor may be given as, with the words the form shows for them.
QList<std::pair<Gas, QString>> gases()
{
    return {{Gas::CO2e, FactorDialog::tr("CO₂e (all gases, as published)")},
            {Gas::CO2, FactorDialog::tr("CO₂ only")},
            {Gas::CH4Fossil, FactorDialog::tr("CH₄, fossil")},
            {Gas::CH4Biogenic, FactorDialog::tr("CH₄, biogenic")},
            {Gas::N2O, FactorDialog::tr("N₂O")}};
}

// "Rooftop PV, Shenzhen" → "own-rooftop-pv-shenzhen"; Chinese names keep only what is ASCII.
QString idFrom(const QString &name, const QList<EmissionFactor> &own)
{
    const QString slug = idSlug(name);
    QStringList taken;
    for (const EmissionFactor &f : own)
        taken << f.id;
    for (const EmissionFactor &f : FactorLibraryJson::builtIn().factors())
        taken << f.id;
    return UniqueName::makeId(
        QStringLiteral("own") + (slug.isEmpty() ? QString() : QLatin1Char('-') + slug), taken);
}

} // namespace

FactorDialog::FactorDialog(const Plan &plan, const EmissionFactor &start, bool keepId,
                           QWidget *parent)
    : QDialog(parent), m_plan(plan), m_start(start), m_keepId(keepId),
      m_name(new QLineEdit(FactorText::name(start), this)), m_carrier(new QComboBox(this)),
      m_value(new QLineEdit(this)), m_massUnit(new QComboBox(this)),
      m_activityUnit(new QComboBox(this)), m_gas(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_source(new QLineEdit(FactorText::source(start), this)), m_confidence(new QComboBox(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("factorDialog"));
    setWindowTitle(keepId ? tr("Emission factor “%1”").arg(FactorText::name(start))
                          : tr("New emission factor"));
    m_name->setObjectName(QStringLiteral("factorNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Shenzhen bus fleet 2024"));
    m_carrier->setObjectName(QStringLiteral("factorCarrierComboBox"));
    for (const Carrier &c : Carriers::all())
        m_carrier->addItem(c.displayName(), c.id);
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(start.carrier)));
    m_value->setObjectName(QStringLiteral("factorValueEdit"));
    if (!start.gases.isEmpty() && start.gases.first().value > 0)
        m_value->setText(QLocale().toString(start.gases.first().value, 'g', 8));
    m_massUnit->setObjectName(QStringLiteral("factorMassUnitComboBox"));
    for (const char *unit : {"g", "kg", "t"})
        m_massUnit->addItem(QString::fromLatin1(unit), QString::fromLatin1(unit));
    m_massUnit->setCurrentIndex(std::max(0, m_massUnit->findData(start.massUnit)));
    m_activityUnit->setObjectName(QStringLiteral("factorActivityUnitComboBox"));
    fillActivityUnits();
    m_activityUnit->setCurrentIndex(std::max(0, m_activityUnit->findData(start.activityUnit)));
    m_gas->setObjectName(QStringLiteral("factorGasComboBox"));
    for (const auto &[gas, text] : gases())
        m_gas->addItem(text, gasId(gas));
    const Gas gas = start.gases.isEmpty() ? Gas::CO2e : start.gases.first().gas;
    m_gas->setCurrentIndex(std::max(0, m_gas->findData(gasId(gas))));
    m_year->setObjectName(QStringLiteral("factorYearSpinBox"));
    m_year->setRange(1990, 2100);
    m_year->setValue(start.year > 0 ? start.year : plan.community.baseYear);
    m_source->setObjectName(QStringLiteral("factorSourceEdit"));
    m_source->setPlaceholderText(tr("Publisher, title, year, table: where a reader can check it"));
    m_confidence->setObjectName(QStringLiteral("factorConfidenceComboBox"));
    m_confidence->addItem(tr("High"), confidenceId(Confidence::High));
    m_confidence->addItem(tr("Medium"), confidenceId(Confidence::Medium));
    m_confidence->addItem(tr("Low"), confidenceId(Confidence::Low));
    m_confidence->setCurrentIndex(
        std::max(0, m_confidence->findData(confidenceId(start.confidence))));
    m_message->setObjectName(QStringLiteral("factorMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *perUnit = new QHBoxLayout;
    perUnit->addWidget(m_value, 1);
    perUnit->addWidget(m_massUnit);
    perUnit->addWidget(new QLabel(tr("per"), this));
    perUnit->addWidget(m_activityUnit);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Carrier:"), m_carrier);
    form->addRow(tr("Value:"), perUnit);
    form->addRow(tr("Gas:"), m_gas);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Confidence:"), m_confidence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, [this] {
        fillActivityUnits();
        check();
    });
    for (QLineEdit *edit : {m_name, m_value, m_source})
        connect(edit, &QLineEdit::textChanged, this, &FactorDialog::check);
    for (QComboBox *combo : {m_massUnit, m_activityUnit, m_gas, m_confidence})
        connect(combo, &QComboBox::currentIndexChanged, this, &FactorDialog::check);
    connect(m_year, &QSpinBox::valueChanged, this, &FactorDialog::check);
    resize(560, sizeHint().height());
    check();
}

void FactorDialog::fillActivityUnits()
{
    const QString before = m_activityUnit->currentData().toString();
    m_activityUnit->clear();
    if (const Carrier *c = Carriers::find(m_carrier->currentData().toString())) {
        for (const Dimension d : c->dimensions) {
            for (const QString &symbol : Units::symbols(d))
                m_activityUnit->addItem(symbol, symbol);
        }
        const int usual = m_activityUnit->findData(before.isEmpty() ? c->usualUnit : before);
        m_activityUnit->setCurrentIndex(
            usual >= 0 ? usual : std::max(0, m_activityUnit->findData(c->usualUnit)));
    }
}

EmissionFactor FactorDialog::factor() const
{
    EmissionFactor f = m_start;
    // The library's text, left as shown, stays the library's (FactorText shows it in the
    // reader's language); a plan's factor keeps no Chinese text of its own.
    f.nameZh.clear();
    f.sourceZh.clear();
    const QString name = m_name->text().trimmed();
    f.name = name == FactorText::name(m_start) ? m_start.name : name;
    f.id = m_keepId ? m_start.id : idFrom(f.name, m_plan.factors);
    f.carrier = m_carrier->currentData().toString();
    bool ok = false;
    const double value = QLocale().toDouble(m_value->text().trimmed(), &ok);
    f.gases = {GasAmount{gasFromId(m_gas->currentData().toString()).value_or(Gas::CO2e),
                         ok ? value : 0.0}};
    f.massUnit = m_massUnit->currentData().toString();
    f.activityUnit = m_activityUnit->currentData().toString();
    f.year = m_year->value();
    const QString source = m_source->text().trimmed();
    f.source = source == FactorText::source(m_start) ? m_start.source : source;
    f.confidence =
        confidenceFromId(m_confidence->currentData().toString()).value_or(Confidence::Medium);
    f.trajectory.clear(); // the form edits one value; a trajectory from a file is not kept
    return f;
}

// The validator's own checks of the plan's factors, run on the plan with this factor in it:
// the form refuses what a saved plan would report as an error.
void FactorDialog::check()
{
    QString problem;
    bool ok = false;
    const double value = QLocale().toDouble(m_value->text().trimmed(), &ok);
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the factor a name.");
    else if (!ok || !(value > 0))
        problem = tr("Give the value as a number above 0, e.g. 0.58.");
    else if (m_source->text().trimmed().isEmpty())
        problem = tr("Say where the value comes from, so that a reader can check it.");
    if (problem.isEmpty()) {
        Plan trial = m_plan;
        const EmissionFactor f = factor();
        qsizetype index = trial.factors.size();
        for (qsizetype i = 0; i < trial.factors.size(); ++i) {
            if (trial.factors[i].id == f.id)
                index = i;
        }
        if (index == trial.factors.size())
            trial.factors.append(f);
        else
            trial.factors[index] = f;
        const QString prefix = QStringLiteral("/factors/%1").arg(index);
        for (const PlanProblem &p : PlanValidator::validate(trial, FactorLibraryJson::builtIn())) {
            const bool here = p.path == prefix || p.path.startsWith(prefix + QLatin1Char('/'));
            if (p.severity == PlanProblem::Severity::Error && here) {
                problem = p.message;
                break;
            }
        }
    }
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace zeroplan
