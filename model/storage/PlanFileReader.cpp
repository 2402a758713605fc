#include "PlanFileReader.h"

#include "JsonSource.h"
#include "PlanJson.h"
#include "PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace zeroplan {

PlanFileResult PlanFileReader::read(const QString &path, const FactorLibrary *library)
{
    PlanFileResult result;
    const QString name = QDir::toNativeSeparators(path);
    const auto failure = [&](const QString &message) {
        result.error = name + QStringLiteral(": ") + message;
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        // The words PlanJson and PlanStore have long said it in (and translated).
        result.error = PlanJson::tr("%1: the file does not exist").arg(name);
        return result;
    }
    if (info.isDir())
        return failure(tr("it is a folder, not a plan file"));
    if (!info.isFile())
        return failure(tr("it is not a regular file (a device or a pipe), not a plan file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot open the file: %1").arg(file.errorString()));
    result.readOnly = !info.isWritable() || !(info.permissions() & QFile::WriteOwner);
    const QByteArray start = file.peek(16);
    if (start.isEmpty() && file.error() == QFileDevice::NoError && file.atEnd())
        return failure(tr("the file is empty; a plan is a .zeroplan project file or a JSON "
                          "plan file, as ZeroPlan saves and exports them"));

    if (PlanStore::isSqliteStart(start)) {
        result.format = PlanFileFormat::Project;
        file.close();
        PlanStoreResult stored = PlanStore::load(path);
        result.readOnly = stored.readOnly;
        if (!stored.plan) {
            // The store's one error already starts with the file's name.
            result.error = stored.problems.isEmpty()
                               ? name + QStringLiteral(": ") + tr("cannot be read")
                               : stored.problems.first().toString();
            return result;
        }
        result.plan = std::move(stored.plan);
        result.problems = std::move(stored.problems);
        result.history = std::move(stored.history);
        return result;
    }

    result.format = PlanFileFormat::Json;
    const auto tooLarge = [&](qint64 size) {
        return failure(
            tr("the file is %1; ZeroPlan reads plan files of at most %2")
                .arg(JsonSource::sizeText(size), JsonSource::sizeText(PlanJson::kMaxFileBytes)));
    };
    if (info.size() > PlanJson::kMaxFileBytes)
        return tooLarge(info.size());
    const QByteArray bytes = file.read(PlanJson::kMaxFileBytes + 1); // it may have grown
    if (file.error() != QFileDevice::NoError)
        return failure(tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes.size() > PlanJson::kMaxFileBytes)
        return tooLarge(bytes.size());
    PlanReadResult read = PlanJson::read(bytes, library);
    if (!read.plan) {
        const auto firstError =
            std::find_if(read.problems.cbegin(), read.problems.cend(), [](const PlanProblem &p) {
                return p.severity == PlanProblem::Severity::Error;
            });
        return failure(firstError == read.problems.cend() ? tr("not a plan")
                                                          : firstError->toString());
    }
    result.plan = std::move(read.plan);
    result.problems = std::move(read.problems);
    return result;
}

} // namespace zeroplan
