#include "CoBenefitsMatrix.h"

#include "PlanDocument.h"
#include "measures/CoBenefitDefaults.h"
#include "measures/MeasureCatalogue.h"
#include "present/LiveResults.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

// The measures the matrix shows: the current scenario's, in its order, else all the plan's.
QList<const Measure *> shownMeasures(const Plan &plan, int scenario)
{
    QList<const Measure *> out;
    if (scenario >= 0 && scenario < plan.scenarios.size()) {
        for (const ScenarioMeasure &sm : plan.scenarios[scenario].measures) {
            if (const Measure *m = plan.findMeasure(sm.measure))
                out.append(m);
        }
        return out;
    }
    for (const Measure &m : plan.measures)
        out.append(&m);
    return out;
}

// A cell's tooltip: the rating in words, the note, the source and the figure.
QString cellTip(const Measure &m, const CoBenefit &b)
{
    QStringList lines{CoBenefitsMatrix::tr("%1: %2").arg(coBenefitDimensionName(b.dimension),
                                                         coBenefitRatingName(b.rating))};
    const QString note = CoBenefitDefaults::displayText(m.kind, b.dimension, b.note);
    if (!note.isEmpty())
        lines << note;
    const QString source = CoBenefitDefaults::displayText(m.kind, b.dimension, b.source);
    if (!source.isEmpty())
        lines << CoBenefitsMatrix::tr("Source: %1").arg(source);
    if (b.quantity) {
        const QString per = b.quantity->basis == CoBenefitBasis::PerYear
                                ? CoBenefitsMatrix::tr("per year")
                                : CoBenefitsMatrix::tr("per unit of activity");
        lines << CoBenefitsMatrix::tr("Figure: %1 %2 %3 (%4)")
                     .arg(QLocale().toString(b.quantity->value), b.quantity->unit, per,
                          b.quantity->source);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CoBenefitsMatrix::CoBenefitsMatrix(PlanDocument *document, LiveResults *live, QWidget *parent)
    : QWidget(parent), m_document(document), m_live(live), m_title(new QLabel(this)),
      m_table(new QTableWidget(this)), m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("coBenefitsMatrix"));
    m_title->setObjectName(QStringLiteral("coBenefitsTitleLabel"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("coBenefitsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // read-only: no current cell to highlight
    m_table->setColumnCount(int(std::size(kAllCoBenefitDimensions)));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_legend->setObjectName(QStringLiteral("coBenefitsLegendLabel"));
    m_legend->setWordWrap(true);
    m_legend->setText(tr("✓ better · – no effect · ✗ worse · ? not assessed. Hover a cell for "
                         "the reason and its source; change a rating in the measure's form. "
                         "Bill savings in money are on the Costs page."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    connect(m_live, &LiveResults::updated, this, &CoBenefitsMatrix::refresh);
    connect(m_live, &LiveResults::currentScenarioChanged, this, &CoBenefitsMatrix::refresh);
    refresh();
}

void CoBenefitsMatrix::refresh()
{
    const Plan &plan = m_document->plan();
    const int scenario = m_live->currentScenario();
    const QList<const Measure *> measures = shownMeasures(plan, scenario);
    if (scenario >= 0 && scenario < plan.scenarios.size())
        m_title->setText(
            tr("Besides carbon: the measures of “%1”").arg(plan.scenarios[scenario].name));
    else
        m_title->setText(tr("Besides carbon: all the plan's measures"));
    QStringList columns;
    for (CoBenefitDimension d : kAllCoBenefitDimensions)
        columns << coBenefitDimensionName(d);
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(measures.size()));
    QStringList rows;
    for (int r = 0; r < measures.size(); ++r) {
        const Measure &m = *measures[r];
        rows << MeasureCatalogue::displayName(m);
        for (int c = 0; c < columns.size(); ++c) {
            const CoBenefit b = coBenefitFor(m.coBenefits, kAllCoBenefitDimensions[c]);
            auto *item = new QTableWidgetItem(coBenefitRatingMark(b.rating));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(cellTip(m, b));
            item->setData(Qt::UserRole, coBenefitRatingId(b.rating));
            if (b.rating == CoBenefitRating::NotAssessed)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rows);
    if (measures.isEmpty())
        m_title->setText(m_title->text() + QLatin1Char(' ') +
                         tr("(no measures yet: add them on the Measures page)"));
}

} // namespace zeroplan
