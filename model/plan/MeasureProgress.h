#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

// Where carrying out a measure stands, as the working group reports it.
enum class ProgressStatus
{
    NotStarted,
    Planning,
    Implementing,
    Completed,
    Paused,
    Cancelled
};

QString progressStatusId(ProgressStatus status); // "not_started", "planning", …
std::optional<ProgressStatus> progressStatusFromId(const QString &id);
QString progressStatusName(ProgressStatus status); // translated

// One dated note on a measure: who said what, with what evidence (a file name and its hash,
// or a link).
struct ProgressUpdate
{
    QDate date;
    QString author;
    QString note;
    QString evidence;
    bool operator==(const ProgressUpdate &) const = default;
};

// How far a measure had got by the end of a year: its adoption in the measure's own unit
// (MeasureKindSpec::adoption: kWp installed, tonnes composted, share of trips, or the share of
// the measure carried out), its status, what it has cost so far, and the notes behind it.
struct MeasureProgress
{
    QString measure; // measure id
    int year = 0;
    std::optional<double> adoption;
    ProgressStatus status = ProgressStatus::NotStarted;
    std::optional<double> capexToDate; // plan currency, from the start to the end of `year`
    std::optional<double> opexToDate;
    QList<ProgressUpdate> updates;
    bool operator==(const MeasureProgress &) const = default;
};

} // namespace zeroplan
