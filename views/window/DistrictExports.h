#pragma once

#include <QCoreApplication>

class QWidget;

namespace zeroplan {

class DistrictDocument;

// The district's printed reports from the window (docs/desktop.md, "Districts"): the district
// summary as one PDF, and every community's printed plan into a folder with a progress dialog
// that can cancel. Both print the communities as they are in the window, unsaved edits
// included, in the window's language, dated today.
class DistrictExports
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictExports)

public:
    // File → Export District Report…: asks for the PDF's name, writes it; false when cancelled
    // or it failed (a message box said why).
    static bool districtReport(QWidget *parent, const DistrictDocument &district);
    // File → Export Community Reports…: asks for a folder, writes one PDF per community there,
    // then says how many were written, which failed and whether it was cancelled.
    static bool communityReports(QWidget *parent, const DistrictDocument &district);
};

} // namespace zeroplan
