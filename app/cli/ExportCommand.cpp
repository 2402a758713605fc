#include "ExportCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "storage/ActivityCsv.h"

#include <QSaveFile>

namespace zeroplan {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Write a plan as JSON, or its activity lines as CSV.");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("json (the whole plan) or csv (its activity lines)."),
                                    QStringLiteral("json|csv"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({format, output});
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("json") && kind != QLatin1String("csv"))
        return usageError(parser.isSet(format)
                              ? tr("--format must be json or csv, not '%1'").arg(kind)
                              : tr("give --format json or --format csv"));
    PlanFile file(path);
    const std::optional<Plan> plan =
        file.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    const bool toFile = parser.isSet(output);
    const QByteArray bytes =
        kind == QLatin1String("json")
            ? PlanJson::write(*plan)
            : ActivityCsv::write(*plan, toFile ? ActivityCsv::Bom::With : ActivityCsv::Bom::Without);
    if (!toFile) {
        Console::outBytes(bytes);
        return Console::finish(ExitSuccess);
    }
    QSaveFile out(parser.value(output));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Console::error(parser.value(output) + QStringLiteral(": ") +
                       tr("cannot be written: %1").arg(out.errorString()));
        return ExitBadInput;
    }
    return ExitSuccess;
}

} // namespace zeroplan
