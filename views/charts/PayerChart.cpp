#include "PayerChart.h"

#include "ChartAxes.h"
#include "ChartSeries.h"
#include "present/NumberFormat.h"
#include "residents/PayerTable.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QValueAxis>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr double kBar = 0.24; // a bar's thickness, in rows (three bars and a gap per row)

// Okabe & Ito: vermillion for money paid, bluish green for savings, blue for the NPV.
QColor paidColour()
{
    return QColor(0xd5, 0x5e, 0x00);
}
QColor savingsColour()
{
    return QColor(0x00, 0x9e, 0x73);
}
QColor npvColour()
{
    return QColor(0x00, 0x72, 0xb2);
}

} // namespace

PayerChart::PayerChart(QWidget *parent) : PlanChartView(parent)
{
    QChart *c = chart();
    c->setTitle(tr("Who pays and who saves"));
    m_money = new QValueAxis;
    m_parties = new QCategoryAxis;
    m_parties->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_parties->setGridLineVisible(false);
    c->addAxis(m_money, Qt::AlignBottom);
    c->addAxis(m_parties, Qt::AlignLeft);
    legendPanel()->setPlacement(ChartLegend::Placement::Bottom);
    setEmptyMessage(tr("Add a measure to the scenario to see who pays for it."));
}

void PayerChart::resizeBars(int count)
{
    const auto fit = [&](QList<QAreaSeries *> &bars, const QString &name, const QColor &colour) {
        while (bars.size() > count)
            ChartSeries::remove(chart(), bars.takeLast());
        while (bars.size() < count) {
            QAreaSeries *bar = ChartSeries::addArea(chart(), m_money, m_parties, name, colour);
            bar->setPen(QPen(colour.darker(120), 1));
            ChartSeries::setInLegend(chart(), bar, bars.isEmpty()); // the first names the kind
            bars.append(bar);
        }
    };
    fit(m_paid, tr("Pays (investment + running cost)"), paidColour());
    fit(m_savings, tr("Bill savings received"), savingsColour());
    fit(m_npv, tr("Net present value"), npvColour());
}

void PayerChart::setTable(const PayerTable &total, int firstYear, int lastYear,
                          const QString &currency)
{
    if (total.parties.empty()) {
        setEmptyMessage(tr("Add a measure to the scenario to see who pays for it."));
        return;
    }
    const int n = int(total.parties.size());
    resizeBars(n);
    for (const QString &label : m_parties->categoriesLabels())
        m_parties->remove(label);
    m_labels.clear();
    // Money on the axis in the unit of a column of totals (万元 for CNY in Chinese).
    const double scale = NumberFormat::writesYuan(currency) ? 1e-4 : 1.0;
    double low = 0;
    double high = 0;
    for (int i = 0; i < n; ++i) {
        const PartyMoney &m = total.parties[size_t(i)];
        const QString name = partyName(m.party);
        m_labels.append(name);
        const double row = n - 1 - i; // the first party on top
        const double values[] = {(m.capex + m.opex).sum(), m.savings.sum(), m.npv};
        QAreaSeries *bars[] = {m_paid.at(i), m_savings.at(i), m_npv.at(i)};
        const QString what[] = {tr("pays %1"), tr("receives %1 of savings"), tr("NPV %1")};
        for (int k = 0; k < 3; ++k) {
            const double top = row + 1.5 * kBar - k * kBar; // paid on top, NPV at the bottom
            const double v = values[k] * scale;
            ChartSeries::setRectangle(bars[k], std::min(0.0, v), std::max(0.0, v), top - kBar, top);
            low = std::min(low, v);
            high = std::max(high, v);
            const QString line = what[k].arg(NumberFormat::money(values[k], currency));
            const QString html = name.toHtmlEscaped();
            ChartSeries::setHoverText(
                bars[k], [html, line](const QPointF &) { return ChartSeries::tip(html, line); });
        }
    }
    m_parties->setStartValue(-0.5);
    for (int row = 0; row < n; ++row)
        m_parties->append(m_labels.at(n - 1 - row), row + 0.5);
    m_parties->setRange(-0.5, n - 0.5);
    ChartAxes::setupValueAxis(m_money,
                              tr("%1 to %2 (%3)")
                                  .arg(NumberFormat::year(firstYear), NumberFormat::year(lastYear),
                                       NumberFormat::moneyColumnUnit(currency)),
                              low, high);
    setEmptyMessage(QString());
    noteDataChanged();
}

} // namespace zeroplan
