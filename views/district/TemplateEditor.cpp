#include "TemplateEditor.h"

#include "DistrictDocument.h"
#include "DistrictTemplateEdits.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace zeroplan {

namespace {

enum Column
{
    WhatColumn,
    ValueColumn,
    FollowColumn,
    OwnColumn,
    DifferColumn,
    ValueColumns
};

// A table item the user cannot edit.
QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// A table showing whole rows, one selected at a time.
QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

// The community's own value of `key` as text, for a price or the discount rate; empty for
// the other keys (their values are whole lists or many measures).
QString ownValueText(const DistrictTemplate &templ, const Plan &plan, const QString &key)
{
    if (key == DistrictTemplate::discountRateKey()) {
        const double percent = plan.community.discountRate * 100;
        return NumberFormat::percent(plan.community.discountRate,
                                     std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1);
    }
    if (const Price *price = templ.price(key))
        return TemplateEditor::tr("%1 per %2")
            .arg(QLocale().toString(plan.priceOf(price->carrier, price->unit)), price->unit);
    return {};
}

} // namespace

TemplateEditor::TemplateEditor(DistrictDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("templateTab"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(makeValuesBox());
    splitter->addWidget(makeCommunityBox());
    layout->addWidget(splitter);
    connect(m_document, &DistrictDocument::districtChanged, this, &TemplateEditor::refresh);
    connect(m_document, &DistrictDocument::memberChanged, this, &TemplateEditor::refresh);
    refresh();
}

QWidget *TemplateEditor::makeValuesBox()
{
    auto *box = new QGroupBox(tr("The template: what every community gets"), this);
    auto *layout = new QVBoxLayout(box);

    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(new QLabel(tr("Discount rate:"), box));
    m_discountRate = new QDoubleSpinBox(box);
    m_discountRate->setObjectName(QStringLiteral("discountRateSpinBox"));
    m_discountRate->setRange(0, 30);
    m_discountRate->setDecimals(2);
    m_discountRate->setSingleStep(0.5);
    m_discountRate->setSuffix(tr(" %"));
    m_discountRate->setKeyboardTracking(false);
    rateRow->addWidget(m_discountRate);
    m_discountNote = new QLabel(box);
    rateRow->addWidget(m_discountNote);
    rateRow->addStretch(1);
    layout->addLayout(rateRow);

    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(new QLabel(tr("Energy price:"), box));
    m_carrier = new QComboBox(box);
    m_carrier->setObjectName(QStringLiteral("addPriceCarrierCombo"));
    m_carrier->setToolTip(tr("The carriers and units the communities' plans price"));
    priceRow->addWidget(m_carrier);
    m_price = new QDoubleSpinBox(box);
    m_price->setObjectName(QStringLiteral("addPriceValueSpinBox"));
    m_price->setRange(0, 1e6);
    m_price->setDecimals(4);
    priceRow->addWidget(m_price);
    m_addPrice = new QPushButton(tr("Add price…"), box);
    m_addPrice->setObjectName(QStringLiteral("addPriceButton"));
    m_addPrice->setToolTip(tr("Put this price into the template: every community that does not "
                              "keep its own price gets it"));
    priceRow->addWidget(m_addPrice);
    priceRow->addStretch(1);
    layout->addLayout(priceRow);

    m_values = makeTable(box, QStringLiteral("templateValuesView"));
    m_values->setColumnCount(ValueColumns);
    m_values->setHorizontalHeaderLabels(
        {tr("What"), tr("Value"), tr("Follow it"), tr("Keep their own"), tr("Differ")});
    m_values->setToolTip(tr("A price's value can be edited in its cell"));
    layout->addWidget(m_values, 1);

    auto *buttons = new QHBoxLayout;
    m_remove = new QPushButton(tr("Remove from template"), box);
    m_remove->setObjectName(QStringLiteral("removeTemplateValueButton"));
    m_remove->setToolTip(tr("Stop templating the chosen value: the communities keep what they "
                            "hold"));
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_discountRate, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_refreshing)
            m_discountTouched = true;
    });
    connect(m_discountRate, &QDoubleSpinBox::editingFinished, this,
            &TemplateEditor::discountRateEdited);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &TemplateEditor::carrierChosen);
    connect(m_addPrice, &QPushButton::clicked, this, &TemplateEditor::addPrice);
    connect(m_values, &QTableWidget::itemChanged, this, &TemplateEditor::priceCellEdited);
    connect(m_remove, &QPushButton::clicked, this, &TemplateEditor::removeSelectedValue);
    connect(m_values, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!selectedValueKey().isEmpty()); });
    return box;
}

QWidget *TemplateEditor::makeCommunityBox()
{
    auto *box = new QGroupBox(tr("A community against the template"), this);
    auto *layout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Community:"), box));
    m_community = new QComboBox(box);
    m_community->setObjectName(QStringLiteral("templateCommunityCombo"));
    row->addWidget(m_community, 1);
    layout->addLayout(row);

    m_overrides = makeTable(box, QStringLiteral("templateOverridesView"));
    m_overrides->setColumnCount(4);
    m_overrides->setHorizontalHeaderLabels(
        {tr("What"), tr("Template's value"), tr("Its value"), tr("State")});
    m_overrides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_overrides, 1);

    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(tr("Reset to template"), box);
    m_reset->setObjectName(QStringLiteral("resetToTemplateButton"));
    m_reset->setToolTip(tr("The community takes the template's value again"));
    m_keep = new QPushButton(tr("Keep own value"), box);
    m_keep->setObjectName(QStringLiteral("keepOwnValueButton"));
    m_keep->setToolTip(tr("Later changes of the template pass this community by"));
    buttons->addWidget(m_reset);
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_community, &QComboBox::currentIndexChanged, this, &TemplateEditor::refreshCommunity);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetSelected);
    connect(m_keep, &QPushButton::clicked, this, &TemplateEditor::keepSelected);
    connect(m_overrides, &QTableWidget::itemSelectionChanged, this,
            &TemplateEditor::enableCommunityButtons);
    return box;
}

void TemplateEditor::refresh()
{
    m_refreshing = true;
    const DistrictTemplate &templ = m_document->district().templ;
    // Not templated: the box starts at the first community's own rate (never a misleading
    // 0 %), for the user to change into the template's.
    double shown = Community().discountRate;
    if (templ.discountRate)
        shown = *templ.discountRate;
    else if (m_document->memberCount() > 0)
        shown = m_document->member(0).plan.community.discountRate;
    m_discountRate->setValue(shown * 100);
    m_discountNote->setText(templ.discountRate ? QString()
                                               : tr("(not templated: each community keeps its "
                                                    "own)"));
    m_discountTouched = false;
    refreshCarriers();
    refreshValues();

    // The communities, by member; the chosen one stays chosen.
    const int chosen = m_community->currentIndex();
    m_community->clear();
    for (int i = 0; i < m_document->memberCount(); ++i)
        m_community->addItem(m_document->member(i).name, i);
    if (chosen >= 0 && chosen < m_community->count())
        m_community->setCurrentIndex(chosen);
    m_refreshing = false;
    refreshCommunity();
}

void TemplateEditor::refreshCarriers()
{
    // Every carrier and unit a community's plan prices, each once, in the order first met.
    const QVariant chosen = m_carrier->currentData();
    m_carrier->clear();
    QStringList seen;
    for (int i = 0; i < m_document->memberCount(); ++i) {
        for (const Price &price : m_document->member(i).plan.prices) {
            const QString key = DistrictTemplate::priceKey(price.carrier, price.unit);
            if (seen.contains(key))
                continue;
            seen.append(key);
            m_carrier->addItem(m_document->district().templ.keyName(key), key);
        }
    }
    const int index = m_carrier->findData(chosen);
    m_carrier->setCurrentIndex(index >= 0 ? index : 0);
    carrierChosen();
}

void TemplateEditor::carrierChosen()
{
    // The price offered: the template's, else the first community's of that carrier and unit.
    const QString key = m_carrier->currentData().toString();
    if (key.isEmpty())
        return;
    if (const Price *price = m_document->district().templ.price(key)) {
        m_price->setValue(price->price);
        return;
    }
    for (int i = 0; i < m_document->memberCount(); ++i)
        for (const Price &price : m_document->member(i).plan.prices)
            if (DistrictTemplate::priceKey(price.carrier, price.unit) == key) {
                m_price->setValue(price.price);
                return;
            }
}

void TemplateEditor::refreshValues()
{
    const bool was = m_refreshing;
    m_refreshing = true;
    const QString selected = selectedValueKey();
    const District &district = m_document->district();
    const DistrictTemplate &templ = district.templ;
    m_keys = templ.keys();
    m_values->setRowCount(int(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        const QString &key = m_keys[row];
        int follow = 0, own = 0, differ = 0;
        for (int i = 0; i < m_document->memberCount(); ++i) {
            const int link = m_document->linkOfMember(i);
            if (link >= 0 && district.communities[link].overrides.contains(key))
                ++own;
            else if (templ.differs(m_document->member(i).plan, key))
                ++differ;
            else
                ++follow;
        }
        m_values->setItem(row, WhatColumn, readOnlyItem(templ.keyName(key)));
        if (const Price *price = templ.price(key)) {
            auto *item = new QTableWidgetItem;
            // As text, so the cell is edited in full precision (a number cell's spin box keeps
            // two decimals).
            item->setText(QLocale().toString(price->price, 'g', 12));
            item->setToolTip(templ.valueText(key));
            m_values->setItem(row, ValueColumn, item);
        } else {
            m_values->setItem(row, ValueColumn, readOnlyItem(templ.valueText(key)));
        }
        m_values->setItem(row, FollowColumn, readOnlyItem(QLocale().toString(follow)));
        m_values->setItem(row, OwnColumn, readOnlyItem(QLocale().toString(own)));
        m_values->setItem(row, DifferColumn, readOnlyItem(QLocale().toString(differ)));
    }
    m_values->resizeColumnsToContents();
    m_values->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    const int row = int(m_keys.indexOf(selected));
    if (row >= 0)
        m_values->selectRow(row);
    m_remove->setEnabled(row >= 0);
    m_refreshing = was;
}

void TemplateEditor::refreshCommunity()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QString selected = selectedCommunityKey();
    m_communityKeys.clear();
    m_communityOwn.clear();
    m_communityDiffers.clear();
    const int member =
        m_community->currentData().isValid() ? m_community->currentData().toInt() : -1;
    const District &district = m_document->district();
    const DistrictTemplate &templ = district.templ;
    QStringList states;
    if (member >= 0 && member < m_document->memberCount()) {
        const int link = m_document->linkOfMember(member);
        const Plan &plan = m_document->member(member).plan;
        for (const QString &key : templ.keys()) {
            m_communityKeys.append(key);
            if (link >= 0 && district.communities[link].overrides.contains(key)) {
                m_communityOwn.append(true);
                states.append(tr("Keeps its own value"));
            } else if (templ.differs(plan, key)) {
                m_communityOwn.append(false);
                states.append(tr("Differs from the template"));
            } else {
                m_communityOwn.append(false);
                states.append(tr("Follows the template"));
            }
            m_communityDiffers.append(templ.differs(plan, key));
        }
    }
    m_overrides->setRowCount(int(m_communityKeys.size()));
    for (int row = 0; row < m_communityKeys.size(); ++row) {
        const QString &key = m_communityKeys[row];
        m_overrides->setItem(row, 0, readOnlyItem(templ.keyName(key)));
        m_overrides->setItem(row, 1, readOnlyItem(templ.valueText(key)));
        m_overrides->setItem(
            row, 2, readOnlyItem(ownValueText(templ, m_document->member(member).plan, key)));
        m_overrides->setItem(row, 3, readOnlyItem(states[row]));
    }
    m_overrides->resizeColumnsToContents();
    m_overrides->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const int row = int(m_communityKeys.indexOf(selected));
    if (row >= 0)
        m_overrides->selectRow(row);
    m_refreshing = false;
    enableCommunityButtons();
}

void TemplateEditor::enableCommunityButtons()
{
    // Reset: the community keeps its own value or differs; keep: it does not keep it yet.
    const int row = selectedCommunityKey().isEmpty() ? -1 : m_overrides->currentRow();
    m_reset->setEnabled(row >= 0 && (m_communityOwn[row] || m_communityDiffers[row]));
    m_keep->setEnabled(row >= 0 && !m_communityOwn[row]);
}

void TemplateEditor::discountRateEdited()
{
    if (m_refreshing || !m_discountTouched)
        return;
    m_discountTouched = false;
    const double rate = m_discountRate->value() / 100;
    const std::optional<double> &now = m_document->district().templ.discountRate;
    if (now && std::abs(*now - rate) < 1e-12)
        return;
    DistrictTemplateEdits::push(*m_document,
                                DistrictTemplateEdits::setDiscountRate(*m_document, rate));
}

void TemplateEditor::addPrice()
{
    const QString key = m_carrier->currentData().toString();
    if (key.isEmpty())
        return;
    // The carrier and unit of the key, from the communities' price it was made of.
    for (int i = 0; i < m_document->memberCount(); ++i) {
        for (const Price &price : m_document->member(i).plan.prices) {
            if (DistrictTemplate::priceKey(price.carrier, price.unit) != key)
                continue;
            Price templated{price.carrier, price.unit, m_price->value(), tr("District template")};
            if (const Price *now = m_document->district().templ.price(key))
                templated.source = now->source;
            DistrictTemplateEdits::push(*m_document,
                                        DistrictTemplateEdits::setPrice(*m_document, templated));
            return;
        }
    }
}

void TemplateEditor::priceCellEdited(QTableWidgetItem *item)
{
    if (m_refreshing || !item || item->column() != ValueColumn || item->row() >= m_keys.size())
        return;
    const Price *now = m_document->district().templ.price(m_keys[item->row()]);
    if (!now)
        return;
    bool ok = false;
    const double value = QLocale().toDouble(item->text().trimmed(), &ok);
    if (!ok || value < 0 || value == now->price) {
        refreshValues();
        return;
    }
    Price price = *now;
    price.price = value;
    // Pushed later: the table is rebuilt by the change, which must not happen while the item
    // that signalled is being committed.
    QMetaObject::invokeMethod(
        this,
        [this, price] {
            DistrictTemplateEdits::push(*m_document,
                                        DistrictTemplateEdits::setPrice(*m_document, price));
        },
        Qt::QueuedConnection);
}

void TemplateEditor::removeSelectedValue()
{
    const QString key = selectedValueKey();
    if (key.isEmpty())
        return;
    DistrictTemplateEdits::push(*m_document, DistrictTemplateEdits::clearValue(*m_document, key));
}

void TemplateEditor::resetSelected()
{
    const QString key = selectedCommunityKey();
    const int link = selectedLink();
    if (key.isEmpty() || link < 0)
        return;
    DistrictTemplateEdits::push(*m_document,
                                DistrictTemplateEdits::resetToTemplate(*m_document, link, key));
}

void TemplateEditor::keepSelected()
{
    const QString key = selectedCommunityKey();
    const int link = selectedLink();
    if (key.isEmpty() || link < 0)
        return;
    DistrictTemplateEdits::push(*m_document,
                                DistrictTemplateEdits::keepOwnValue(*m_document, link, key));
}

QString TemplateEditor::selectedValueKey() const
{
    const int row = m_values->currentRow();
    return m_values->selectionModel()->hasSelection() && row >= 0 && row < m_keys.size()
               ? m_keys[row]
               : QString();
}

QString TemplateEditor::selectedCommunityKey() const
{
    const int row = m_overrides->currentRow();
    return m_overrides->selectionModel()->hasSelection() && row >= 0 && row < m_communityKeys.size()
               ? m_communityKeys[row]
               : QString();
}

int TemplateEditor::selectedLink() const
{
    const QVariant member = m_community->currentData();
    return member.isValid() ? m_document->linkOfMember(member.toInt()) : -1;
}

} // namespace zeroplan
