#pragma once

#include "CliCommand.h"
#include "district/District.h"

namespace zeroplan {

// zeroplan-cli district DISTRICT --create-from FILE [--type existing|new|rural] [--sheet S]
// [--base-year Y] | --link PLAN… [--scenario NAME] [--type T] | --links | --relink: the district
// file (docs/district.md): creates community plans from a spreadsheet and links them, or links
// existing plans (either makes the district file if there is none), lists the links and their
// state, or takes the current hash of every changed plan. Each action is one function; run()
// picks it from the options.
class DistrictCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DistrictCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    enum class Action
    {
        CreateFrom,
        Link,
        Links,
        Relink
    };
    static void addOptions(QCommandLineParser &parser);
    std::optional<int> readOptions(const QCommandLineParser &parser);
    // The district file to add to: the one at m_district, or a new one; nothing (with the
    // message on stderr) when the file is there but can't be read.
    std::optional<District> districtToExtend() const;
    int createFrom() const;
    int link() const;
    int listLinks() const;
    int relink() const;

    QString m_district;
    Action m_action = Action::Links;
    QString m_source;
    QStringList m_plans; // --link
    QString m_scenario;
    QString m_sheet;
    CommunityType m_type = CommunityType::Existing;
    std::optional<int> m_baseYear;
};

} // namespace zeroplan
