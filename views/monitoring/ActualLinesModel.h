#pragma once

#include <QAbstractTableModel>

namespace zeroplan {

class PlanDocument;

// The activity lines of one actual inventory, beside the baseline's amount of the same line;
// the actual amount is edited in place, each edit one undo step (EditMonitoring).
class ActualLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Unit,
        Baseline,
        Amount,
        ColumnCount
    };

    explicit ActualLinesModel(PlanDocument *document, QObject *parent = nullptr);

    // The year shown (0: none); reads the plan again.
    void setYear(int year);
    int year() const { return m_year; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    PlanDocument *m_document;
    int m_year = 0;
    int m_rows = 0;
};

} // namespace zeroplan
