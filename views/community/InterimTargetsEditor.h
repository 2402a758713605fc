#pragma once

#include "common/PlanListEditor.h"

namespace zeroplan {

class PlanDocument;
class InterimTargetModel;

// The interim targets of the Community page: a small table (year, cut %) with Add and
// Remove, and the reason under it when an edit is refused.
// Object names: interimTargetsView, addInterimTargetButton, removeInterimTargetButton,
// interimTargetsMessageLabel.
class InterimTargetsEditor : public PlanListEditor
{
    Q_OBJECT

public:
    explicit InterimTargetsEditor(PlanDocument *document, QWidget *parent = nullptr);

    InterimTargetModel *model() const { return m_model; }

private:
    InterimTargetModel *m_model;
};

} // namespace zeroplan
