#include "ActivityCalendarEditor.h"

#include "ChangeEvent.h"
#include "PeopleEdits.h"
#include "PlanDocument.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace zeroplan {
namespace {

QTableWidgetItem *cell(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

// The measures an activity supports, by their names.
QString measureNames(const Plan &plan, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Measure *m = plan.findMeasure(id);
        names << (m ? MeasureCatalogue::displayName(*m) : id);
    }
    return names.join(QStringLiteral(", "));
}

// Measure ids from typed names or ids, separated by commas (either language's).
QStringList measureIds(const Plan &plan, const QString &text)
{
    QStringList ids;
    static const QRegularExpression separators(QStringLiteral("[,，;；]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString wanted = part.trimmed();
        if (wanted.isEmpty())
            continue;
        QString id = wanted;
        for (const Measure &m : plan.measures) {
            if (MeasureCatalogue::displayName(m) == wanted || m.name == wanted)
                id = m.id;
        }
        ids << id;
    }
    return ids;
}

// What the "when" column shows: the date of a one-off, the month of a yearly or quarterly
// activity, nothing for a monthly one.
QString whenText(const CommunityActivity &a)
{
    switch (a.recurrence) {
    case Recurrence::Once:
        return a.date.toString(Qt::ISODate);
    case Recurrence::Monthly:
        return QString();
    case Recurrence::Quarterly:
    case Recurrence::Yearly:
        return QString::number(a.month);
    }
    return QString();
}

} // namespace

ActivityCalendarEditor::ActivityCalendarEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("activitiesView"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(240);

    auto *add = new QPushButton(tr("Add activity"), this);
    add->setObjectName(QStringLiteral("addCalendarActivityButton"));
    m_remove = new QPushButton(tr("Remove activity"), this);
    m_remove->setObjectName(QStringLiteral("removeCalendarActivityButton"));
    m_track = new QPushButton(tr("Track as indicator"), this);
    m_track->setObjectName(QStringLiteral("trackIndicatorButton"));
    m_track->setToolTip(tr("Adds a monitoring indicator whose plan values are the participants "
                           "this activity expects each year"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_track);
    buttons->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calendarMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *note = new QLabel(
        tr("Activities support measures; they are not counted as reductions. To count an "
           "effect, raise the parameter of the measure it supports (e.g. its participation) "
           "and give the source."),
        this);
    note->setWordWrap(true);

    // Months down, years across: a cell is wide enough for the names it lists.
    m_calendar = new QTableWidget(12, kCalendarYears, this);
    m_calendar->setObjectName(QStringLiteral("activityCalendarGrid"));
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setSelectionMode(QAbstractItemView::NoSelection);
    m_calendar->setWordWrap(false); // a name a line; a long one is elided, whole in the tip
    m_calendar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << QLocale().standaloneMonthName(m, QLocale::ShortFormat);
    m_calendar->setVerticalHeaderLabels(months);
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Calendar of the first years:"), this));
    layout->addWidget(m_calendar);

    connect(m_table, &QTableWidget::itemChanged, this, &ActivityCalendarEditor::itemEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ActivityCalendarEditor::updateButtons);
    connect(add, &QPushButton::clicked, this, &ActivityCalendarEditor::addActivity);
    connect(m_remove, &QPushButton::clicked, this, &ActivityCalendarEditor::removeActivity);
    connect(m_track, &QPushButton::clicked, this, &ActivityCalendarEditor::trackAsIndicator);
    connect(document, &PlanDocument::changed, this, &ActivityCalendarEditor::onChanged);
    refresh();
}

void ActivityCalendarEditor::onChanged(const ChangeEvent &event)
{
    using Part = ChangeEvent::Part;
    if (event.part == Part::People || event.part == Part::Plan || event.part == Part::Measures ||
        event.part == Part::Community)
        refresh();
}

void ActivityCalendarEditor::refresh()
{
    const Plan &plan = m_document->plan();
    const People &people = plan.people;
    m_table->setHorizontalHeaderLabels({tr("Activity"), tr("Group"), tr("How often"),
                                        tr("Month or date"), tr("First year"), tr("Last year"),
                                        tr("Participants each time"),
                                        tr("Cost each time (%1)").arg(plan.community.currency),
                                        tr("Supports measures"), tr("Note")});
    {
        const QSignalBlocker blocker(m_table);
        const int current = m_table->currentRow();
        m_table->setRowCount(int(people.activities.size()));
        for (int row = 0; row < people.activities.size(); ++row) {
            const CommunityActivity &a = people.activities.at(row);
            const bool recurring = a.recurrence != Recurrence::Once;
            m_table->setItem(row, NameColumn, cell(a.name));
            m_table->setItem(row, WhenColumn,
                             cell(whenText(a), a.recurrence != Recurrence::Monthly));
            m_table->setItem(row, FirstYearColumn,
                             cell(recurring ? QString::number(a.firstYear) : QString(), recurring));
            m_table->setItem(row, LastYearColumn,
                             cell(recurring ? QString::number(a.lastYear) : QString(), recurring));
            m_table->setItem(row, ParticipantsColumn, cell(number(a.participants)));
            m_table->setItem(row, CostColumn, cell(number(a.costPerOccurrence)));
            m_table->setItem(row, MeasuresColumn, cell(measureNames(plan, a.measures)));
            m_table->setItem(row, NoteColumn, cell(a.note));

            auto *group = new QComboBox;
            group->setObjectName(QStringLiteral("activityGroupComboBox"));
            group->addItem(tr("no group"), QString());
            for (const WorkingGroup &g : people.groups)
                group->addItem(people.groupName(g.id), g.id);
            if (!a.group.isEmpty() && group->findData(a.group) < 0)
                group->addItem(people.groupName(a.group), a.group);
            group->setCurrentIndex(std::max(0, group->findData(a.group)));
            connect(group, &QComboBox::activated, this,
                    [this, row](int index) { comboChosen(row, GroupColumn, index); });
            m_table->setCellWidget(row, GroupColumn, group);

            auto *recurrence = new QComboBox;
            recurrence->setObjectName(QStringLiteral("activityRecurrenceComboBox"));
            for (Recurrence r : kAllRecurrences)
                recurrence->addItem(recurrenceName(r), int(r));
            recurrence->setCurrentIndex(recurrence->findData(int(a.recurrence)));
            connect(recurrence, &QComboBox::activated, this,
                    [this, row](int index) { comboChosen(row, RecurrenceColumn, index); });
            m_table->setCellWidget(row, RecurrenceColumn, recurrence);
        }
        m_table->resizeColumnsToContents();
        if (current >= 0 && current < m_table->rowCount())
            m_table->selectRow(current);
    }
    updateButtons();
    refreshCalendar();
}

void ActivityCalendarEditor::refreshCalendar()
{
    const Plan &plan = m_document->plan();
    const int first = std::min(plan.community.baseYear + 1, plan.community.horizonEnd);
    QStringList years;
    for (int i = 0; i < kCalendarYears; ++i) {
        const int year = first + i;
        years << QString::number(year);
        for (int month = 1; month <= 12; ++month) {
            QStringList names;
            for (const CommunityActivity &a : plan.people.activities) {
                if (a.monthsIn(year).contains(month))
                    names << a.name;
            }
            auto *item = new QTableWidgetItem(names.join(QLatin1Char('\n')));
            item->setToolTip(names.join(QLatin1Char('\n')));
            m_calendar->setItem(month - 1, i, item);
        }
    }
    m_calendar->setHorizontalHeaderLabels(years);
    fitCalendar();
}

void ActivityCalendarEditor::fitCalendar()
{
    // As tall as the names the month lists, a line each (in the fonts they are drawn in).
    const QFontMetrics metrics = m_calendar->fontMetrics();
    for (int row = 0; row < m_calendar->rowCount(); ++row) {
        int tallest = metrics.height();
        for (int column = 0; column < m_calendar->columnCount(); ++column) {
            if (const QTableWidgetItem *item = m_calendar->item(row, column))
                tallest = std::max(
                    tallest,
                    metrics.boundingRect(QRect(0, 0, 100000, 100000), Qt::AlignLeft, item->text())
                        .height());
        }
        m_calendar->setRowHeight(row, tallest + 8);
    }
    int height = m_calendar->horizontalHeader()->sizeHint().height() + 2 * m_calendar->frameWidth();
    for (int i = 0; i < m_calendar->rowCount(); ++i)
        height += m_calendar->rowHeight(i);
    m_calendar->setFixedHeight(height);
}

void ActivityCalendarEditor::itemEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    const Plan &plan = m_document->plan();
    if (row < 0 || row >= plan.people.activities.size())
        return;
    CommunityActivity a = plan.people.activities.at(row);
    const QString text = item->text().trimmed();
    bool ok = true;
    QString error;
    switch (item->column()) {
    case NameColumn:
        a.name = text;
        break;
    case WhenColumn:
        if (a.recurrence == Recurrence::Once) {
            a.date = QDate::fromString(text, Qt::ISODate);
            if (!a.date.isValid())
                error = tr("Date: write it as year-month-day, e.g. 2026-04-22.");
        } else {
            a.month = text.toInt(&ok);
        }
        break;
    case FirstYearColumn:
        a.firstYear = text.toInt(&ok);
        break;
    case LastYearColumn:
        a.lastYear = text.toInt(&ok);
        break;
    case ParticipantsColumn:
        a.participants = QLocale().toDouble(text, &ok);
        if (!ok)
            a.participants = text.toDouble(&ok);
        break;
    case CostColumn:
        a.costPerOccurrence = QLocale().toDouble(text, &ok);
        if (!ok)
            a.costPerOccurrence = text.toDouble(&ok);
        break;
    case MeasuresColumn:
        a.measures = measureIds(plan, text);
        break;
    case NoteColumn:
        a.note = item->text();
        break;
    default:
        return;
    }
    if (!ok)
        error = tr("“%1” is not a number.").arg(text);
    if (!error.isEmpty()) {
        showMessage(error);
        refresh();
        return;
    }
    push(row, a);
}

void ActivityCalendarEditor::comboChosen(int row, int column, int index)
{
    const Plan &plan = m_document->plan();
    if (row < 0 || row >= plan.people.activities.size())
        return;
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
    if (!combo)
        return;
    CommunityActivity a = plan.people.activities.at(row);
    if (column == GroupColumn) {
        a.group = combo->itemData(index).toString();
    } else {
        a.recurrence = Recurrence(combo->itemData(index).toInt());
        // A one-off keeps the first year as its date's; a recurring one runs from its date's
        // year to the horizon's end.
        if (a.recurrence == Recurrence::Once && !a.date.isValid())
            a.date = QDate(a.firstYear, std::clamp(a.month, 1, 12), 1);
        if (a.recurrence != Recurrence::Once && a.lastYear < a.firstYear) {
            a.firstYear = a.date.isValid() ? a.date.year() : plan.community.baseYear + 1;
            a.lastYear = plan.community.horizonEnd;
        }
    }
    push(row, a);
}

void ActivityCalendarEditor::push(int row, const CommunityActivity &activity)
{
    QString error;
    QUndoCommand *edit = PeopleEdits::setActivity(m_document, row, activity, &error);
    showMessage(error);
    if (edit)
        m_document->undoStack()->push(edit);
    else
        refresh(); // the refused value goes back to the plan's
}

void ActivityCalendarEditor::addActivity()
{
    const People &people = m_document->plan().people;
    const QString group = people.groups.isEmpty() ? QString() : people.groups.constFirst().id;
    if (QUndoCommand *edit = PeopleEdits::addActivity(m_document, tr("New activity"), group)) {
        m_document->undoStack()->push(edit);
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, NameColumn);
        m_table->editItem(m_table->item(row, NameColumn));
    }
}

void ActivityCalendarEditor::removeActivity()
{
    if (QUndoCommand *edit = PeopleEdits::removeActivity(m_document, m_table->currentRow()))
        m_document->undoStack()->push(edit);
}

void ActivityCalendarEditor::trackAsIndicator()
{
    if (QUndoCommand *edit = PeopleEdits::trackAsIndicator(m_document, m_table->currentRow())) {
        m_document->undoStack()->push(edit);
        showMessage(QString());
    } else {
        showMessage(tr("This activity has no year within the plan's horizon to track."));
    }
}

void ActivityCalendarEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ActivityCalendarEditor::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0;
    m_remove->setEnabled(selected);
    m_track->setEnabled(selected);
}

} // namespace zeroplan
