#pragma once

#include "common/PlanListEditor.h"

namespace zeroplan {

class PlanDocument;
class TariffTableModel;

// A measure's own tariffs in the measure form (docs/measures.md, "A measure's own tariff"): a
// table (carrier, unit, price, cap per household, source) with Add, Remove and "Beijing valley
// tariff", and the reason under it when an edit is refused. Object names: tariffsView,
// addTariffButton, removeTariffButton, beijingTariffButton, tariffsMessageLabel.
class TariffsEditor : public PlanListEditor
{
    Q_OBJECT

public:
    TariffsEditor(PlanDocument *document, const QString &measureId, QWidget *parent = nullptr);

    TariffTableModel *model() const { return m_model; }

private:
    TariffTableModel *m_model;
};

} // namespace zeroplan
