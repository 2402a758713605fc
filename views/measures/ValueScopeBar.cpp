#include "ValueScopeBar.h"

#include "PlanDocument.h"
#include "plan/DefaultNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace zeroplan {

ValueScopeBar::ValueScopeBar(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_combo(new QComboBox(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("valueScopeBar"));
    m_combo->setObjectName(QStringLiteral("valueScopeComboBox"));
    m_combo->setToolTip(tr("Edit the values every scenario runs with, or one scenario's own"));
    m_note->setObjectName(QStringLiteral("valueScopeNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    auto *label = new QLabel(tr("&Values for:"), this);
    label->setBuddy(m_combo);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    connect(m_combo, &QComboBox::activated, this, &ValueScopeBar::chosen);
    refresh();
}

int ValueScopeBar::scenarioIndex() const
{
    if (m_scenario.isEmpty())
        return -1;
    const QList<Scenario> &scenarios = m_document->plan().scenarios;
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        if (scenarios.at(i).name == m_scenario)
            return int(i);
    return -1;
}

void ValueScopeBar::refresh()
{
    const bool gone = !m_scenario.isEmpty() && scenarioIndex() < 0;
    if (gone)
        m_scenario.clear();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_combo->addItem(tr("Every scenario"), QString());
        for (const Scenario &s : m_document->plan().scenarios)
            m_combo->addItem(tr("Scenario “%1” only").arg(DefaultNames::scenario(s.name)), s.name);
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_scenario)));
    }
    m_note->setText(m_scenario.isEmpty()
                        ? QString()
                        : tr("Values set here count in “%1” only (bold: set for it); every other "
                             "scenario keeps its own. Name, lines and notes are the same in "
                             "every scenario.")
                              .arg(DefaultNames::scenario(m_scenario)));
    m_note->setVisible(!m_scenario.isEmpty());
    if (gone)
        emit scopeChanged();
}

void ValueScopeBar::chosen(int row)
{
    const QString scenario = m_combo->itemData(row).toString();
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    refresh();
    emit scopeChanged();
}

} // namespace zeroplan
