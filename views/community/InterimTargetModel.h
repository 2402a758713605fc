#pragma once

#include <QAbstractTableModel>

namespace zeroplan {

class PlanDocument;
struct ChangeEvent;

// The plan's interim targets as an editable table: year and cut (% of base-year gross
// emissions). Every edit, addition and removal is an undo step on the document; a value the
// plan would not accept (year outside the horizon, cut outside 0–100 %, a second target for
// a year) is refused and said with refused().
class InterimTargetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        YearColumn,
        CutColumn,
        ColumnCount
    };

    explicit InterimTargetModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole: the year as int, the cut in percent (40 = −40 %).
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Adds a target five years after the last (or the first free year in the horizon) with
    // the last one's cut; false with refused() when every year already has one.
    bool addTarget();
    bool removeTarget(int row);

signals:
    void refused(const QString &message);

private:
    void onChanged(const ChangeEvent &event);

    PlanDocument *m_document;
    int m_rows = 0; // rows the view knows, to tell a reset from a change
};

} // namespace zeroplan
