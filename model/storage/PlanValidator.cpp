#include "PlanValidator.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "PlanValidation.h"

namespace zeroplan {

PlanProblems PlanValidator::validate(const Plan &plan, const FactorLibrary &library)
{
    return PlanValidation(plan, library).run();
}

QString PlanValidation::at(const QString &path, const char *key)
{
    return jsonPointer(path, QString::fromLatin1(key));
}

QString PlanValidation::at(const char *list, qsizetype index, const char *key)
{
    return at(jsonPointer(QLatin1Char('/') + QString::fromLatin1(list), index), key);
}

void PlanValidation::checkUnique(ProblemReport &report, QHash<QString, QString> &first,
                                 const QString &id, const QString &path)
{
    const auto it = first.constFind(id);
    if (it != first.cend()) {
        report.error(path, PlanJson::tr("%1 is used twice (first at %2)")
                               .arg(QLatin1Char('"') + id + QLatin1Char('"'), *it));
        return;
    }
    first.insert(id, path);
}

void PlanValidation::checkPrintable(ProblemReport &report, const QString &text, const QString &path)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].category() != QChar::Other_Control)
            continue;
        report.error(
            path,
            PlanJson::tr("the name holds the control character U+%1 (at "
                         "character %2), which cannot be shown or printed; "
                         "remove it")
                .arg(QStringLiteral("%1").arg(text[i].unicode(), 4, 16, QLatin1Char('0')).toUpper())
                .arg(i + 1));
        return;
    }
}

QString PlanValidation::outsideHorizon(const QString &what, int year) const
{
    return PlanJson::tr("%1 %2 is outside the plan's horizon %3–%4")
        .arg(what)
        .arg(year)
        .arg(m_plan.community.baseYear)
        .arg(m_plan.community.horizonEnd);
}

QString PlanValidation::unknownFactor(const QString &id) const
{
    if (m_library.version().isEmpty()) {
        return PlanJson::tr("factor \"%1\" is in neither the plan's factors nor the factor "
                            "library")
            .arg(id);
    }
    return PlanJson::tr("factor \"%1\" is in neither the plan's factors nor the factor library "
                        "%2")
        .arg(id, m_library.version());
}

// Names that are shown and printed: the plan's title, the community's name, the names and ids
// of factors, activity lines (id and subsector), measures and scenarios.
void PlanValidation::checkNames()
{
    checkPrintable(m_report, m_plan.title, QStringLiteral("/title"));
    checkPrintable(m_report, m_plan.community.name, QStringLiteral("/community/name"));
    for (qsizetype i = 0; i < m_plan.factors.size(); ++i) {
        checkPrintable(m_report, m_plan.factors[i].id, at("factors", i, "id"));
        checkPrintable(m_report, m_plan.factors[i].name, at("factors", i, "name"));
    }
    for (qsizetype i = 0; i < m_plan.activities.size(); ++i) {
        checkPrintable(m_report, m_plan.activities[i].id, at("activities", i, "id"));
        checkPrintable(m_report, m_plan.activities[i].subsector, at("activities", i, "subsector"));
    }
    for (qsizetype i = 0; i < m_plan.measures.size(); ++i) {
        checkPrintable(m_report, m_plan.measures[i].id, at("measures", i, "id"));
        checkPrintable(m_report, m_plan.measures[i].name, at("measures", i, "name"));
    }
    for (qsizetype i = 0; i < m_plan.scenarios.size(); ++i)
        checkPrintable(m_report, m_plan.scenarios[i].name, at("scenarios", i, "name"));
}

void PlanValidation::checkFactorSet()
{
    if (!m_plan.factorSet.isEmpty() && !m_library.version().isEmpty() &&
        m_plan.factorSet != m_library.version()) {
        m_report.warning(QStringLiteral("/factor_set"),
                         PlanJson::tr("the plan was made with factor set %1, this ZeroPlan has "
                                      "%2; library factors may have changed")
                             .arg(m_plan.factorSet, m_library.version()));
    }
}

} // namespace zeroplan
