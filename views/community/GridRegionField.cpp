#include "GridRegionField.h"

#include "ChangeValue.h"
#include "PlanFields.h"
#include "inventory/FactorLibrary.h"
#include "plan/FactorResolver.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "present/NumberFormat.h"
#include "storage/FactorText.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace zeroplan {

GridRegionField::GridRegionField(PlanDocument *document, const FactorLibrary &library,
                                 QWidget *parent)
    : QWidget(parent), m_document(document), m_library(library), m_comboBox(new QComboBox(this)),
      m_provinceBox(new QComboBox(this)), m_factorLabel(new QLabel(this))
{
    m_comboBox->setObjectName(QStringLiteral("gridRegionComboBox"));
    m_provinceBox->setObjectName(QStringLiteral("gridProvinceComboBox"));
    m_factorLabel->setObjectName(QStringLiteral("gridFactorLabel"));
    m_factorLabel->setWordWrap(true);
    m_factorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fillLists();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_comboBox);
    layout->addWidget(m_provinceBox);
    layout->addWidget(m_factorLabel);

    // activated: the user's choice only, not the refresh setting the current item.
    connect(m_comboBox, &QComboBox::activated, this, &GridRegionField::choose);
    connect(m_provinceBox, &QComboBox::activated, this,
            [this](int index) { chooseRegion(m_provinceBox->itemData(index).toString()); });
    refresh();
}

// The regions and the provinces, named in the language the window speaks.
void GridRegionField::fillLists()
{
    const QSignalBlocker regionBlocker(m_comboBox);
    const QSignalBlocker provinceBlocker(m_provinceBox);
    m_comboBox->clear();
    m_comboBox->setPlaceholderText(tr("Choose the grid region"));
    m_comboBox->setToolTip(tr("The power grid the community draws from; it sets the emission "
                              "factor of the electricity that measures add."));
    for (const QString &region : m_library.gridRegions())
        m_comboBox->addItem(FactorText::regionWithProvinces(region), region);
    m_provinceBox->clear();
    m_provinceBox->setPlaceholderText(tr("Or choose the province"));
    m_provinceBox->setToolTip(tr("The province the community lies in: picks the grid that "
                                 "serves it."));
    for (const FactorText::Province &p : FactorText::provinces()) {
        if (m_library.gridRegions().contains(p.region))
            m_provinceBox->addItem(p.name, p.region);
    }
    m_provinceBox->setVisible(m_provinceBox->count() > 0);
}

void GridRegionField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillLists();
        refresh();
    }
    QWidget::changeEvent(event);
}

void GridRegionField::refresh()
{
    const QString region = m_document->plan().community.gridRegion;
    const QSignalBlocker blocker(m_comboBox);
    int index = m_comboBox->findData(region);
    if (index < 0 && !region.isEmpty()) {
        // A region the library does not know (a plan from elsewhere): show it as it is.
        m_comboBox->addItem(tr("%1 (not in the factor library)").arg(region), region);
        index = m_comboBox->count() - 1;
    }
    m_comboBox->setCurrentIndex(index);
    // The province stays shown while it lies in the plan's region.
    const QSignalBlocker provinceBlocker(m_provinceBox);
    if (m_provinceBox->currentData().toString() != region)
        m_provinceBox->setCurrentIndex(-1);
    m_factorLabel->setText(factorText());
}

void GridRegionField::choose(int index)
{
    chooseRegion(m_comboBox->itemData(index).toString());
}

void GridRegionField::chooseRegion(const QString &region)
{
    const Plan &plan = m_document->plan();
    const EmissionFactor *factor = m_library.gridFactor(region, plan.community.baseYear);
    if (!factor) {
        emit refused(tr("Grid region: the factor library %1 has no electricity factor for "
                        "\"%2\".")
                         .arg(m_library.version(), FactorText::regionName(region)));
        refresh();
        return;
    }
    // The factor, and the currency and prices while they are the old region's defaults, go
    // with the region in one undo step.
    const RegionDefaults next =
        StartingPlan::forRegion(plan, region, m_library, PriceLibrary::builtIn());
    if (next == StartingPlan::current(plan)) {
        refresh();
        return;
    }
    m_document->undoStack()->push(
        new ChangeValue<RegionDefaults>(m_document, PlanFields::gridRegion(), next));
    refresh();
}

QString GridRegionField::factorText() const
{
    const Plan &plan = m_document->plan();
    const EmissionFactor *f = FactorResolver(plan, m_library).electricity();
    if (!f)
        return tr("No electricity factor: choose a grid region.");
    const double kgPerUnit = f->tonnesCO2ePerUnit(plan.community.baseYear, plan.gwp) * 1000.0;
    const bool own = std::any_of(plan.factors.cbegin(), plan.factors.cend(),
                                 [f](const EmissionFactor &p) { return &p == f; });
    const QString origin = own ? tr("the plan's own factor") : tr("factor library");
    return tr("Electricity factor %1: %2 kg CO₂e/%3 in %4 (%5). Source: %6")
        .arg(FactorText::name(*f), NumberFormat::number(kgPerUnit, 4), f->activityUnit,
             NumberFormat::year(plan.community.baseYear), origin, FactorText::source(*f));
}

} // namespace zeroplan
