#include "DistrictCommand.h"

#include "Console.h"
#include "DistrictTable.h"
#include "PlanRewrite.h"
#include "SharedServerOption.h"
#include "TextTable.h"
#include "district/DistrictFlags.h"
#include "district/DistrictMonteCarlo.h"
#include "district/DistrictRollup.h"
#include "district/LeagueTable.h"
#include "export/DistrictTables.h"
#include "import/CommunityImport.h"
#include "plan/PriceLibrary.h"
#include "storage/DistrictCreate.h"
#include "storage/DistrictLoader.h"
#include "storage/DistrictResultJson.h"
#include "storage/DistrictStore.h"
#include "storage/DistrictTemplateJson.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanFileReader.h"
#include "storage/ResultJson.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace zeroplan {

namespace {

const QString kCreateFrom = QStringLiteral("create-from");
const QString kType = QStringLiteral("type");
const QString kSheet = QStringLiteral("sheet");
const QString kBaseYear = QStringLiteral("base-year");
const QString kName = QStringLiteral("name");
const QString kLinks = QStringLiteral("links");
const QString kLink = QStringLiteral("link");
const QString kScenario = QStringLiteral("scenario");
const QString kRelink = QStringLiteral("relink");
const QString kFormat = QStringLiteral("format");
const QString kTemplate = QStringLiteral("template");
const QString kOwnPlan = QStringLiteral("own-plan");

// The district file at `path`, or nothing with the reason on stderr.
std::optional<District> readDistrict(const QString &path)
{
    DistrictStoreResult read = DistrictStore::load(path);
    if (!read.ok()) {
        Console::error(read.error);
        return std::nullopt;
    }
    return read.district;
}

} // namespace

QString DistrictCommand::name() const
{
    return QStringLiteral("district");
}

QString DistrictCommand::summary() const
{
    return tr("Roll a district up (its pathway, league table and flags), create community plans "
              "from a spreadsheet, link plans and list them.");
}

void DistrictCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("DISTRICT"),
                                 tr("The district file (.zeroplan-district), or with --server "
                                    "the district's name on the shared store."));
    parser.addOptions({
        {QStringLiteral("server"),
         tr("Roll up the district of this name on the shared store (a PostgreSQL connection "
            "string, \"host=db.example.org dbname=zeroplan user=li\") instead of a file."),
         QStringLiteral("CONNECTION")},
        {kCreateFrom,
         tr("Make one community plan per row of this CSV or XLSX file (columns: name, "
            "population, households, area, grid region, and optional annual electricity, gas "
            "and petrol), write them beside the district file and link them. The district "
            "file is made if there is none."),
         QStringLiteral("FILE")},
        {kType, tr("The kind of the created communities: existing (default), new or rural."),
         QStringLiteral("T")},
        {kSheet, tr("The workbook's sheet to read (default: the first)."), QStringLiteral("S")},
        {kBaseYear,
         tr("The base year of a new district file (default: last year); an existing district "
            "keeps its own, and the plans created from a spreadsheet take it."),
         QStringLiteral("Y")},
        {kName,
         tr("The name of a new district file (default: the file's name); an existing district "
            "keeps its own."),
         QStringLiteral("TEXT")},
        {kLink,
         tr("Link an existing community plan (a .zeroplan or JSON plan file); may be given "
            "more than once. The district file is made if there is none."),
         QStringLiteral("PLAN")},
        {kScenario,
         tr("With one --link: the scenario of the plan the district takes (default: "
            "the plan's current one)."),
         QStringLiteral("NAME")},
        {kLinks, tr("List the linked community plans: name, file, scenario and state.")},
        {kRelink, tr("Accept the current content of every linked plan that changed since it "
                     "was linked.")},
        {kTemplate, tr("Print the district's template and, per community, the template values "
                       "it keeps its own (overrides) and those that differ (table or json).")},
        {kOwnPlan,
         tr("Take the plan in PLAN (its lines and measures: a bus fleet, a district heating "
            "plant) as the district's own measures, counted once beside the communities; "
            "--scenario names the scenario counted (default: the plan's current one)."),
         QStringLiteral("PLAN")},
        {kFormat,
         tr("Without an action option: print the roll-up as json, csv or table (default: "
            "table)."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
    });
    parser.addOptions(SampleOptions::options(
        tr("With the roll-up: also run N Monte Carlo samples of the district (at most %L1), "
           "drawing the parameters the communities share once for all.")));
}

std::optional<int> DistrictCommand::readOptions(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || positional.first().isEmpty())
        return usageError(
            tr("give one district file: district DISTRICT [--format F] | --create-from FILE | "
               "--link PLAN | --links | --relink"));
    m_district = positional.first();
    const int actions = int(parser.isSet(kCreateFrom)) + int(parser.isSet(kLink)) +
                        int(parser.isSet(kLinks)) + int(parser.isSet(kRelink)) +
                        int(parser.isSet(kTemplate)) + int(parser.isSet(kOwnPlan));
    if (actions > 1)
        return usageError(tr("give at most one of --create-from FILE, --link PLAN, --links, "
                             "--relink, --template or --own-plan PLAN"));
    m_action = parser.isSet(kCreateFrom) ? Action::CreateFrom
               : parser.isSet(kLink)     ? Action::Link
               : parser.isSet(kLinks)    ? Action::Links
               : parser.isSet(kRelink)   ? Action::Relink
               : parser.isSet(kTemplate) ? Action::Template
               : parser.isSet(kOwnPlan)  ? Action::OwnPlan
                                         : Action::Rollup;
    if (m_action != Action::Rollup &&
        ((parser.isSet(kFormat) && m_action != Action::Template) ||
         parser.isSet(QStringLiteral("samples")) || parser.isSet(QStringLiteral("seed"))))
        return usageError(tr("--format, --samples and --seed go with the roll-up, without an "
                             "action option"));
    if (const std::optional<int> status = readOutputFormat(parser.value(kFormat), &m_format))
        return status;
    if (m_action == Action::Template && m_format == OutputFormat::Csv)
        return usageError(tr("--template prints a table or json, not csv"));
    m_server = parser.value(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("server")) && m_action != Action::Rollup)
        return usageError(tr("--server rolls up a district of the shared store; it goes with no "
                             "action option"));
    if (const std::optional<QString> error = m_sampling.read(parser))
        return usageError(*error);
    m_source = parser.value(kCreateFrom);
    m_plans = parser.values(kLink);
    m_scenario = parser.value(kScenario);
    m_ownPlan = parser.value(kOwnPlan);
    if (parser.isSet(kScenario) && m_action != Action::OwnPlan &&
        (m_action != Action::Link || m_plans.size() != 1))
        return usageError(tr("--scenario goes with one --link PLAN or with --own-plan PLAN"));
    m_sheet = parser.value(kSheet);
    if (parser.isSet(kType)) {
        const auto type = communityTypeFromId(parser.value(kType).trimmed());
        if (!type)
            return usageError(
                tr("--type must be existing, new or rural, not '%1'").arg(parser.value(kType)));
        m_type = *type;
    }
    if (parser.isSet(kBaseYear)) {
        bool ok = false;
        m_baseYear = parser.value(kBaseYear).toInt(&ok);
        if (!ok || *m_baseYear < 1990 || *m_baseYear > 2100)
            return usageError(tr("--base-year must be a year from 1990 to 2100, not '%1'")
                                  .arg(parser.value(kBaseYear)));
    }
    m_name = parser.value(kName).trimmed();
    if (m_action != Action::CreateFrom && parser.isSet(kSheet))
        return usageError(tr("--sheet goes with --create-from"));
    if ((parser.isSet(kType) || parser.isSet(kBaseYear) || parser.isSet(kName)) &&
        m_action != Action::CreateFrom && m_action != Action::Link)
        return usageError(tr("--type, --base-year and --name go with --create-from or --link"));
    return std::nullopt;
}

int DistrictCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpBareParser(parser);
    addOptions(parser);
    if (const std::optional<int> answered = parseOptions(parser, arguments))
        return *answered;
    if (const std::optional<int> status = readOptions(parser))
        return *status;
    switch (m_action) {
    case Action::Rollup:
        return rollup();
    case Action::CreateFrom:
        return createFrom();
    case Action::Link:
        return link();
    case Action::Links:
        return listLinks();
    case Action::Relink:
        return relink();
    case Action::Template:
        return printTemplate();
    case Action::OwnPlan:
        return setOwnPlan();
    }
    return ExitUsageError;
}

std::optional<District> DistrictCommand::districtToExtend() const
{
    if (QFileInfo::exists(m_district))
        return readDistrict(m_district);
    District district;
    district.name = m_name.isEmpty() ? QFileInfo(m_district).completeBaseName() : m_name;
    district.baseYear = m_baseYear.value_or(QDate::currentDate().year() - 1);
    district.horizonEnd = std::max(district.horizonEnd, district.baseYear + 1);
    return district;
}

int DistrictCommand::rollup() const
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    std::optional<District> district;
    DistrictLoad loaded;
    const bool fromServer = !m_server.isEmpty();
    if (fromServer) {
        if (const std::optional<int> status =
                SharedServerOption::readDistrict(m_server, m_district, library, &district, &loaded))
            return *status;
    } else {
        district = readDistrict(m_district);
        if (!district)
            return ExitBadInput;
        loaded = DistrictLoader::load(*district, m_district, &library);
    }
    // Never a partial sum: every linked plan must be read. A changed one is rolled up as it
    // is now, and said. On the shared store, a community whose plan has not been checked in
    // yet is rolled up without, and said.
    bool complete = true;
    for (const LinkState &state : loaded.links) {
        if (fromServer && state.status == LinkStatus::Missing) {
            Console::error(state.message + QStringLiteral("; ") + tr("rolled up without it"));
            continue;
        }
        if (state.status == LinkStatus::Missing || state.status == LinkStatus::Unreadable) {
            Console::error(state.message);
            complete = false;
        } else if (state.status == LinkStatus::Changed) {
            Console::error(QDir::toNativeSeparators(state.filePath) + QStringLiteral(": ") +
                           tr("changed since it was linked; rolled up as it is now (run %1 "
                              "district %2 --relink to accept it)")
                               .arg(QCoreApplication::applicationName(), m_district));
        }
    }
    if (!complete) {
        Console::error(QDir::toNativeSeparators(m_district) + QStringLiteral(": ") +
                       tr("not rolled up: every linked plan must be readable"));
        return ExitBadInput;
    }
    const std::vector<DistrictMember> members(loaded.members.cbegin(), loaded.members.cend());
    const QDate today = QDate::currentDate();
    DistrictRollup rollup(library, district->baseYear, district->horizonEnd, today);
    rollup.setMembers(members);
    rollup.setOwnPlan(district->ownPlan, district->ownScenario); // the district's own measures
    std::vector<LeagueRow> rows = LeagueTable::rows(rollup);
    std::optional<DistrictUncertainty> uncertainty;
    if (m_sampling.samples > 0) {
        DistrictMonteCarloOptions options;
        options.samples = m_sampling.samples;
        options.seed = m_sampling.seed;
        options.baseYear = district->baseYear;
        options.horizonEnd = district->horizonEnd;
        // The district's own measures are sampled too, after the communities (so their draws
        // and the shared keys they bring first are left as they are without them).
        std::vector<DistrictMember> sampled = members;
        if (district->hasOwnMeasures())
            sampled.push_back({district->name, district->ownPlan, district->ownScenario,
                               CommunityType::Existing});
        uncertainty = DistrictMonteCarlo::run(sampled, library, options);
        for (size_t i = 0; uncertainty && i < rows.size(); ++i)
            rows[i].probabilityNeutral =
                uncertainty->communities[size_t(rows[i].index)].pNeutralByTarget;
    }
    const std::vector<DistrictFlag> flags = DistrictFlags::of(rollup, rows, {today.year()});
    switch (m_format) {
    case OutputFormat::Json: {
        QJsonObject json = DistrictResultJson::toJson(rollup, rows, flags);
        json.insert(QStringLiteral("district"),
                    QJsonObject{{QStringLiteral("name"), district->name},
                                {QStringLiteral("region"), district->region},
                                {QStringLiteral("base_year"), district->baseYear},
                                {QStringLiteral("horizon_end"), district->horizonEnd},
                                {QStringLiteral("communities"), rollup.size()}});
        if (uncertainty) {
            QJsonObject band = ResultJson::uncertainty(uncertainty->district);
            band.insert(QStringLiteral("sharing"), QStringLiteral("shared"));
            json.insert(QStringLiteral("uncertainty"), band);
        }
        Console::outBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv:
        Console::outBytes(DistrictTables::csv(rollup, rows, flags));
        break;
    case OutputFormat::Table:
        Console::out(DistrictTable::format(*district, rollup, rows, flags, uncertainty));
        break;
    }
    return Console::finish(ExitSuccess);
}

int DistrictCommand::createFrom() const
{
    PlanRewrite guard(m_district);
    if (const std::optional<int> busy = guard.begin())
        return *busy;
    std::optional<District> district = districtToExtend();
    if (!district)
        return ExitBadInput;
    const CommunityImportResult read =
        CommunityImport::readFile(m_source, m_sheet, district->baseYear,
                                  FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
    if (!read.ok()) {
        Console::error(read.error);
        return ExitBadInput;
    }
    if (const std::optional<int> changed = guard.check())
        return *changed;
    QString error;
    if (!DistrictCreate::addPlans(*district, m_district, read.plans, m_type, &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    Console::out(tr("%n community plan(s) created from %1 and linked in %2.", nullptr,
                    int(read.plans.size()))
                     .arg(read.fileName, QDir::toNativeSeparators(m_district)) +
                 QLatin1Char('\n'));
    return ExitSuccess;
}

int DistrictCommand::link() const
{
    PlanRewrite guard(m_district);
    if (const std::optional<int> busy = guard.begin())
        return *busy;
    std::optional<District> district = districtToExtend();
    if (!district)
        return ExitBadInput;
    for (const QString &plan : m_plans) {
        // Only a plan this version reads is linked, so that a typing error is caught now.
        const PlanFileResult read = PlanFileReader::read(plan, &FactorLibraryJson::builtIn());
        if (!read.plan) {
            Console::error(read.error);
            return ExitBadInput;
        }
        if (!m_scenario.isEmpty() &&
            std::none_of(read.plan->scenarios.cbegin(), read.plan->scenarios.cend(),
                         [&](const Scenario &s) { return s.name == m_scenario; })) {
            Console::error(QDir::toNativeSeparators(plan) + QStringLiteral(": ") +
                           tr("the plan has no scenario \"%1\"").arg(m_scenario));
            return ExitBadInput;
        }
        CommunityLink link;
        link.path = DistrictLoader::relativePath(m_district, plan);
        link.sha256 = DistrictLoader::fileHash(plan);
        link.scenario = m_scenario;
        link.type = m_type;
        district->communities.append(link);
    }
    QString error;
    if (const std::optional<int> changed = guard.check())
        return *changed;
    if (!DistrictStore::save(*district, m_district, &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    Console::out(tr("%n plan(s) linked in %1.", nullptr, int(m_plans.size()))
                     .arg(QDir::toNativeSeparators(m_district)) +
                 QLatin1Char('\n'));
    return ExitSuccess;
}

int DistrictCommand::listLinks() const
{
    const std::optional<District> district = readDistrict(m_district);
    if (!district)
        return ExitBadInput;
    const DistrictLoad loaded =
        DistrictLoader::load(*district, m_district, &FactorLibraryJson::builtIn());
    TextTable table;
    table.addColumn(tr("Community"), TextTable::Align::Left);
    table.addColumn(tr("File"), TextTable::Align::Left);
    table.addColumn(tr("Scenario"), TextTable::Align::Left);
    table.addColumn(tr("State"), TextTable::Align::Left);
    for (qsizetype i = 0; i < loaded.links.size(); ++i) {
        const LinkState &state = loaded.links[i];
        const CommunityLink &link = district->communities[i];
        const DistrictMember *member = state.member >= 0 ? &loaded.members[state.member] : nullptr;
        // The scenario the roll-up takes: the link's, else the plan's current one (its first
        // when it names none).
        QString scenario = link.scenario;
        if (scenario.isEmpty() && member)
            scenario = !member->plan.currentScenario.isEmpty() ? member->plan.currentScenario
                       : member->plan.scenarios.isEmpty()      ? QString()
                                                               : member->plan.scenarios[0].name;
        table.addRow({member ? member->name : QStringLiteral("—"),
                      QDir::toNativeSeparators(link.path), scenario,
                      DistrictLoader::statusName(state.status)});
        if (!state.message.isEmpty())
            Console::error(state.message);
    }
    Console::out(table.render());
    return ExitSuccess;
}

int DistrictCommand::relink() const
{
    PlanRewrite guard(m_district);
    if (const std::optional<int> busy = guard.begin())
        return *busy;
    std::optional<District> district = readDistrict(m_district);
    if (!district)
        return ExitBadInput;
    const DistrictLoad loaded = DistrictLoader::load(*district, m_district);
    int relinked = 0;
    QString error;
    for (qsizetype i = 0; i < loaded.links.size(); ++i) {
        if (loaded.links[i].status != LinkStatus::Changed)
            continue;
        if (!DistrictLoader::relink(*district, m_district, i, &error)) {
            Console::error(error);
            return ExitBadInput;
        }
        ++relinked;
    }
    if (relinked > 0) {
        if (const std::optional<int> changed = guard.check())
            return *changed;
        if (!DistrictStore::save(*district, m_district, &error)) {
            Console::error(error);
            return ExitBadInput;
        }
    }
    Console::out(tr("%n changed plan(s) relinked.", nullptr, relinked) + QLatin1Char('\n'));
    return ExitSuccess;
}

int DistrictCommand::printTemplate() const
{
    const std::optional<District> district = readDistrict(m_district);
    if (!district)
        return ExitBadInput;
    const DistrictTemplate &templ = district->templ;
    const DistrictLoad loaded =
        DistrictLoader::load(*district, m_district, &FactorLibraryJson::builtIn());
    // Per link: its community's name (its file when it was not read), its overrides, and the
    // keys its plan differs in (none known for a plan that was not read).
    struct Row
    {
        QString name;
        QString path;
        QStringList overrides;
        QStringList differs;
        bool read = false;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < loaded.links.size(); ++i) {
        const LinkState &state = loaded.links[i];
        const CommunityLink &link = district->communities[i];
        Row row{QDir::toNativeSeparators(link.path),
                QDir::toNativeSeparators(link.path),
                link.overrides,
                {},
                state.member >= 0};
        if (row.read) {
            const DistrictMember &member = loaded.members[state.member];
            row.name = member.name;
            row.differs = templ.differences(member.plan);
        }
        if (!state.message.isEmpty())
            Console::error(state.message);
        rows.append(row);
    }
    if (m_format == OutputFormat::Json) {
        QJsonArray keys, communities;
        for (const QString &key : templ.keys())
            keys.append(QJsonObject{{QStringLiteral("key"), key},
                                    {QStringLiteral("name"), templ.keyName(key)},
                                    {QStringLiteral("value"), templ.valueText(key)}});
        for (const Row &row : std::as_const(rows))
            communities.append(QJsonObject{
                {QStringLiteral("community"), row.name},
                {QStringLiteral("path"), row.path},
                {QStringLiteral("overrides"), QJsonArray::fromStringList(row.overrides)},
                {QStringLiteral("differs"),
                 row.read ? QJsonValue(QJsonArray::fromStringList(row.differs))
                          : QJsonValue(QJsonValue::Null)}});
        const QJsonObject json{{QStringLiteral("template"), DistrictTemplateJson::write(templ)},
                               {QStringLiteral("keys"), keys},
                               {QStringLiteral("communities"), communities}};
        Console::outBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Console::finish(ExitSuccess);
    }
    QString text;
    if (templ.isEmpty()) {
        text +=
            tr("The template holds no values: every community keeps its own.") + QLatin1Char('\n');
    } else {
        TextTable values;
        values.addColumn(tr("Template value"), TextTable::Align::Left);
        values.addColumn(tr("Key"), TextTable::Align::Left);
        values.addColumn(tr("Value"), TextTable::Align::Left);
        for (const QString &key : templ.keys())
            values.addRow({templ.keyName(key), key, templ.valueText(key)});
        text += values.render() + QLatin1Char('\n');
    }
    TextTable communities;
    communities.addColumn(tr("Community"), TextTable::Align::Left);
    communities.addColumn(tr("Keeps its own"), TextTable::Align::Left);
    communities.addColumn(tr("Differs from the template"), TextTable::Align::Left);
    const QString none = QStringLiteral("—");
    for (const Row &row : std::as_const(rows)) {
        const QString differs = !row.read               ? tr("(not read)")
                                : row.differs.isEmpty() ? none
                                                        : row.differs.join(QStringLiteral(", "));
        communities.addRow(
            {row.name, row.overrides.isEmpty() ? none : row.overrides.join(QStringLiteral(", ")),
             differs});
    }
    text += communities.render();
    Console::out(text);
    return Console::finish(ExitSuccess);
}

int DistrictCommand::setOwnPlan() const
{
    PlanRewrite guard(m_district);
    if (const std::optional<int> busy = guard.begin())
        return *busy;
    std::optional<District> district = readDistrict(m_district);
    if (!district)
        return ExitBadInput;
    const PlanFileResult read = PlanFileReader::read(m_ownPlan, &FactorLibraryJson::builtIn());
    if (!read.plan) {
        Console::error(read.error);
        return ExitBadInput;
    }
    if (!m_scenario.isEmpty() && !read.plan->findScenario(m_scenario)) {
        Console::error(QDir::toNativeSeparators(m_ownPlan) + QStringLiteral(": ") +
                       tr("the plan has no scenario \"%1\"").arg(m_scenario));
        return ExitBadInput;
    }
    district->ownPlan = *read.plan;
    district->ownScenario = m_scenario;
    QString error;
    if (const std::optional<int> changed = guard.check())
        return *changed;
    if (!DistrictStore::save(*district, m_district, &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    Console::out(tr("The district's own measures are now those of %1.")
                     .arg(QDir::toNativeSeparators(m_ownPlan)) +
                 QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace zeroplan
