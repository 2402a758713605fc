#include "ActivityTableModel.h"

#include "ActivityChoices.h"
#include "ActivityEdit.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "common/ProblemIcon.h"
#include "inventory/FactorLibrary.h"
#include "plan/FactorResolver.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "review/ReviewText.h"
#include "storage/FactorText.h"
#include "storage/ProblemReport.h"

#include <QLocale>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace zeroplan {

namespace {

// As many decimals as the amount needs (up to 6), so the table shows what was typed.
int decimalsOf(double value)
{
    for (int d = 0; d < 6; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::abs(std::round(value * scale) - value * scale) < 1e-6 * std::max(1.0, value))
            return d;
    }
    return 6;
}

bool isNumeric(int column)
{
    return column == ActivityTableModel::AmountColumn ||
           column == ActivityTableModel::ScopeColumn ||
           column == ActivityTableModel::EmissionsColumn ||
           column == ActivityTableModel::CommentsColumn;
}

} // namespace

ActivityTableModel::ActivityTableModel(PlanDocument *document, LiveResults *results,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_results(results),
      m_lines(document->plan().activities)
{
    connect(document, &PlanDocument::changed, this, &ActivityTableModel::onChanged);
    connect(results, &LiveResults::updated, this, &ActivityTableModel::onResultsUpdated);
    connect(document, &PlanDocument::reviewChanged, this, [this] {
        m_openThreads = m_document->review().openThreadsByObject();
        if (rowCount() > 0)
            emit dataChanged(index(0, CommentsColumn), index(rowCount() - 1, CommentsColumn));
    });
    m_openThreads = document->review().openThreadsByObject();
    onResultsUpdated();
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityLine &line = m_lines.at(index.row());
    if (index.column() == SectorColumn && m_problems.contains(index.row()) &&
        (role == Qt::DecorationRole || role == Qt::ToolTipRole))
        return problemMark(index.row(), role);
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.column());
    case Qt::EditRole:
        return edit(line, index.column());
    case Qt::ToolTipRole:
        return toolTip(line, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    case ChoicesRole:
        return choices(line, index.column());
    case LineIdRole:
        return line.id;
    default:
        return {};
    }
}

QVariant ActivityTableModel::display(const ActivityLine &line, int column) const
{
    switch (column) {
    case SectorColumn:
        return sectorName(line.sector);
    case SubsectorColumn:
        return subsectorName(line.subsector);
    case CarrierColumn:
        return ProblemReport::carrierName(line.carrier);
    case AmountColumn:
        return NumberFormat::number(line.amount, decimalsOf(line.amount));
    case UnitColumn:
        return line.unit;
    case FactorColumn: {
        const EmissionFactor *f =
            FactorResolver(m_document->plan(), m_results->library()).find(line.factor);
        return f ? FactorText::name(*f) : line.factor;
    }
    case ScopeColumn:
        return QString::number(line.scope);
    case DataQualityColumn:
        return ActivityChoices::dataQualityName(line.dataQuality);
    case NotationKeyColumn:
        return notationKeyId(line.notationKey);
    case SourceColumn:
        return line.source;
    case EmissionsColumn: {
        const auto tonnes = m_emissions.constFind(line.id);
        return tonnes == m_emissions.cend() ? QStringLiteral("—")
                                            : NumberFormat::significant(*tonnes);
    }
    case CommentsColumn: {
        const int open = m_openThreads.value(ReviewTarget::activity(line.id).object());
        return open > 0 ? QLocale().toString(open) : QString();
    }
    }
    return {};
}

QVariant ActivityTableModel::edit(const ActivityLine &line, int column) const
{
    switch (column) {
    case SectorColumn:
        return sectorId(line.sector);
    case SubsectorColumn: // the id itself: "residential" is edited as typed
        return line.subsector;
    case CarrierColumn:
        return line.carrier;
    case AmountColumn: { // text without group separators, so the editor is a line edit
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(line.amount, 'f', decimalsOf(line.amount));
    }
    case FactorColumn:
        return line.factor;
    case ScopeColumn:
        return line.scope;
    case DataQualityColumn:
        return dataQualityId(line.dataQuality);
    case NotationKeyColumn:
        return notationKeyId(line.notationKey);
    case EmissionsColumn: {
        const auto row = m_emissions.constFind(line.id);
        return row == m_emissions.cend() ? QVariant() : QVariant(*row);
    }
    default:
        return display(line, column);
    }
}

QVariant ActivityTableModel::toolTip(const ActivityLine &line, int row, int column) const
{
    switch (column) {
    case FactorColumn: {
        const Plan &plan = m_document->plan();
        if (const EmissionFactor *f = FactorResolver(plan, m_results->library()).find(line.factor))
            return ActivityChoices::factorToolTip(*f, plan);
        return line.factor.isEmpty()
                   ? tr("No emission factor: choose one for this line.")
                   : tr("No emission factor “%1” in the plan or the library.").arg(line.factor);
    }
    case NotationKeyColumn:
        return ActivityChoices::notationKeyName(line.notationKey);
    case EmissionsColumn:
        if (!emissions(row))
            return tr("Not computed: the line needs an emission factor whose unit its amount "
                      "converts to.");
        return tr("Amount × emission factor in the base year, tCO₂e per year.");
    case CommentsColumn: {
        const ReviewTarget target = ReviewTarget::activity(line.id);
        const int all = int(m_document->review().threadsOn(target).size());
        return all == 0 ? tr("No comments on this line: Comments… starts one.")
                        : ReviewText::openBadge(m_document->review().openThreadsOn(target)) +
                              QLatin1Char('\n') + tr("%n thread(s) in all", nullptr, all);
    }
    default:
        return tr("Line “%1”").arg(line.id);
    }
}

// The icon of the line's worst problem, or its problems one per line as the tool tip.
QVariant ActivityTableModel::problemMark(int row, int role) const
{
    const PlanProblems &problems = m_problems[row];
    if (role == Qt::DecorationRole) {
        return problemIcon(hasErrors(problems) ? PlanProblem::Severity::Error
                                               : PlanProblem::Severity::Warning);
    }
    QStringList lines;
    for (const PlanProblem &p : problems) {
        lines << (p.severity == PlanProblem::Severity::Error ? tr("Error: %1") : tr("Warning: %1"))
                     .arg(p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ActivityTableModel::choices(const ActivityLine &line, int column) const
{
    QList<PickerChoice> list;
    switch (column) {
    case SectorColumn:
        list = ActivityChoices::sectors();
        break;
    case CarrierColumn:
        list = ActivityChoices::carriers();
        break;
    case UnitColumn:
        list = ActivityChoices::units(line.carrier);
        break;
    case FactorColumn:
        list = ActivityChoices::factors(m_document->plan(), m_results->library(), line.carrier,
                                        line.unit);
        break;
    case ScopeColumn:
        list = ActivityChoices::scopes();
        break;
    case DataQualityColumn:
        list = ActivityChoices::dataQualities();
        break;
    case NotationKeyColumn:
        list = ActivityChoices::notationKeys();
        break;
    default:
        return {};
    }
    return QVariant::fromValue(list);
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_lines.size())
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(section + 1);
        if (role == Qt::ToolTipRole)
            return tr("Line “%1”").arg(m_lines.at(section).id);
        return {};
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AmountColumn:
            return tr("Amount (per year)");
        case EmissionsColumn:
            return tr("Emissions (%1)").arg(NumberFormat::tonnesPerYearUnit());
        default:
            return columnName(section);
        }
    }
    if (role == Qt::ToolTipRole && section == AmountColumn)
        return tr("Activity in the base year, in the line's unit");
    if (role == Qt::ToolTipRole && section == FactorColumn)
        return tr("Emission factor: the value is CO₂e per unit of activity");
    return {};
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return index.column() == EmissionsColumn || index.column() == CommentsColumn
               ? base
               : base | Qt::ItemIsEditable;
}

bool ActivityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    if (index.column() == FactorColumn && value.toString() == ActivityChoices::newFactorValue()) {
        emit newFactorRequested(row); // the page opens the form; nothing changes here
        return false;
    }
    QString reason;
    const ActivityEdit change(m_document->plan(), m_results->library());
    const std::optional<ActivityLine> line =
        change.apply(m_lines.at(row), index.column(), value, &reason);
    if (!line)
        return refuse(row, index.column(), reason);
    if (*line != m_lines.at(row))
        push(row, index.column(), *line);
    return true;
}

bool ActivityTableModel::refuse(int row, int column, const QString &reason)
{
    emit editRefused(tr("Row %1 (“%2”), %3: %4")
                         .arg(row + 1)
                         .arg(m_lines.at(row).id, columnName(column).toLower(), reason));
    return false;
}

void ActivityTableModel::push(int row, int column, const ActivityLine &line)
{
    QUndoStack *stack = m_document->undoStack();
    if (column == AmountColumn && line.amount != m_lines.at(row).amount) {
        // Its own field, so that retyping the same amount merges into one step.
        stack->push(new ChangeValue<double>(
            m_document, PlanFields::activityAmount(m_document->plan(), row), line.amount));
        return;
    }
    // A step of its own: edits of two columns of one line stay two undo steps (a change of
    // the whole line would otherwise merge with the one before, as it is one field).
    pushSeparateStep(m_document,
                     tr("Change %1 of “%2”").arg(columnName(column).toLower(), m_lines.at(row).id),
                     PlanFields::activity(m_document->plan(), row), line);
}

std::optional<double> ActivityTableModel::emissions(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return std::nullopt;
    const auto tonnes = m_emissions.constFind(m_lines.at(row).id);
    return tonnes == m_emissions.cend() ? std::nullopt : std::optional<double>(*tonnes);
}

void ActivityTableModel::onChanged(const ChangeEvent &event)
{
    using Part = ChangeEvent::Part;
    using Kind = ChangeEvent::Kind;
    const QList<ActivityLine> &now = m_document->plan().activities;
    if (event.part == Part::Activities && event.index >= 0 && event.kind == Kind::Added &&
        m_lines.size() + event.count == now.size()) {
        beginInsertRows({}, int(event.index), int(event.index + event.count - 1));
        m_lines = now;
        endInsertRows();
    } else if (event.part == Part::Activities && event.index >= 0 && event.kind == Kind::Removed &&
               m_lines.size() - event.count == now.size()) {
        beginRemoveRows({}, int(event.index), int(event.index + event.count - 1));
        m_lines = now;
        endRemoveRows();
    } else if (event.part == Part::Activities && event.index >= 0 && event.index < m_lines.size() &&
               m_lines.size() == now.size()) {
        m_lines = now;
        const int row = int(event.index);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (event.part == Part::Activities || event.part == Part::Plan) {
        beginResetModel();
        m_lines = now;
        endResetModel();
    } else if ((event.part == Part::Factors || event.part == Part::Header ||
                event.part == Part::Community) &&
               !m_lines.isEmpty()) {
        // Factor names and values (GWP set, base year of a trajectory) show in every row.
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ActivityTableModel::onResultsUpdated()
{
    m_emissions.clear();
    for (const SourceResult &source : m_results->result().bauSources) {
        // Ids are unique in a valid plan; with a duplicate the first line's figure is shown.
        if (source.emissions.size() > 0 && !m_emissions.contains(source.id))
            m_emissions.insert(source.id, source.emissions[0]);
    }
    const QHash<int, PlanProblems> before = m_problems;
    m_problems.clear();
    static const QString prefix = QStringLiteral("/activities/");
    for (const PlanProblem &p : m_results->problems()) {
        if (!p.path.startsWith(prefix))
            continue;
        bool ok = false;
        const int row = p.path.mid(prefix.size()).section(QLatin1Char('/'), 0, 0).toInt(&ok);
        if (ok)
            m_problems[row].append(p);
    }
    if (m_lines.isEmpty())
        return;
    emit dataChanged(index(0, EmissionsColumn), index(rowCount() - 1, EmissionsColumn));
    if (m_problems != before) {
        emit dataChanged(index(0, SectorColumn), index(rowCount() - 1, SectorColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

} // namespace zeroplan
