#include "WorkingGroupsEditor.h"

#include "ChangeEvent.h"
#include "PeopleEdits.h"
#include "PlanDocument.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

QTableWidgetItem *cell(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

WorkingGroupsEditor::WorkingGroupsEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("workingGroupsView"));
    m_table->setHorizontalHeaderLabels(
        {tr("Group"), tr("Lead"), tr("Members"), tr("Volunteers"), tr("Measures it owns")});
    m_table->horizontalHeader()->setSectionResizeMode(MeasuresColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(220);

    auto *add = new QPushButton(tr("Add group"), this);
    add->setObjectName(QStringLiteral("addGroupButton"));
    m_remove = new QPushButton(tr("Remove group"), this);
    m_remove->setObjectName(QStringLiteral("removeGroupButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("volunteerSizeSpinBox"));
    m_size->setRange(0, 10000000);
    m_size->setSuffix(tr(" people"));
    m_size->setKeyboardTracking(false);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("volunteerHoursSpinBox"));
    m_hours->setRange(0, 1e9);
    m_hours->setDecimals(0);
    m_hours->setSuffix(tr(" hours a year"));
    m_hours->setKeyboardTracking(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Volunteer network:"), m_size);
    form->addRow(tr("Volunteer time:"), m_hours);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("peopleMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addLayout(form);

    connect(m_table, &QTableWidget::itemChanged, this, &WorkingGroupsEditor::itemEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    connect(add, &QPushButton::clicked, this, &WorkingGroupsEditor::addGroup);
    connect(m_remove, &QPushButton::clicked, this, &WorkingGroupsEditor::removeGroup);
    connect(m_size, &QSpinBox::valueChanged, this, &WorkingGroupsEditor::volunteersEdited);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &WorkingGroupsEditor::volunteersEdited);
    connect(document, &PlanDocument::changed, this, &WorkingGroupsEditor::onChanged);
    refresh();
}

void WorkingGroupsEditor::onChanged(const ChangeEvent &event)
{
    using Part = ChangeEvent::Part;
    if (event.part == Part::People || event.part == Part::Plan || event.part == Part::Measures)
        refresh();
}

void WorkingGroupsEditor::refresh()
{
    const Plan &plan = m_document->plan();
    const People &people = plan.people;
    {
        const QSignalBlocker blocker(m_table);
        const int current = m_table->currentRow();
        m_table->setRowCount(int(people.groups.size()));
        for (int row = 0; row < people.groups.size(); ++row) {
            const WorkingGroup &g = people.groups.at(row);
            QStringList owned;
            for (const Measure &m : plan.measures) {
                if (m.ownerGroup == g.id)
                    owned << MeasureCatalogue::displayName(m);
            }
            m_table->setItem(row, NameColumn, cell(g.name));
            m_table->setItem(row, LeadColumn, cell(g.lead));
            m_table->setItem(row, MembersColumn, cell(QString::number(g.members)));
            m_table->setItem(row, VolunteersColumn, cell(QString::number(g.volunteers)));
            m_table->setItem(row, MeasuresColumn,
                             cell(owned.isEmpty() ? tr("none") : owned.join(tr(", ")), false));
        }
        m_table->resizeColumnsToContents();
        if (current >= 0 && current < m_table->rowCount())
            m_table->selectRow(current);
    }
    m_remove->setEnabled(m_table->currentRow() >= 0);
    const QSignalBlocker sizeBlocker(m_size);
    const QSignalBlocker hoursBlocker(m_hours);
    m_size->setValue(people.volunteers.size);
    m_hours->setValue(people.volunteers.hoursPerYear);
}

void WorkingGroupsEditor::itemEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    const People &people = m_document->plan().people;
    if (row < 0 || row >= people.groups.size())
        return;
    WorkingGroup g = people.groups.at(row);
    const QString text = item->text().trimmed();
    bool ok = true;
    switch (item->column()) {
    case NameColumn:
        g.name = text;
        break;
    case LeadColumn:
        g.lead = text;
        break;
    case MembersColumn:
        g.members = text.toInt(&ok);
        break;
    case VolunteersColumn:
        g.volunteers = text.toInt(&ok);
        break;
    default:
        return;
    }
    QString error;
    QUndoCommand *edit = ok ? PeopleEdits::setGroup(m_document, row, g, &error) : nullptr;
    if (!ok)
        error = tr("“%1” is not a whole number.").arg(text);
    showMessage(error);
    if (edit)
        m_document->undoStack()->push(edit);
    else
        refresh(); // the refused or unchanged value goes back to the plan's
}

void WorkingGroupsEditor::addGroup()
{
    const People &people = m_document->plan().people;
    // A name not used yet: "New group", "New group 2", …
    QString name = tr("New group");
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const WorkingGroup &g : people.groups)
            taken = taken || g.name == name;
        if (!taken)
            break;
        name = tr("New group %1").arg(n);
    }
    if (QUndoCommand *edit = PeopleEdits::addGroup(m_document, name)) {
        m_document->undoStack()->push(edit);
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, NameColumn);
        m_table->editItem(m_table->item(row, NameColumn));
    }
}

void WorkingGroupsEditor::removeGroup()
{
    if (QUndoCommand *edit = PeopleEdits::removeGroup(m_document, m_table->currentRow()))
        m_document->undoStack()->push(edit);
}

void WorkingGroupsEditor::volunteersEdited()
{
    VolunteerNetwork v = m_document->plan().people.volunteers;
    v.size = m_size->value();
    v.hoursPerYear = m_hours->value();
    QString error;
    QUndoCommand *edit = PeopleEdits::setVolunteers(m_document, v, &error);
    showMessage(error);
    if (edit)
        m_document->undoStack()->push(edit);
}

void WorkingGroupsEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace zeroplan
