#include "CommunityPage.h"

#include "CommunityRules.h"
#include "GridRegionField.h"
#include "InterimTargetsEditor.h"
#include "PlanDocument.h"
#include "PlanFieldEditors.h"
#include "PlanFields.h"
#include "PricesEditor.h"
#include "common/WheelGuard.h"
#include "people/ActivityCalendarEditor.h"
#include "people/WorkingGroupsEditor.h"
#include "plan/DefaultNames.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace zeroplan {
namespace {

QLabel *messageLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

bool concernsCommunity(const QString &path)
{
    static const QStringList prefixes = {QStringLiteral("/community"),
                                         QStringLiteral("/title"),
                                         QStringLiteral("/prepared_by"),
                                         QStringLiteral("/drivers/population_growth"),
                                         QStringLiteral("/drivers/household_growth"),
                                         QStringLiteral("/people")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &prefix) { return path.startsWith(prefix); });
}

// A check box that turns an optional target on, and its value beside it.
QWidget *optionalField(QCheckBox *check, QWidget *value)
{
    auto *field = new QWidget;
    auto *row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(check);
    row->addWidget(value, 1);
    return field;
}

QDoubleSpinBox *budgetSpinBox()
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QStringLiteral("carbonBudgetSpinBox"));
    box->setRange(0, 1e9);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setSuffix(QLatin1Char(' ') + NumberFormat::tonnesUnit());
    return box;
}

} // namespace

CommunityPage::CommunityPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results),
      m_editors(new PlanFieldEditors(document, this))
{
    setObjectName(QStringLiteral("communityPage"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("communityProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *content = new QWidget;
    content->setMaximumWidth(960); // lines a reader's eye can follow on a wide screen
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_problems);
    column->addWidget(buildCommunityGroup());
    column->addWidget(buildTargetsGroup());
    column->addWidget(buildEconomicsGroup());
    column->addWidget(buildGrowthGroup());
    // How the community takes part (docs/people.md).
    auto *groups = new QGroupBox(tr("Working groups and volunteers"));
    (new QVBoxLayout(groups))->addWidget(new WorkingGroupsEditor(m_document, groups));
    column->addWidget(groups);
    auto *calendar = new QGroupBox(tr("Activity calendar"));
    (new QVBoxLayout(calendar))->addWidget(new ActivityCalendarEditor(m_document, calendar));
    column->addWidget(calendar);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(document, &PlanDocument::changed, this, &CommunityPage::onChanged);
    connect(results, &LiveResults::updated, this, &CommunityPage::refreshProblems);
    refresh();
    refreshProblems();
    // The form scrolls: the wheel over a field the user has not clicked scrolls it.
    WheelGuard::install(content);
}

QGroupBox *CommunityPage::buildCommunityGroup()
{
    auto *group = new QGroupBox(tr("Community"));
    auto *form = new QFormLayout(group);
    addRow(form, tr("Plan title:"), m_editors->lineEdit("titleEdit", &PlanFields::title));
    addRow(form, tr("Prepared by:"),
           m_editors->lineEdit("preparedByEdit", &PlanFields::preparedBy));
    addRow(form, tr("Community name:"),
           m_editors->lineEdit("communityNameEdit", &PlanFields::communityName,
                               &DefaultNames::community));
    addRow(form, tr("City or region:"), m_editors->lineEdit("regionEdit", &PlanFields::region));
    m_gridRegion = new GridRegionField(m_document, m_results->library());
    addRow(form, tr("Grid region:"), m_gridRegion, "gridRegionMessageLabel");
    connect(m_gridRegion, &GridRegionField::refused, this,
            [this](const QString &message) { setMessage(m_gridRegion, message); });
    addRow(form, tr("Population:"),
           m_editors->spinBox("populationSpinBox", &PlanFields::population, 1, 0, 1e8, 0,
                              tr(" residents")));
    addRow(form, tr("Households:"),
           m_editors->spinBox("householdsSpinBox", &PlanFields::households, 1, 0, 1e8, 0,
                              tr(" households")));
    m_area = new QDoubleSpinBox;
    m_area->setObjectName(QStringLiteral("areaSpinBox"));
    m_area->setRange(0, 1e7);
    m_area->setDecimals(1);
    m_area->setSuffix(tr(" ha"));
    m_area->setSpecialValueText(tr("not given"));
    m_area->setGroupSeparatorShown(true);
    connect(m_area, &QDoubleSpinBox::valueChanged, this, &CommunityPage::editArea);
    addRow(form, tr("Area:"), m_area);
    m_source = new QPlainTextEdit;
    m_source->setObjectName(QStringLiteral("communitySourceEdit"));
    m_source->setPlaceholderText(tr("Where population, households and area come from"));
    m_source->setMaximumHeight(m_source->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_source, &QPlainTextEdit::textChanged, this, &CommunityPage::editSource);
    addRow(form, tr("Source of these figures:"), m_source);
    return group;
}

QGroupBox *CommunityPage::buildTargetsGroup()
{
    auto *group = new QGroupBox(tr("Targets"));
    auto *form = new QFormLayout(group);
    m_baseYear = yearField("baseYearSpinBox");
    m_baseYear->setRange(CommunityRules::kEarliestBaseYear, CommunityRules::kLatestBaseYear);
    connect(m_baseYear, &QSpinBox::valueChanged, this, &CommunityPage::editBaseYear);
    addRow(form, tr("Base year:"), m_baseYear, "baseYearMessageLabel");
    m_horizonEnd = yearField("horizonEndSpinBox");
    connect(m_horizonEnd, &QSpinBox::valueChanged, this, &CommunityPage::editHorizonEnd);
    addRow(form, tr("Horizon end:"), m_horizonEnd, "horizonEndMessageLabel");

    m_neutralityCheck = new QCheckBox(tr("Reach neutrality by"));
    m_neutralityCheck->setObjectName(QStringLiteral("neutralityCheckBox"));
    m_neutralityYear = yearField("neutralityYearSpinBox");
    connect(m_neutralityCheck, &QCheckBox::toggled, this, [this] { editNeutralityYear(true); });
    connect(m_neutralityYear, &QSpinBox::valueChanged, this, [this] { editNeutralityYear(false); });
    addRow(form, tr("Neutrality year:"), optionalField(m_neutralityCheck, m_neutralityYear),
           "neutralityYearMessageLabel", m_neutralityYear);

    m_interimTargets = new InterimTargetsEditor(m_document);
    addRow(form, tr("Interim targets:"), m_interimTargets);

    m_budgetCheck = new QCheckBox(tr("At most"));
    m_budgetCheck->setObjectName(QStringLiteral("carbonBudgetCheckBox"));
    m_budget = budgetSpinBox();
    m_budget->setToolTip(tr("Cumulative net emissions allowed from the base year to the "
                            "horizon end"));
    connect(m_budgetCheck, &QCheckBox::toggled, this, [this] { editCarbonBudget(true); });
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] { editCarbonBudget(false); });
    addRow(form, tr("Carbon budget:"), optionalField(m_budgetCheck, m_budget));
    return group;
}

QGroupBox *CommunityPage::buildEconomicsGroup()
{
    auto *group = new QGroupBox(tr("Economics"));
    auto *form = new QFormLayout(group);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("EUR"), QStringLiteral("USD"),
                          QStringLiteral("GBP"), QStringLiteral("HKD"), QStringLiteral("JPY"),
                          QStringLiteral("SEK"), QStringLiteral("CHF")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("Three-letter ISO 4217 code of the plan's money figures"));
    connect(m_currency, &QComboBox::editTextChanged, this, &CommunityPage::editCurrency);
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this,
            &CommunityPage::finishCurrency);
    addRow(form, tr("Currency:"), m_currency, "currencyMessageLabel");
    // 0–30 %, as PlanValidator allows.
    QDoubleSpinBox *rate = m_editors->spinBox("discountRateSpinBox", &PlanFields::discountRate, 100,
                                              0, 30, 2, tr(" %"));
    rate->setToolTip(tr("Yearly rate that turns future costs and savings into present value"));
    addRow(form, tr("Discount rate:"), rate);
    m_prices = new PricesEditor(m_document);
    m_prices->setToolTip(tr("What the community pays per unit of energy: it values the energy "
                            "that measures save"));
    addRow(form, tr("Energy prices:"), m_prices);
    return group;
}

QGroupBox *CommunityPage::buildGrowthGroup()
{
    auto *group = new QGroupBox(tr("Growth"));
    auto *form = new QFormLayout(group);
    const QString perYear = tr(" %/yr");
    QDoubleSpinBox *people = m_editors->spinBox(
        "populationGrowthSpinBox", &PlanFields::populationGrowth, 100, -50, 50, 2, perYear);
    QDoubleSpinBox *homes = m_editors->spinBox(
        "householdGrowthSpinBox", &PlanFields::householdGrowth, 100, -50, 50, 2, perYear);
    addRow(form, tr("Population growth:"), people);
    addRow(form, tr("Household growth:"), homes);
    return group;
}

void CommunityPage::addRow(QFormLayout *form, const QString &label, QWidget *field,
                           const char *messageName, QWidget *messageFor)
{
    form->addRow(label, field);
    if (!messageName)
        return;
    QLabel *message = messageLabel(messageName, field);
    form->addRow(QString(), message);
    m_messages.insert(messageFor ? messageFor : field, message);
}

QSpinBox *CommunityPage::yearField(const char *name)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(name));
    // Wider than the plan allows, so a year out of range is typed, refused and explained
    // rather than silently clamped.
    box->setRange(CommunityRules::kEarliestBaseYear, 2200);
    return box;
}

void CommunityPage::setMessage(QWidget *field, const QString &message)
{
    if (QLabel *label = m_messages.value(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

void CommunityPage::editBaseYear(int year)
{
    const QString problem = CommunityRules::baseYear(m_document->plan(), year);
    setMessage(m_baseYear, problem);
    if (problem.isEmpty())
        PlanFieldEditors::push(m_document, PlanFields::baseYear(), year);
}

void CommunityPage::editHorizonEnd(int year)
{
    const QString problem = CommunityRules::horizonEnd(m_document->plan(), year);
    setMessage(m_horizonEnd, problem);
    if (problem.isEmpty())
        PlanFieldEditors::push(m_document, PlanFields::horizonEnd(), year);
}

void CommunityPage::editNeutralityYear(bool toggled)
{
    const bool target = m_neutralityCheck->isChecked();
    m_neutralityYear->setEnabled(target);
    const std::optional<int> year =
        target ? std::optional(m_neutralityYear->value()) : std::nullopt;
    const QString problem = CommunityRules::neutralityYear(m_document->plan(), year);
    setMessage(m_neutralityYear, problem);
    if (!problem.isEmpty())
        return;
    if (toggled)
        PlanFieldEditors::pushStep(m_document, PlanFields::neutralityYear(), year);
    else
        PlanFieldEditors::push(m_document, PlanFields::neutralityYear(), year);
}

void CommunityPage::editCarbonBudget(bool toggled)
{
    const bool budget = m_budgetCheck->isChecked();
    m_budget->setEnabled(budget);
    const std::optional<double> tonnes = budget ? std::optional(m_budget->value()) : std::nullopt;
    if (toggled)
        PlanFieldEditors::pushStep(m_document, PlanFields::carbonBudget(), tonnes);
    else
        PlanFieldEditors::push(m_document, PlanFields::carbonBudget(), tonnes);
}

void CommunityPage::editArea(double hectares)
{
    // 0 is the spin box's "not given": the plan format has no area of 0 ha.
    PlanFieldEditors::push(m_document, PlanFields::areaHa(),
                           hectares > 0 ? std::optional(hectares) : std::nullopt);
}

void CommunityPage::editSource()
{
    PlanFieldEditors::push(m_document, PlanFields::communitySource(), m_source->toPlainText());
}

void CommunityPage::editCurrency(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (!CommunityRules::currency(code).isEmpty())
        return; // still typing; finishCurrency() explains if it stays so
    setMessage(m_currency, QString());
    PlanFieldEditors::push(m_document, PlanFields::currency(), code);
}

void CommunityPage::finishCurrency()
{
    const QString code = m_currency->currentText().trimmed().toUpper();
    setMessage(m_currency, CommunityRules::currency(code));
}

void CommunityPage::onChanged(const ChangeEvent &event)
{
    using Part = ChangeEvent::Part;
    if (event.part == Part::Community || event.part == Part::Header ||
        event.part == Part::Drivers || event.part == Part::Plan)
        refresh();
}

void CommunityPage::refresh()
{
    const Plan &plan = m_document->plan();
    m_editors->refresh();
    PlanFieldEditors::display(m_area, plan.community.areaHa.value_or(0));
    if (m_source->toPlainText() != plan.community.source) {
        const QSignalBlocker blocker(m_source);
        m_source->setPlainText(plan.community.source);
    }
    if (m_currency->currentText() != plan.community.currency) {
        const QSignalBlocker blocker(m_currency);
        m_currency->setEditText(plan.community.currency);
    }
    m_gridRegion->refresh();
    refreshYears();
    refreshTargets();
}

// A refused value stays in its field with the reason until the plan changes; then the field
// shows the plan again and the reason goes.
void CommunityPage::refreshYears()
{
    const Community &c = m_document->plan().community;
    PlanFieldEditors::display(m_baseYear, c.baseYear);
    PlanFieldEditors::display(m_horizonEnd, c.horizonEnd);
    for (QWidget *field :
         {static_cast<QWidget *>(m_baseYear), static_cast<QWidget *>(m_horizonEnd),
          static_cast<QWidget *>(m_gridRegion), static_cast<QWidget *>(m_currency)})
        setMessage(field, QString());
}

void CommunityPage::refreshTargets()
{
    const Targets &t = m_document->plan().community.targets;
    {
        const QSignalBlocker blocker(m_neutralityCheck);
        m_neutralityCheck->setChecked(t.neutralityYear.has_value());
    }
    PlanFieldEditors::display(m_neutralityYear,
                              t.neutralityYear.value_or(m_document->plan().community.horizonEnd));
    m_neutralityYear->setEnabled(t.neutralityYear.has_value());
    setMessage(m_neutralityYear, QString());
    {
        const QSignalBlocker blocker(m_budgetCheck);
        m_budgetCheck->setChecked(t.carbonBudget.has_value());
    }
    if (t.carbonBudget)
        PlanFieldEditors::display(m_budget, *t.carbonBudget);
    m_budget->setEnabled(t.carbonBudget.has_value());
}

bool CommunityPage::showField(const QString &objectName, int row)
{
    auto *field = findChild<QWidget *>(objectName);
    if (!field)
        return false;
    auto *view = qobject_cast<QAbstractItemView *>(field);
    if (view && view->model() && row >= 0 && row < view->model()->rowCount())
        view->setCurrentIndex(view->model()->index(row, 0));
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void CommunityPage::refreshProblems()
{
    QStringList lines;
    for (const PlanProblem &p : m_results->problems()) {
        if (!concernsCommunity(p.path))
            continue;
        lines << (p.severity == PlanProblem::Severity::Error ? tr("Error: %1") : tr("Warning: %1"))
                     .arg(p.message);
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace zeroplan
