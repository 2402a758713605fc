#include "PayerSplitTab.h"

#include "FixedAmountsBox.h"
#include "NumberDelegate.h"
#include "PlanDocument.h"
#include "PresetDialog.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"
#include "residents/PayerPresets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>

namespace zeroplan {

namespace {

constexpr int kPartyCount = int(std::size(kFileParties));
const QString kRed = QStringLiteral("color: #b71c1c;");

} // namespace

PayerSplitTab::PayerSplitTab(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("payerSplitTab"));
    m_measures = new QListWidget(this);
    m_measures->setObjectName(QStringLiteral("payerMeasureList"));
    m_measures->setToolTip(tr("The plan's measures; those marked “no split” leave their money "
                              "not assigned to anyone."));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("payerMeasureTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_table = new QTableWidget(kPartyCount, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("payerSplitTable"));
    m_table->setToolTip(tr("Each party's share in percent; double-click a cell to type it. A "
                           "column left empty leaves that money not assigned."));
    m_table->setHorizontalHeaderLabels(
        {tr("Investment %"), tr("Running cost %"), tr("Bill savings %")});
    QStringList parties;
    for (Party p : kFileParties)
        parties.append(partyName(p));
    m_table->setVerticalHeaderLabels(parties);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setItemDelegate(new NumberDelegate(0, 100, 2, tr(" %"), true, this));
    // As tall as its nine rows, the form right under it.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < kPartyCount; ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::EditRole, 0.0);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }

    m_sums = new QLabel(this);
    m_sums->setObjectName(QStringLiteral("payerSumsLabel"));
    m_sums->setToolTip(tr("What each column adds up to: 100 %, or empty (not assigned)."));
    m_sums->setWordWrap(true);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("payerApplyButton"));
    m_apply->setToolTip(tr("Puts the shares typed into the plan, as one step you can undo."));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("payerRevertButton"));
    m_revert->setToolTip(tr("Forgets the shares typed and shows the plan's again."));
    m_preset = new QToolButton(this);
    m_preset->setObjectName(QStringLiteral("payerPresetButton"));
    m_preset->setText(tr("Preset"));
    m_preset->setToolTip(tr("Starts the split from a policy with its source."));
    m_preset->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_preset);
    presets->setObjectName(QStringLiteral("payerPresetMenu"));
    for (const PayerPreset &preset : PayerPresets::all()) {
        QAction *action = presets->addAction(preset.name);
        action->setObjectName(QStringLiteral("preset_") + preset.id);
        action->setToolTip(preset.hasShares ? tr("Gives the shares from the policy's figures.")
                                            : tr("Names the parties; you give the shares."));
        connect(action, &QAction::triggered, this, [this, preset]() { choosePreset(preset); });
    }
    m_preset->setMenu(presets);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_sums, 1);
    applyRow->addWidget(m_preset);
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("payerMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(kRed);
    m_message->hide();

    m_reach = new QComboBox(this);
    m_reach->setObjectName(QStringLiteral("householdsReachCombo"));
    m_reach->setToolTip(tr("The households that take part in the measure: all of the "
                           "community's, a number, or a share of them."));
    m_reach->addItem(tr("All households"));
    m_reach->addItem(tr("A number of households"));
    m_reach->addItem(tr("A share of households"));
    m_reachValue = new QDoubleSpinBox(this);
    m_reachValue->setObjectName(QStringLiteral("householdsValueSpinBox"));
    m_reachValue->setToolTip(tr("The number of households, or their share in percent."));
    m_reachValue->setKeyboardTracking(false);
    auto *reachRow = new QHBoxLayout;
    reachRow->addWidget(m_reach);
    reachRow->addWidget(m_reachValue, 1);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("payerSourceEdit"));
    m_source->setToolTip(tr("Where the split comes from: a notice, an agreement, an "
                            "assumption."));
    m_source->setPlaceholderText(tr("A notice, an agreement or an assumption"));
    auto *form = new QFormLayout;
    form->addRow(tr("Households reached:"), reachRow);
    form->addRow(tr("Source:"), m_source);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_table);
    rightLayout->addLayout(applyRow);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(form);
    m_fixed = new FixedAmountsBox(m_document, right);
    rightLayout->addWidget(m_fixed);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("payerSplitter"));
    splitter->addWidget(m_measures);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_measures, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating || row < 0)
            return;
        m_measure = m_measures->item(row)->data(Qt::UserRole).toString();
        say(QString());
        showSplit();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &PayerSplitTab::onCellChanged);
    connect(m_apply, &QPushButton::clicked, this, &PayerSplitTab::apply);
    connect(m_revert, &QPushButton::clicked, this, [this]() {
        say(QString());
        showSplit();
    });
    connect(m_reach, &QComboBox::currentIndexChanged, this, [this](int reach) {
        if (m_updating)
            return;
        // A sensible start for the value: every household as a number, half as a share.
        m_updating = true;
        if (reach == NumberOfHouseholds) {
            m_reachValue->setRange(1, 1e7);
            m_reachValue->setDecimals(0);
            m_reachValue->setSuffix(QString());
            m_reachValue->setValue(std::max(1.0, m_document->plan().community.households));
        } else if (reach == ShareOfHouseholds) {
            m_reachValue->setRange(0.01, 100);
            m_reachValue->setDecimals(2);
            m_reachValue->setSuffix(tr(" %"));
            m_reachValue->setValue(50);
        }
        m_updating = false;
        pushHouseholds();
    });
    connect(m_reachValue, &QDoubleSpinBox::valueChanged, this, [this]() {
        if (!m_updating)
            pushHouseholds();
    });
    connect(m_source, &QLineEdit::editingFinished, this, [this]() {
        if (m_updating || m_measure.isEmpty())
            return;
        const PayerSplit *s = split();
        if (m_source->text().trimmed() == (s ? s->source : QString()))
            return;
        push(ResidentsEdits::setSplitSource(m_document, m_measure, m_source->text()), QString());
    });
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        using Part = ChangeEvent::Part;
        if (event.part == Part::Residents || event.part == Part::Plan ||
            event.part == Part::Measures || event.part == Part::Community)
            refresh();
    });
    refresh();
}

const PayerSplit *PayerSplitTab::split() const
{
    return m_document->plan().residents.split(m_measure);
}

QString PayerSplitTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PayerSplitTab::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PayerSplitTab::selectMeasure(const QString &id)
{
    for (int row = 0; row < m_measures->count(); ++row) {
        if (m_measures->item(row)->data(Qt::UserRole).toString() == id)
            m_measures->setCurrentRow(row);
    }
}

void PayerSplitTab::refresh()
{
    const QString shown = m_measure;
    refreshMeasures();
    // Shares being typed stay while the plan's shares of their measure stay as they were (a
    // change of the households or the source, of another measure, of the funding); an undo
    // or a preset that changes them shows the plan's.
    const PayerSplit *s = split();
    const bool sameShares =
        s ? (s->capex == m_shown.capex && s->opex == m_shown.opex && s->savings == m_shown.savings)
          : (m_shown.capex.isEmpty() && m_shown.opex.isEmpty() && m_shown.savings.isEmpty());
    showSplit(m_dirty && m_measure == shown && sameShares);
}

void PayerSplitTab::refreshMeasures()
{
    m_updating = true;
    const Plan &plan = m_document->plan();
    m_measures->clear();
    int current = -1;
    for (const Measure &m : plan.measures) {
        const QString name = ResidentsEdits::measureName(plan, m.id);
        auto *item = new QListWidgetItem(m_measures);
        item->setData(Qt::UserRole, m.id);
        if (plan.residents.split(m.id)) {
            item->setText(name);
        } else {
            // Marked: its money shows as not assigned in the results.
            item->setText(tr("%1 — no split").arg(name));
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            item->setToolTip(tr("Nobody is said to pay for this measure yet: its money shows as "
                                "not assigned."));
        }
        if (m.id == m_measure)
            current = m_measures->count() - 1;
    }
    if (current < 0 && m_measures->count() > 0)
        current = 0;
    m_measures->setCurrentRow(current);
    m_measure = current >= 0 ? m_measures->item(current)->data(Qt::UserRole).toString() : QString();
    m_updating = false;
}

void PayerSplitTab::showSplit(bool keepDraft)
{
    m_updating = true;
    const Plan &plan = m_document->plan();
    const PayerSplit *s = split();
    const bool has = !m_measure.isEmpty();
    m_title->setText(has ? ResidentsEdits::measureName(plan, m_measure)
                         : tr("The plan has no measures yet."));
    m_shown = s ? *s : PayerSplit();
    for (int row = 0; row < kPartyCount && !keepDraft; ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            double share = 0;
            if (s) {
                for (const PartyShare &p : ResidentsEdits::shares(*s, ShareList(column))) {
                    if (p.party == kFileParties[row])
                        share += p.share;
                }
            }
            // Percent to two places, as typed (0.333… shows 33.33).
            m_table->item(row, column)->setData(Qt::EditRole, std::round(share * 1e6) / 1e4);
        }
    }
    m_table->setEnabled(has);
    m_preset->setEnabled(has);
    m_reach->setEnabled(has);
    m_source->setEnabled(has);
    const int reach = !s                  ? AllHouseholds
                      : s->households     ? NumberOfHouseholds
                      : s->householdShare ? ShareOfHouseholds
                                          : AllHouseholds;
    m_reach->setCurrentIndex(reach);
    if (reach == NumberOfHouseholds) {
        m_reachValue->setRange(1, 1e7);
        m_reachValue->setDecimals(0);
        m_reachValue->setSuffix(QString());
        m_reachValue->setValue(*s->households);
    } else if (reach == ShareOfHouseholds) {
        m_reachValue->setRange(0.01, 100);
        m_reachValue->setDecimals(2);
        m_reachValue->setSuffix(tr(" %"));
        m_reachValue->setValue(*s->householdShare * 100);
    } else {
        m_reachValue->setSuffix(QString());
        m_reachValue->setRange(0, 0);
        m_reachValue->setSpecialValueText(
            tr("%1 households").arg(NumberFormat::number(plan.community.households)));
    }
    if (reach != AllHouseholds)
        m_reachValue->setSpecialValueText(QString());
    m_reachValue->setEnabled(has && reach != AllHouseholds);
    m_source->setText(s ? s->source : QString());
    m_source->setCursorPosition(0);
    if (m_fixed)
        m_fixed->setMeasure(m_measure);
    m_updating = false;
    setDirty(keepDraft);
    updateSums();
}

void PayerSplitTab::onCellChanged(QTableWidgetItem *)
{
    if (m_updating)
        return;
    setDirty(true);
    updateSums();
}

void PayerSplitTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_apply->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    // While shares are typed, the list stays on their measure: Apply or Revert first.
    m_measures->setEnabled(!dirty);
    m_measures->setToolTip(dirty ? tr("Apply or revert the shares typed before choosing another "
                                      "measure.")
                                 : tr("The plan's measures; those marked “no split” leave their "
                                      "money not assigned to anyone."));
}

QList<PartyShare> PayerSplitTab::draftShares(Column column) const
{
    QList<PartyShare> shares;
    for (int row = 0; row < kPartyCount; ++row) {
        const double percent = m_table->item(row, column)->data(Qt::EditRole).toDouble();
        if (percent != 0)
            shares.append({kFileParties[row], percent / 100});
    }
    return shares;
}

void PayerSplitTab::updateSums()
{
    static const char *const names[] = {QT_TR_NOOP("Investment"), QT_TR_NOOP("Running cost"),
                                        QT_TR_NOOP("Bill savings")};
    QStringList parts;
    QStringList wrong;
    for (int column = 0; column < ColumnCount; ++column) {
        double sum = 0;
        for (const PartyShare &s : draftShares(Column(column)))
            sum += s.share * 100;
        const QString name = tr(names[column]);
        if (sum == 0) {
            parts.append(tr("%1: empty (not assigned)").arg(name));
        } else {
            parts.append(tr("%1: %2 %").arg(name, NumberDelegate::trimmed(sum, 2, QLocale())));
            if (std::abs(sum - 100) > 100 * ResidentsEdits::kShareTolerance) {
                wrong.append(
                    sum < 100 ? tr("%1 is %2 % short of 100 %")
                                    .arg(name, NumberDelegate::trimmed(100 - sum, 2, QLocale()))
                              : tr("%1 is %2 % over 100 %")
                                    .arg(name, NumberDelegate::trimmed(sum - 100, 2, QLocale())));
            }
        }
    }
    QString text = tr("Sums — %1").arg(parts.join(tr(" · ")));
    if (!wrong.isEmpty())
        text += QLatin1Char('\n') +
                tr("%1: each column must add up to 100 % or be empty.").arg(wrong.join(tr("; ")));
    m_sums->setText(text);
    m_sums->setStyleSheet(wrong.isEmpty() ? QString() : kRed);
}

bool PayerSplitTab::apply()
{
    if (m_measure.isEmpty())
        return false;
    QString error;
    EditResidents *command =
        ResidentsEdits::setAllShares(m_document, m_measure, draftShares(CapexColumn),
                                     draftShares(OpexColumn), draftShares(SavingsColumn), &error);
    if (!command) {
        if (!error.isEmpty()) {
            say(error); // the draft stays, to be corrected
            return false;
        }
        say(QString());
        showSplit(); // nothing changed: the draft was the plan's split
        return true;
    }
    say(QString());
    m_document->undoStack()->push(command);
    return true;
}

void PayerSplitTab::push(EditResidents *command, const QString &error)
{
    if (command) {
        say(QString());
        m_document->undoStack()->push(command);
        return;
    }
    say(error);
    showSplit(); // the widgets as the plan has them
}

void PayerSplitTab::pushHouseholds()
{
    if (m_measure.isEmpty())
        return;
    std::optional<double> households;
    std::optional<double> share;
    if (m_reach->currentIndex() == NumberOfHouseholds)
        households = m_reachValue->value();
    else if (m_reach->currentIndex() == ShareOfHouseholds)
        share = m_reachValue->value() / 100;
    const PayerSplit *s = split();
    if (s ? (s->households == households && s->householdShare == share) : (!households && !share))
        return;
    QString error;
    push(ResidentsEdits::setHouseholds(m_document, m_measure, households, share, &error), error);
}

void PayerSplitTab::choosePreset(const PayerPreset &preset)
{
    if (m_measure.isEmpty())
        return;
    const Plan &plan = m_document->plan();
    const PayerSplit *s = split();
    double households = plan.community.households;
    if (s && s->households)
        households = *s->households;
    else if (s && s->householdShare)
        households = *s->householdShare * plan.community.households;
    PresetDialog dialog(preset, ResidentsEdits::measureName(plan, m_measure), households, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    EditResidents *command =
        preset.hasShares
            ? ResidentsEdits::applyBeijingPreset(m_document, m_measure, dialog.capexPerHousehold(),
                                                 dialog.households(), &error)
            : ResidentsEdits::applyPreset(m_document, m_measure, preset, dialog.capexShares(),
                                          &error);
    push(command, error);
}

} // namespace zeroplan
