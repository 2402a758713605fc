#include "ProgressImport.h"

#include "measures/MeasureCatalogue.h"
#include "storage/JsonObjectReader.h"
#include "storage/PlanValidator.h"

#include <QHash>

namespace zeroplan {
namespace {

enum class Column
{
    Measure,
    Year,
    Adoption,
    Status,
    Capex,
    Opex,
    Date,
    Author,
    Note,
    Evidence,
};

struct Header
{
    Column column;
    const char *words; // the header texts it is known by, '|' between them, lower case
};

const Header kHeaders[] = {
    {Column::Measure, "measure|measure id|measure_id|措施|措施编号|措施名称"},
    {Column::Year, "year|年份|年度"},
    {Column::Adoption, "adoption|progress|actual|完成量|进度|实际完成"},
    {Column::Status, "status|状态"},
    {Column::Capex, "capex to date|capex_to_date|investment to date|累计投资"},
    {Column::Opex, "opex to date|opex_to_date|running costs to date|累计运行费用|累计运维费用"},
    {Column::Date, "date|日期|更新日期"},
    {Column::Author, "author|by|填报人|报告人"},
    {Column::Note, "note|notes|说明|备注"},
    {Column::Evidence, "evidence|佐证|证明材料"},
};

// Status names a sheet may carry besides the ids, in both languages.
const std::pair<const char *, ProgressStatus> kStatusWords[] = {
    {"not started", ProgressStatus::NotStarted},
    {"未开始", ProgressStatus::NotStarted},
    {"planning", ProgressStatus::Planning},
    {"筹备中", ProgressStatus::Planning},
    {"implementing", ProgressStatus::Implementing},
    {"实施中", ProgressStatus::Implementing},
    {"completed", ProgressStatus::Completed},
    {"已完成", ProgressStatus::Completed},
    {"paused", ProgressStatus::Paused},
    {"暂停", ProgressStatus::Paused},
    {"cancelled", ProgressStatus::Cancelled},
    {"已取消", ProgressStatus::Cancelled},
};

QString normalised(const QString &text)
{
    return text.trimmed().toLower().replace(u'_', u' ');
}

std::optional<ProgressStatus> statusOf(const QString &text)
{
    const QString word = normalised(text);
    if (const auto id = progressStatusFromId(text.trimmed().toLower()))
        return id;
    for (const auto &[name, status] : kStatusWords) {
        if (word == QString::fromUtf8(name))
            return status;
    }
    return std::nullopt;
}

// The measure a cell names: its id, its name as stored, or its catalogue name in either
// language.
const Measure *measureOf(const Plan &plan, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Measure &m : plan.measures) {
        if (m.id == wanted || m.name == wanted ||
            MeasureCatalogue::displayName(m, QStringLiteral("en")) == wanted ||
            MeasureCatalogue::displayName(m, QStringLiteral("zh_CN")) == wanted)
            return &m;
    }
    return nullptr;
}

QDate dateOf(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"),
                                  QStringLiteral("yyyy.M.d"), QStringLiteral("yyyy年M月d日")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

ProgressImportResult ProgressImport::read(TableReader &reader, const QString &fileName,
                                          const Plan &plan, DecimalSeparator decimal)
{
    ProgressImportResult result;
    ImportReport &report = result.report;
    report.fileName = fileName;
    TableRow row;
    if (!reader.next(row)) {
        report.error =
            reader.error().isEmpty()
                ? tr("%1 is empty: it needs a header row and a row per measure").arg(fileName)
                : reader.error();
        return result;
    }
    QHash<Column, int> columns;
    for (int c = 0; c < row.size(); ++c) {
        const QString word = normalised(row.text(c));
        for (const Header &h : kHeaders) {
            if (!columns.contains(h.column) &&
                QString::fromUtf8(h.words).split(u'|').contains(word))
                columns.insert(h.column, c);
        }
    }
    for (const Column required : {Column::Measure, Column::Year}) {
        if (!columns.contains(required)) {
            report.error = tr("%1: the header row has no %2 column")
                               .arg(fileName, required == Column::Measure ? tr("measure (措施)")
                                                                          : tr("year (年份)"));
            return result;
        }
    }
    QHash<QString, qsizetype> seen; // measure/year → index into entries
    while (reader.next(row)) {
        ++report.rowsRead;
        const auto cell = [&](Column c) {
            return columns.contains(c) ? row.text(columns.value(c)) : QString();
        };
        const auto reject = [&](Column c, const QString &reason) {
            report.reject(row.number(), reader.cellName(row.number(), columns.value(c)), reason);
        };
        const Measure *measure = measureOf(plan, cell(Column::Measure));
        if (!measure) {
            reject(Column::Measure,
                   tr("\"%1\" is not a measure of the plan (give its id or its name)")
                       .arg(cell(Column::Measure)));
            continue;
        }
        bool ok = false;
        const int year = cell(Column::Year).trimmed().toInt(&ok);
        if (!ok) {
            reject(Column::Year, tr("\"%1\" is not a year").arg(cell(Column::Year)));
            continue;
        }
        MeasureProgress entry;
        entry.measure = measure->id;
        entry.year = year;
        bool bad = false;
        for (const auto &[column, target] : {std::pair{Column::Adoption, &entry.adoption},
                                             std::pair{Column::Capex, &entry.capexToDate},
                                             std::pair{Column::Opex, &entry.opexToDate}}) {
            const QString text = cell(column).trimmed();
            if (text.isEmpty())
                continue;
            *target = ImportNumber::parse(text.toUtf8(), decimal);
            if (!*target) {
                reject(column, tr("\"%1\" is not a number").arg(text));
                bad = true;
                break;
            }
        }
        if (bad)
            continue;
        std::optional<ProgressStatus> status;
        if (const QString text = cell(Column::Status); !text.trimmed().isEmpty()) {
            status = statusOf(text);
            if (!status) {
                reject(Column::Status,
                       tr("\"%1\" is not a status; use not_started, planning, implementing, "
                          "completed, paused or cancelled (or 未开始, 筹备中, 实施中, 已完成, "
                          "暂停, 已取消)")
                           .arg(text));
                continue;
            }
        }
        ProgressUpdate update;
        if (const QString text = cell(Column::Date); !text.trimmed().isEmpty()) {
            update.date = dateOf(text);
            if (!update.date.isValid()) {
                reject(Column::Date, tr("\"%1\" is not a date; write it as 2026-03-01").arg(text));
                continue;
            }
        }
        update.author = cell(Column::Author).trimmed();
        update.note = cell(Column::Note).trimmed();
        update.evidence = cell(Column::Evidence).trimmed();
        const QString key = entry.measure + u'/' + QString::number(year);
        if (!seen.contains(key)) {
            seen.insert(key, result.entries.size());
            entry.status = status.value_or(ProgressStatus::NotStarted);
            result.entries.append(entry);
            result.places.append(reader.rowName(row.number()));
            result.statusGiven.append(false);
        }
        MeasureProgress &merged = result.entries[seen.value(key)];
        if (entry.adoption)
            merged.adoption = entry.adoption;
        if (entry.capexToDate)
            merged.capexToDate = entry.capexToDate;
        if (entry.opexToDate)
            merged.opexToDate = entry.opexToDate;
        if (status) {
            merged.status = *status;
            result.statusGiven[seen.value(key)] = true;
        }
        if (update.date.isValid() || !update.note.isEmpty() || !update.evidence.isEmpty())
            merged.updates.append(update);
    }
    if (!reader.error().isEmpty())
        report.error = reader.error();
    return result;
}

std::optional<Plan> ProgressImport::apply(const Plan &plan, const ProgressImportResult &read,
                                          const FactorLibrary &library, QStringList *problems)
{
    const QList<MeasureProgress> &entries = read.entries;
    Plan next = plan;
    QList<MeasureProgress> &progress = next.monitoring.progress;
    QHash<qsizetype, qsizetype> placeOf; // index into progress → index into entries
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MeasureProgress &e = entries[i];
        qsizetype at = 0;
        while (at < progress.size() &&
               !(progress[at].measure == e.measure && progress[at].year == e.year))
            ++at;
        if (at == progress.size()) {
            progress.append(e);
        } else {
            MeasureProgress &p = progress[at];
            if (e.adoption)
                p.adoption = e.adoption;
            if (e.capexToDate)
                p.capexToDate = e.capexToDate;
            if (e.opexToDate)
                p.opexToDate = e.opexToDate;
            if (read.statusGiven.value(i))
                p.status = e.status;
            p.updates.append(e.updates);
        }
        placeOf.insert(at, i);
    }
    const PlanProblems old = PlanValidator::validate(plan, library);
    const QString prefix = QStringLiteral("/monitoring/progress/");
    QStringList found;
    for (const PlanProblem &p : PlanValidator::validate(next, library)) {
        if (p.severity != PlanProblem::Severity::Error || old.contains(p))
            continue;
        const qsizetype at =
            p.path.startsWith(prefix) ? p.path.mid(prefix.size()).section(u'/', 0, 0).toInt() : -1;
        if (placeOf.contains(at))
            found << read.report.fileName + QStringLiteral(", ") +
                         read.places.value(placeOf.value(at)) + QStringLiteral(": ") + p.message;
        else
            found << p.toString();
    }
    if (!found.isEmpty()) {
        *problems << found;
        return std::nullopt;
    }
    return next;
}

} // namespace zeroplan
