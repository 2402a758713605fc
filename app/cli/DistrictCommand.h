#pragma once

#include "CliCommand.h"
#include "OutputFormat.h"
#include "SampleOptions.h"
#include "plan/District.h"

namespace zeroplan {

// zeroplan-cli district DISTRICT [--format json|table|csv] [--samples N [--seed S]] |
// --create-from FILE [--type existing|new|rural] [--sheet S] [--base-year Y] | --link PLAN…
// [--scenario NAME] [--type T] | --links | --relink: the district file (docs/district.md):
// without an action option, rolls the district up (its pathway, league table and flags; with
// --samples, its Monte Carlo with shared draws); else creates community plans from a
// spreadsheet and links them, or links existing plans (either makes the district file if
// there is none), lists the links and their state, takes the current hash of every changed
// plan, or (--template [--format table|json]) prints the template and what each community
// overrides or differs in. Each action is one function; run() picks it from the options.
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
        Rollup,
        CreateFrom,
        Link,
        Links,
        Relink,
        Template,
        OwnPlan
    };
    static void addOptions(QCommandLineParser &parser);
    std::optional<int> readOptions(const QCommandLineParser &parser);
    // The district file to add to: the one at m_district, or a new one; nothing (with the
    // message on stderr) when the file is there but can't be read.
    std::optional<District> districtToExtend() const;
    int rollup() const;
    int createFrom() const;
    int link() const;
    int listLinks() const;
    int relink() const;
    int setOwnPlan() const;
    int printTemplate() const;

    QString m_district;
    QString m_server; // --server: the shared store the district is on
    Action m_action = Action::Rollup;
    OutputFormat m_format = OutputFormat::Table;
    SampleOptions m_sampling;
    QString m_source;
    QStringList m_plans; // --link
    QString m_scenario;
    QString m_sheet;
    CommunityType m_type = CommunityType::Existing;
    std::optional<int> m_baseYear;
    QString m_name;    // --name: the name of a district file made now
    QString m_ownPlan; // --own-plan: the plan file of the district's own measures
};

} // namespace zeroplan
