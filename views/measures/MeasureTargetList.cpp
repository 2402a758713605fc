#include "MeasureTargetList.h"

#include "ChangeValue.h"

#include "MeasureIndex.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "inventory/Carrier.h"
#include "measures/MeasureCatalogue.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

QString lineText(const ActivityLine &line)
{
    const Carrier *carrier = Carriers::find(line.carrier);
    const QString carrierName = carrier ? carrier->displayName() : line.carrier;
    const QString what =
        line.note.isEmpty() ? line.id : line.id + QStringLiteral(" — ") + line.note;
    return MeasureTargetList::tr("%1 (%2, %3)").arg(what, carrierName, sectorName(line.sector));
}

bool sameSet(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

} // namespace

MeasureTargetList::MeasureTargetList(PlanDocument *document, const QString &measureId,
                                     QWidget *parent)
    : QWidget(parent), m_document(document), m_measureId(measureId), m_list(new QListWidget(this)),
      m_hint(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("targetLinesList"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_hint->setObjectName(QStringLiteral("targetHintLabel"));
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &MeasureTargetList::toggled);
    refresh();
}

QStringList MeasureTargetList::defaultTargets(const MeasureKindSpec &spec) const
{
    QStringList ids;
    for (const ActivityLine &line : m_document->plan().activities) {
        if (spec.targets.matchesByDefault(line.carrier, line.sector, line.subsector))
            ids << line.id;
    }
    return ids;
}

QStringList MeasureTargetList::tickedTargets() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

QList<std::pair<QString, QString>> MeasureTargetList::rowsFor(const Measure &measure) const
{
    const Plan &plan = m_document->plan();
    const MeasureKindSpec &spec = MeasureCatalogue::spec(measure.kind);
    QList<std::pair<QString, QString>> rows; // id, text
    for (const ActivityLine &line : plan.activities) {
        if (spec.targets.acceptsCarrier(line.carrier))
            rows.append({line.id, lineText(line)});
    }
    // A target the baseline no longer has stays visible, so the user can untick it.
    for (const QString &id : measure.targets) {
        const ActivityLine *line = plan.findActivity(id);
        if (!line || !spec.targets.acceptsCarrier(line->carrier))
            rows.append({id, tr("%1 (not a line this measure can act on)").arg(id)});
    }
    return rows;
}

void MeasureTargetList::refresh()
{
    const Measure *measure = m_document->plan().findMeasure(m_measureId);
    if (!measure)
        return;
    const MeasureKindSpec &spec = MeasureCatalogue::spec(measure->kind);
    m_list->setVisible(!spec.targets.none);
    const QList<std::pair<QString, QString>> rows = rowsFor(*measure);
    const QStringList ticked = measure->targets.isEmpty() ? defaultTargets(spec) : measure->targets;
    m_refreshing = true;
    // Rebuild only when the lines changed, so a click keeps the list where it is scrolled.
    bool same = m_list->count() == rows.size();
    for (int row = 0; same && row < m_list->count(); ++row)
        same = m_list->item(row)->data(Qt::UserRole).toString() == rows.at(row).first &&
               m_list->item(row)->text() == rows.at(row).second;
    if (!same) {
        m_list->clear();
        for (const auto &[id, text] : rows)
            new QListWidgetItem(text, m_list);
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setData(Qt::UserRole, rows.at(row).first);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(ticked.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_refreshing = false;
    showHint(*measure);
}

void MeasureTargetList::toggled(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (index < 0)
        return;
    const Measure &measure = plan.measures.at(index);
    const MeasureKindSpec &spec = MeasureCatalogue::spec(measure.kind);
    const QStringList ticked = tickedTargets();
    if (ticked.isEmpty() && !spec.targets.explicitOnly) {
        // No line named means "the default lines": refuse rather than silently widen it.
        m_refreshing = true;
        item->setCheckState(Qt::Checked);
        m_refreshing = false;
        showHint(measure, tr("Keep at least one line ticked. To stop the measure, leave it "
                             "out of the scenarios."));
        return;
    }
    const bool isDefault = !spec.targets.explicitOnly && sameSet(ticked, defaultTargets(spec));
    pushSeparateStep(m_document, PlanFields::measureTargets(plan, index),
                     isDefault ? QStringList() : ticked);
}

void MeasureTargetList::showHint(const Measure &measure, const QString &problem)
{
    const MeasureKindSpec &spec = MeasureCatalogue::spec(measure.kind);
    QString text;
    if (spec.targets.none)
        text = tr("This measure acts on no activity line: what it takes up or offsets is "
                  "counted apart from the emissions.");
    else if (m_list->count() == 0)
        text = tr("The baseline has no line this measure can act on.");
    else if (spec.targets.explicitOnly)
        text = measure.targets.isEmpty()
                   ? tr("Tick the lines this measure acts on: it acts on none until you do.")
                   : tr("Acts on the ticked lines.");
    else
        text = measure.targets.isEmpty()
                   ? tr("Acts on the kind's default lines (ticked). Untick a line to leave it out.")
                   : tr("Acts on the ticked lines only.");
    if (!problem.isEmpty())
        text = QStringLiteral("<span style=\"color:#b00020\">%1</span><br>%2")
                   .arg(problem.toHtmlEscaped(), text.toHtmlEscaped());
    m_hint->setText(text);
}

} // namespace zeroplan
