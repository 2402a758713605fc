#pragma once

#include "common/PickerChoice.h"
#include "inventory/ActivityLine.h"
#include "present/ActivityColumns.h"
#include "storage/PlanProblem.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace zeroplan {

class PlanDocument;
class LiveResults;
struct ChangeEvent;

// The baseline's activity lines as a table (document->plan().activities), with each line's
// base-year emissions. A line with problems (LiveResults::problems()) shows
// the icon of the worst in its first column, with the messages as its tool tip. Edits push undo
// commands on the document's stack and never write the plan; input that can't be taken is refused
// with editRefused(), naming the row and field.
//
// The model keeps its own copy of the list (implicitly shared, so cheap): the document says
// what changed only after the plan has changed, and the copy lets the model announce rows
// with begin/endInsertRows while it still shows the list as it was.
class ActivityTableModel : public QAbstractTableModel, public ActivityColumns
{
    Q_OBJECT

public:
    enum Role
    {
        // QList<PickerChoice> a picker offers for the cell (ActivityChoices); none for free text.
        ChoicesRole = zeroplan::ChoicesRole,
        LineIdRole, // the line's id, on every column
    };

    ActivityTableModel(PlanDocument *document, LiveResults *results, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // tCO₂e/yr of line `row` in the base year, as the engine computes it; nothing when the
    // engine could not compute it (unknown factor, unit that doesn't convert).
    std::optional<double> emissions(int row) const;

signals:
    // An edit was refused: "Row 3 (“homes-gas”), amount: “-5” is negative; …".
    void editRefused(const QString &message);
    // "New factor…" was picked for the line in `row` (ActivityChoices::newFactorValue()).
    void newFactorRequested(int row);

private:
    void onChanged(const ChangeEvent &event);
    void onResultsUpdated();
    QVariant display(const ActivityLine &line, int column) const;
    QVariant edit(const ActivityLine &line, int column) const;
    QVariant toolTip(const ActivityLine &line, int row, int column) const;
    QVariant choices(const ActivityLine &line, int column) const;
    QVariant problemMark(int row, int role) const;
    bool refuse(int row, int column, const QString &reason);
    void push(int row, int column, const ActivityLine &line);

    PlanDocument *m_document;
    LiveResults *m_results;
    QList<ActivityLine> m_lines;
    QHash<QString, double> m_emissions;  // by line id, base year
    QHash<int, PlanProblems> m_problems; // by row: the validator's problems of the line
    QHash<QString, int> m_openThreads;   // by object: the open comment threads (the badges)
};

} // namespace zeroplan
