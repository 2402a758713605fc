#pragma once

#include "PlanDocument.h"
#include "storage/PlanJson.h"

#include <QString>
#include <memory>

namespace zeroplan::test {

// The bundled Shenzhen sample opened as the window opens it: an untitled document whose
// recovery copies go to `recoveryDir`.
inline std::unique_ptr<PlanDocument> openShenzhenSample(const QString &recoveryDir)
{
    PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"));
    if (!read.plan)
        qFatal("the bundled Shenzhen sample does not read");
    return PlanDocument::fromPlan(std::move(*read.plan), recoveryDir);
}

} // namespace zeroplan::test
