#include "FactorsCommand.h"

#include "Console.h"
#include "TextTable.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ProblemReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zeroplan {
namespace {

QString country(const QString &region)
{
    return region.section(QLatin1Char('-'), 0, 0);
}

// What a plan in `region` can use: the region's own factors, its country's and the IPCC's.
bool usableIn(const EmissionFactor &f, const QString &region)
{
    return region.isEmpty() || f.region == region || f.region == country(region) ||
           f.region == QLatin1String("IPCC") || f.region.isEmpty();
}

// "CH4_biogenic 4 + N2O 0.3", or the single value.
QString gasesText(const EmissionFactor &f)
{
    QStringList parts;
    for (const GasAmount &g : f.gases)
        parts << gasId(g.gas) + QLatin1Char(' ') + ProblemReport::number(g.value);
    return parts.join(QStringLiteral(" + "));
}

} // namespace

QString FactorsCommand::name() const
{
    return QStringLiteral("factors");
}

QString FactorsCommand::summary() const
{
    return tr("List the emission factor library, with each factor's source.");
}

int FactorsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpBareParser(parser);
    const QCommandLineOption carrier(QStringLiteral("carrier"),
                                     tr("Only factors for this carrier, e.g. district_heat."),
                                     QStringLiteral("C"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        tr("Only factors a plan in this grid region can use: its own, its country's and the "
           "IPCC defaults."),
        QStringLiteral("R"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({carrier, region, format});
    if (const std::optional<int> answered = parseOptions(parser, arguments))
        return *answered;
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("factors takes no file; filter with --carrier and --region"));
    const QString wanted = parser.value(carrier);
    if (!wanted.isEmpty() && !Carriers::find(wanted))
        return usageError(tr("--carrier: \"%1\" is not known; expected one of %2")
                              .arg(wanted, ProblemReport::carrierIds()));
    const QString shape = parser.value(format);
    if (shape != QLatin1String("table") && shape != QLatin1String("json"))
        return usageError(tr("--format must be table or json, not '%1'").arg(shape));

    const FactorLibrary &library = FactorLibraryJson::builtIn();
    QList<const EmissionFactor *> chosen;
    for (const EmissionFactor &f : library.factors()) {
        if ((wanted.isEmpty() || f.carrier == wanted) && usableIn(f, parser.value(region)))
            chosen.append(&f);
    }
    if (shape == QLatin1String("json"))
        Console::outBytes(json(chosen, library.version()));
    else
        Console::out(table(chosen));
    return Console::finish(ExitSuccess);
}

QString FactorsCommand::table(const QList<const EmissionFactor *> &factors)
{
    TextTable t;
    t.addColumn(tr("id"), TextTable::Align::Left);
    t.addColumn(tr("carrier"), TextTable::Align::Left);
    t.addColumn(tr("per unit"), TextTable::Align::Right);
    t.addColumn(tr("unit"), TextTable::Align::Left);
    t.addColumn(tr("region"), TextTable::Align::Left);
    t.addColumn(tr("year"), TextTable::Align::Right);
    t.addColumn(tr("confidence"), TextTable::Align::Left);
    for (const EmissionFactor *f : factors) {
        t.addRow({f->id, f->carrier, gasesText(*f), f->unit(), f->region, QString::number(f->year),
                  confidenceId(f->confidence)});
    }
    return t.render() +
           tr("%n factor(s) from library %1.", nullptr, int(factors.size()))
               .arg(FactorLibraryJson::builtIn().version()) +
           QLatin1Char('\n');
}

QByteArray FactorsCommand::json(const QList<const EmissionFactor *> &factors,
                                const QString &version)
{
    QJsonArray list;
    for (const EmissionFactor *f : factors) {
        QJsonObject gases;
        for (const GasAmount &g : f->gases)
            gases.insert(gasId(g.gas), g.value);
        list.append(QJsonObject{{QStringLiteral("id"), f->id},
                                {QStringLiteral("name"), f->name},
                                {QStringLiteral("carrier"), f->carrier},
                                {QStringLiteral("gases"), gases},
                                {QStringLiteral("unit"), f->unit()},
                                {QStringLiteral("gwp"), gwpSetId(f->gwp)},
                                {QStringLiteral("region"), f->region},
                                {QStringLiteral("year"), f->year},
                                {QStringLiteral("confidence"), confidenceId(f->confidence)},
                                {QStringLiteral("source"), f->source}});
    }
    const QJsonObject root{{QStringLiteral("version"), version}, {QStringLiteral("factors"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace zeroplan
