#include "MeasureTrackModel.h"

#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "present/MonitoringText.h"
#include "present/NumberFormat.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <cmath>

namespace zeroplan {

namespace {

// An adoption as the committee reads it: a share with up to three figures ("0.28"), a
// quantity with two places ("444.44" kWp), so the planned figure can be typed back as it is.
QString adoptionText(double value)
{
    return std::abs(value) < 1 ? NumberFormat::significant(value) : NumberFormat::number(value, 2);
}

// A filled round dot in the light's colour, for the light cell.
QIcon dot(TrackLight light)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(MonitoringText::lightColour(light));
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace

void MeasureTrackModel::setTracking(const Plan *plan,
                                    const std::optional<MeasureTracking> &tracking)
{
    beginResetModel();
    m_rows.clear();
    m_year = tracking ? tracking->year : 0;
    if (plan && tracking) {
        for (const MeasureTrack &t : tracking->measures) {
            const Measure *m = plan->findMeasure(t.measure);
            m_rows.append({t, m ? MeasureCatalogue::displayName(*m) : t.measure,
                           MonitoringText::adoptionUnit(*plan, t.measure)});
        }
    }
    endResetModel();
}

const MeasureTrack *MeasureTrackModel::track(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).track : nullptr;
}

int MeasureTrackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureTrackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureTrackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const MeasureTrack &t = row.track;
    const QString none = tr("—");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return row.name;
        case Status:
            return t.reported ? progressStatusName(t.status) : none;
        case Light:
            return trackLightName(t.light);
        case Planned:
            return adoptionText(t.planned);
        case Actual:
            return t.actual ? adoptionText(*t.actual) : none;
        case Completion:
            return t.completion ? NumberFormat::percent(*t.completion) : none;
        case PlannedTonnes:
            return NumberFormat::number(t.plannedAbatement, 1);
        case RealisedTonnes:
            return t.realisedAbatement ? NumberFormat::number(*t.realisedAbatement, 1) : none;
        case LastUpdate:
            return t.lastUpdate ? t.lastUpdate->toString(Qt::ISODate) : none;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Light)
        return dot(t.light);
    if (role == Qt::ToolTipRole && (index.column() == Planned || index.column() == Actual))
        return tr("Adoption in %1; goal %2").arg(row.unit, adoptionText(t.goal));
    if (role == Qt::TextAlignmentRole && index.column() >= Planned && index.column() != LastUpdate)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MeasureTrackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Measure");
    case Status:
        return tr("Status");
    case Light:
        return tr("Light");
    case Planned:
        return tr("Planned adoption");
    case Actual:
        return tr("Actual adoption");
    case Completion:
        return tr("Completion");
    case PlannedTonnes:
        return tr("Planned (%1)").arg(NumberFormat::tonnesUnit());
    case RealisedTonnes:
        return tr("Realised (%1)").arg(NumberFormat::tonnesUnit());
    case LastUpdate:
        return tr("Last update");
    default:
        return {};
    }
}

} // namespace zeroplan
