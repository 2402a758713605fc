#include "OutputFormat.h"

namespace zeroplan {

std::optional<OutputFormat> OutputFormats::read(const QString &text, QString *error)
{
    const QString format = text.trimmed().toLower();
    if (format == QLatin1String("json"))
        return OutputFormat::Json;
    if (format == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (format == QLatin1String("table"))
        return OutputFormat::Table;
    *error = tr("unknown format '%1'; use json, csv or table").arg(text);
    return std::nullopt;
}

} // namespace zeroplan
