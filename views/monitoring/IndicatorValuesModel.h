#pragma once

#include <QAbstractTableModel>

namespace zeroplan {

class PlanDocument;
struct Indicator;

// The years of one indicator: year, plan, actual and the year's source, the last three edited
// in place (an empty cell clears a figure), each edit one undo step (IndicatorEdits); an edit
// refused says why through `refused`.
class IndicatorValuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Plan,
        Actual,
        Source,
        ColumnCount
    };

    explicit IndicatorValuesModel(PlanDocument *document, QObject *parent = nullptr);

    // The indicator shown (empty: none); reads the plan again.
    void setIndicator(const QString &id);
    QString indicatorId() const { return m_id; }
    void refresh();
    int yearAt(int row) const; // 0: no such row

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
    const Indicator *indicator() const;

    PlanDocument *m_document;
    QString m_id;
    int m_rows = 0;
};

} // namespace zeroplan
