#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace zeroplan {

class DistrictDocument;

// The district page's "Template" tab (docs/district.md, "The template editor"). Top: the
// template's values, one row per key, with how many communities follow each, keep their own or
// differ; the discount rate and the energy prices are edited here (an "Add price" row offers the
// carriers the communities price), a value can be removed from the template. Targets, factors
// and cost rates are shown read-only. Bottom: for the community chosen, every templated key
// with whether it follows the template, differs from it or keeps its own value; each can be
// reset to the template or kept. Every edit is one step on the district's undo stack
// (DistrictTemplateEdits).
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(DistrictDocument *document, QWidget *parent = nullptr);

    // Everything again from the document (done on each change of the district or a member).
    void refresh();

private:
    QWidget *makeValuesBox();
    QWidget *makeCommunityBox();
    void refreshValues();
    void refreshCarriers();
    void refreshCommunity();
    void discountRateEdited();
    void addPrice();
    void carrierChosen();
    void priceCellEdited(QTableWidgetItem *item);
    void removeSelectedValue();
    void resetSelected();
    void keepSelected();
    void enableCommunityButtons();
    QString selectedValueKey() const;
    QString selectedCommunityKey() const;
    int selectedLink() const;

    DistrictDocument *m_document;
    bool m_refreshing = false;
    bool m_discountTouched = false;
    QStringList m_keys;             // the template's keys, by row of the values table
    QStringList m_communityKeys;    // the template's keys, by row of the community's table
    QList<bool> m_communityOwn;     // … whether the community keeps its own value of each
    QList<bool> m_communityDiffers; // … whether its value differs from the template's

    QTableWidget *m_values = nullptr;
    QDoubleSpinBox *m_discountRate = nullptr;
    QLabel *m_discountNote = nullptr;
    QComboBox *m_carrier = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QPushButton *m_addPrice = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_community = nullptr;
    QTableWidget *m_overrides = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_keep = nullptr;
};

} // namespace zeroplan
