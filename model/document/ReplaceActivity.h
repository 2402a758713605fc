#pragma once

#include "ChangeValue.h"
#include "PlanFields.h"

namespace zeroplan {

// Puts a whole edited activity line in place of line `index` (the line editor's OK).
class ReplaceActivity : public ChangeValue<ActivityLine>
{
public:
    ReplaceActivity(PlanDocument *document, qsizetype index, const ActivityLine &line,
                    QUndoCommand *parent = nullptr)
        : ChangeValue<ActivityLine>(document, PlanFields::activity(document->plan(), index), line,
                                    parent)
    {
    }
};

} // namespace zeroplan
