#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace zeroplan {

class PlanDocument;
class FactorLibrary;

// The community's grid region: the regions the factor library has an electricity factor for,
// named as a committee knows them, with their provinces ("East China grid (Shanghai, …)",
// FactorText), never by id. Choosing one, or choosing a province in the second list (which
// picks the grid that serves it), sets the region and, with it, the default electricity
// factor (the region's factor for the base year, FactorLibrary::gridFactor) in one undo step.
// Beside it, the electricity factor the plan now uses, with its value and source.
// Object names: gridRegionComboBox, gridProvinceComboBox, gridFactorLabel.
class GridRegionField : public QWidget
{
    Q_OBJECT

public:
    GridRegionField(PlanDocument *document, const FactorLibrary &library,
                    QWidget *parent = nullptr);

    // Shows the plan's region and factor (after undo, redo, a new base year …).
    void refresh();

signals:
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLists();
    void choose(int index);
    void chooseRegion(const QString &region);
    QString factorText() const;

    PlanDocument *m_document;
    const FactorLibrary &m_library;
    QComboBox *m_comboBox;
    QComboBox *m_provinceBox;
    QLabel *m_factorLabel;
};

} // namespace zeroplan
