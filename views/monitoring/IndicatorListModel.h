#pragma once

#include <QAbstractTableModel>

namespace zeroplan {

class PlanDocument;
struct Indicator;

// The committee's indicators (docs/monitoring.md, "Indicators"), one a row: name, unit, the
// latest year with an actual figure, the actual and plan there and how far apart they are, and
// the source. Name, unit and source are edited in place, each edit one undo step
// (IndicatorEdits); an edit refused says why through `refused`.
class IndicatorListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Unit,
        LatestYear,
        Actual,
        Plan,
        Versus, // actual − plan, and actual as a share of plan
        Source,
        ColumnCount
    };

    explicit IndicatorListModel(PlanDocument *document, QObject *parent = nullptr);

    // Reads the plan again.
    void refresh();
    const Indicator *indicator(int row) const; // nullptr: no such row
    int rowOf(const QString &id) const;        // -1: none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString &message);

private:
    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace zeroplan
