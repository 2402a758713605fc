#pragma once

#include "plan/District.h"
#include "plan/Plan.h"
#include "storage/PlanFileReader.h"

#include <QtTest>
#include <vector>

namespace zeroplan::test {

// The three sample plans (resources/samples), read once.
inline const std::vector<Plan> &samplePlans()
{
    static const std::vector<Plan> plans = [] {
        std::vector<Plan> out;
        for (const char *file :
             {"shenzhen-xinqiao.json", "hangzhou-hemu.json", "european-ecodistrict.json"}) {
            PlanFileResult read = PlanFileReader::read(
                QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file));
            if (!read.ok())
                qFatal("sample %s does not read: %s", file, qPrintable(read.error));
            out.push_back(*read.plan);
        }
        return out;
    }();
    return plans;
}

// A district of the three samples, each with its last scenario (the most ambitious).
inline std::vector<DistrictMember> sampleDistrict()
{
    std::vector<DistrictMember> members;
    const CommunityType types[] = {CommunityType::Existing, CommunityType::Rural,
                                   CommunityType::New};
    int i = 0;
    for (const Plan &p : samplePlans()) {
        members.push_back({p.community.name, p, p.scenarios.back().name, types[i++]});
    }
    return members;
}

} // namespace zeroplan::test
