#include "DefaultNames.h"

#include "Plan.h"
#include "measures/CatalogueText.h"

#include <QCoreApplication>

namespace zeroplan {
namespace {

// A default name: its translation context (where the app makes it) and its English text.
struct Default
{
    const char *context;
    const char *text;
};

const Default kCommunity = {"zeroplan::StartingPlan",
                            QT_TRANSLATE_NOOP("zeroplan::StartingPlan", "New community")};
const Default kScenarios[] = {
    {"zeroplan::StartingPlan", QT_TRANSLATE_NOOP("zeroplan::StartingPlan", "Planned measures")},
    {"zeroplan::ScenariosPage", QT_TRANSLATE_NOOP("zeroplan::ScenariosPage", "New scenario")},
};

QString languageOrCurrent(const QString &language)
{
    return language.isEmpty() ? CatalogueText::currentLanguage() : language;
}

// `stored` is `name` in one of the languages, optionally followed by " <number>" (UniqueName's
// second, third… of a name) when `numbered`; the number, with its space, goes to `suffix`.
bool matches(const QString &stored, const Default &name, bool numbered, QString *suffix)
{
    QString base = stored;
    suffix->clear();
    const qsizetype space = stored.lastIndexOf(QLatin1Char(' '));
    bool isNumber = false;
    if (numbered && space > 0)
        stored.mid(space + 1).toInt(&isNumber);
    for (const QString &language : CatalogueText::languages()) {
        const QString text = CatalogueText::translate(name.context, name.text, language);
        if (stored == text)
            return true;
        if (isNumber && stored.left(space) == text) {
            *suffix = stored.mid(space);
            return true;
        }
    }
    return false;
}

} // namespace

QString DefaultNames::community(const QString &stored, const QString &language)
{
    QString suffix;
    if (!matches(stored, kCommunity, false, &suffix))
        return stored;
    return CatalogueText::translate(kCommunity.context, kCommunity.text,
                                    languageOrCurrent(language));
}

QString DefaultNames::scenario(const QString &stored, const QString &language)
{
    QString suffix;
    for (const Default &name : kScenarios) {
        if (matches(stored, name, true, &suffix))
            return CatalogueText::translate(name.context, name.text, languageOrCurrent(language)) +
                   suffix;
    }
    return stored;
}

void DefaultNames::localise(Plan &plan, const QString &language)
{
    plan.community.name = community(plan.community.name, language);
    for (Scenario &s : plan.scenarios) {
        const QString name = scenario(s.name, language);
        if (name == s.name || plan.findScenario(name))
            continue;
        if (plan.currentScenario == s.name)
            plan.currentScenario = name;
        s.name = name;
    }
}

} // namespace zeroplan
