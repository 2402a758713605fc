#include "FixedAmountsBox.h"

#include "ChangeEvent.h"
#include "PlanDocument.h"
#include "ResidentsEdits.h"
#include "YearAmountEditor.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zeroplan {

FixedAmountsBox::FixedAmountsBox(PlanDocument *document, QWidget *parent)
    : QGroupBox(parent), m_document(document)
{
    setObjectName(QStringLiteral("fixedAmountsBox"));
    setTitle(tr("Fixed amounts per year"));
    setToolTip(tr("A party that pays a fixed sum in a year (a subsidy per household, a "
                  "sponsor's grant) takes it first, up to that year's money; the shares above "
                  "split what is left."));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("fixedListComboBox"));
    m_list->addItem(tr("Investment"), int(ShareList::Capex));
    m_list->addItem(tr("Running cost"), int(ShareList::Opex));
    m_list->setToolTip(tr("Which money the fixed amounts are of."));
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("fixedPartyComboBox"));
    for (Party p : kAllParties) {
        if (p != Party::Unassigned)
            m_party->addItem(partyName(p), int(p));
    }
    m_party->setToolTip(tr("Who pays the fixed amounts."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fixedSummaryLabel"));
    m_summary->setWordWrap(true);
    m_amounts = new YearAmountEditor(QStringLiteral("fixedAmounts"), tr("Amount"), this);
    // A few years show at once (more scroll): the split's table above keeps its rows.
    QTableWidget *years = m_amounts->table();
    years->setMaximumHeight(years->horizontalHeader()->sizeHint().height() +
                            4 * years->verticalHeader()->defaultSectionSize() +
                            2 * years->frameWidth());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fixedMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Of the:"), m_list);
    form->addRow(tr("Paid by:"), m_party);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_amounts);
    layout->addWidget(m_message);

    connect(m_list, &QComboBox::currentIndexChanged, this, &FixedAmountsBox::refresh);
    connect(m_party, &QComboBox::currentIndexChanged, this, &FixedAmountsBox::refresh);
    connect(m_amounts, &YearAmountEditor::setRequested, this,
            [this](int year, double amount) { push(year, amount); });
    connect(m_amounts, &YearAmountEditor::removeRequested, this,
            [this](int year) { push(year, std::nullopt); });
    connect(document, &PlanDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.part == ChangeEvent::Part::Residents || e.part == ChangeEvent::Part::Plan ||
            e.part == ChangeEvent::Part::Community || e.part == ChangeEvent::Part::Measures)
            refresh();
    });
    refresh();
}

void FixedAmountsBox::setMeasure(const QString &id)
{
    m_measure = id;
    m_message->hide();
    refresh();
}

QString FixedAmountsBox::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

Party FixedAmountsBox::party() const
{
    return Party(m_party->currentData().toInt());
}

void FixedAmountsBox::refresh()
{
    const Plan &plan = m_document->plan();
    const PayerSplit *split = plan.residents.split(m_measure);
    const bool capex = m_list->currentData().toInt() == int(ShareList::Capex);
    QList<YearAmount> shown;
    QStringList named; // every party with fixed amounts of this money, for the summary
    if (split) {
        for (const PartyAmounts &pa : capex ? split->capexAmounts : split->opexAmounts) {
            named << partyName(pa.party);
            if (pa.party == party())
                shown = pa.amounts;
        }
    }
    m_summary->setText(
        named.isEmpty()
            ? tr("No party pays a fixed amount of it: the shares split it all.")
            : tr("Fixed amounts of it from: %1.").arg(named.join(tr(", ", "between party names"))));
    const QString currency = NumberFormat::currencyUnit(plan.community.currency);
    m_amounts->setAmountHeader(tr("Amount (%1)").arg(currency));
    m_amounts->setAmounts(shown, plan.community.baseYear, plan.community.horizonEnd);
    setEnabled(!m_measure.isEmpty());
}

void FixedAmountsBox::push(int year, std::optional<double> amount)
{
    QString error;
    EditResidents *edit = ResidentsEdits::setFixedAmount(m_document, m_measure,
                                                         ShareList(m_list->currentData().toInt()),
                                                         party(), year, amount, &error);
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    if (edit)
        m_document->undoStack()->push(edit);
    else
        refresh(); // the table back as the plan has it
}

} // namespace zeroplan
