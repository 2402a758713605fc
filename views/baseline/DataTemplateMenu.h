#pragma once

#include "import/ImportTemplate.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QMainWindow;
class QMenu;

namespace zeroplan {

// File → New from Template: writes a blank activity-data or meter-readings file
// (ImportTemplate) as CSV or XLSX, with headers and an example row in the app's language,
// for the committee to fill in and import.
class DataTemplateMenu
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DataTemplateMenu)

public:
    // Adds the submenu to `file`; `baseYear` gives the open plan's base year, or 0 for none
    // (the example is then for last year).
    static QMenu *add(QMenu *file, QMainWindow *window, std::function<int()> baseYear);
    // "activity-data-template.xlsx" / "活动数据模板.xlsx": the name the save dialog suggests.
    static QString suggestedFileName(ImportTemplate::Kind kind, const QString &language);
    // Asks where, then writes; says on the status bar (or in a message box) what happened.
    static void save(QMainWindow *window, ImportTemplate::Kind kind, int year);
};

} // namespace zeroplan
