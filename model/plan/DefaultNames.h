#pragma once

#include <QString>

namespace zeroplan {

struct Plan;

// The names the app gives a new plan's community and scenarios ("New community", "Planned
// measures", "New scenario 2"), which, like the catalogue's text, follow the language of the
// screen or the report until the user edits them: a plan started in English reads 计划措施 in
// its Chinese report. "Unedited" means the stored name equals the default in English or in
// Chinese (for a scenario, also with the number UniqueName adds); any other name is the
// user's and is shown as typed (docs/desktop.md, "Languages").
class DefaultNames
{
public:
    // The community's name in `language` ("en", "zh_CN"; empty = CatalogueText::currentLanguage).
    static QString community(const QString &stored, const QString &language = QString());
    // A scenario's name in `language`, the same way.
    static QString scenario(const QString &stored, const QString &language = QString());
    // `plan` with its unedited default names in `language` (the report's copy of the plan);
    // a scenario keeps its name where the other language's would clash with another's, and
    // the plan's current scenario follows its scenario's new name.
    static void localise(Plan &plan, const QString &language);
};

} // namespace zeroplan
