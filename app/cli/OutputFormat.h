#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zeroplan {

// What a command prints its results as: --format json, csv or table.
enum class OutputFormat
{
    Json,
    Csv,
    Table
};

// Reads --format for every command that has it (simulate, track, district). The message keeps
// the translation context of simulate, where it was first written.
class OutputFormats
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SimulateCommand)

public:
    // `text` as a format (any case, spaces around ignored); nothing, with the usage error's
    // message in *error, when it is none of json, csv and table.
    static std::optional<OutputFormat> read(const QString &text, QString *error);
};

} // namespace zeroplan
