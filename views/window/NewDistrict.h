#pragma once

#include "storage/SampleDistrict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace zeroplan {

// The two ways the window makes a district file (docs/desktop.md, "Districts"): from a
// spreadsheet of community basics, one new plan per row (as `zeroplan-cli district D
// --create-from` does), and the sample district of the three bundled sample plans. Each asks
// where with a file dialog, writes nothing over an existing file, and returns the district
// file to open; empty when the user cancelled or it failed (a message box then said why).
class NewDistrict
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::NewDistrict)

public:
    // File → New District from Spreadsheet…
    static QString fromSpreadsheet(QWidget *parent);
    // File → Open Sample → Sample district…
    static QString sampleDistrict(QWidget *parent);

    // What fromSpreadsheet() does once the files are chosen: a new district file at
    // `districtPath` (refused if one is there), named after it, for `baseYear`, with one plan
    // per row of `table` written beside it. All or nothing; *error names the file and row.
    static bool createFromTable(const QString &table, const QString &districtPath, int baseYear,
                                QString *error);
    // The sample district's communities: the bundled samples, with their scenarios and types.
    static QList<SampleCommunity> sampleCommunities();
};

} // namespace zeroplan
