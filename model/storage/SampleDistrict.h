#pragma once

#include "plan/District.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zeroplan {

class FactorLibrary;

// A community of a sample district: a bundled plan (a resource or a file), the scenario the
// district counts for it and its type.
struct SampleCommunity
{
    QString plan;
    QString scenario;
    CommunityType type = CommunityType::Existing;
};

// Makes a district of sample plans in a folder the user chose (docs/district.md, "The sample
// district"): each plan is written there as a .zeroplan project file (DistrictCreate's safe,
// unique names, so nothing already in the folder is written over), linked with its scenario
// and type, and the district file is saved beside them, under a name not yet taken. Returns
// the district file's path; empty, with *error naming the file, when a plan can't be read or
// a file can't be written (the files this call wrote are removed).
class SampleDistrict
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SampleDistrict)

public:
    static QString make(const QString &folder, const QString &name,
                        const QList<SampleCommunity> &communities, const FactorLibrary &library,
                        QString *error);
};

} // namespace zeroplan
