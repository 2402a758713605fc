#pragma once

#include "monitoring/MeasureTracking.h"

#include <QAbstractTableModel>

namespace zeroplan {

struct Plan;

// The measures of the adopted plan in the latest monitoring year, one row each: name, status,
// traffic light (a coloured dot and its word), planned and actual adoption in the measure's
// own unit, completion, planned and realised tCO₂e, and the date of the last update.
class MeasureTrackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Light,
        Planned,
        Actual,
        Completion,
        PlannedTonnes,
        RealisedTonnes,
        LastUpdate,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `plan`: the adopted plan (names and units of its measures); none: no rows.
    void setTracking(const Plan *plan, const std::optional<MeasureTracking> &tracking);
    const MeasureTrack *track(int row) const;
    int year() const { return m_year; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MeasureTrack track;
        QString name;
        QString unit;
    };
    QList<Row> m_rows;
    int m_year = 0;
};

} // namespace zeroplan
