#pragma once

#include "plan/District.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zeroplan {

// Adds new community plans to a district (docs/district.md "Creating communities from a
// spreadsheet"): each plan is written as a .zeroplan project file beside the district file,
// named after its community (a safe file name, made unique), linked with its hash and the
// given type, and the district file is saved. All or nothing: when a plan or the district
// can't be written, the plans already written are removed and the district is as it was.
// The caller holds the district file's lock.
class DistrictCreate
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictCreate)

public:
    static bool addPlans(District &district, const QString &districtPath, const QList<Plan> &plans,
                         CommunityType type, QString *error);
    // A file name from a community's name: its letters and digits (any script) kept, every
    // run of other characters one "-", at most 60 characters; "community" when none is left.
    static QString safeBaseName(const QString &communityName);
};

} // namespace zeroplan
