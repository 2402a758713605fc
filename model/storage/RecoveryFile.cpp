#include "RecoveryFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <utility>

namespace zeroplan {

namespace {

// A copy is named PREFIX.TOKEN.recovery.zeroplan, its sidecar PREFIX.TOKEN.recovery.json:
// beside the file PREFIX is ".FILE NAME", in the recovery folder "untitled" or the file's name.
const QString kCopySuffix = QStringLiteral(".recovery.zeroplan");
const QString kSidecarSuffix = QStringLiteral(".recovery.json");
constexpr qsizetype kTokenLength = 8;
// A file name in the recovery folder keeps at most this many bytes of the original's name,
// so that it and PlanStore's temporary name stay within NAME_MAX (255 bytes).
constexpr qsizetype kMaxNameBytes = 120;

QString newToken()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), kTokenLength, 16,
                                    QLatin1Char('0'));
}

bool isToken(QStringView text)
{
    return text.size() == kTokenLength && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

// `name` is "PREFIX.TOKEN.recovery.zeroplan" with a non-empty PREFIX; returns PREFIX's length.
qsizetype copyPrefixLength(const QString &name)
{
    const qsizetype prefix = name.size() - kCopySuffix.size() - kTokenLength - 1;
    if (prefix < 1 || !name.endsWith(kCopySuffix) || name.at(prefix) != QLatin1Char('.') ||
        !isToken(QStringView(name).mid(prefix + 1, kTokenLength)))
        return -1;
    return prefix;
}

QString sidecarPath(const QString &copyPath)
{
    return copyPath.chopped(kCopySuffix.size()) + kSidecarSuffix;
}

QString cleanAbsolute(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The original's name, shortened to kMaxNameBytes of the file system's encoding.
QString shortName(QString name)
{
    while (QFile::encodeName(name).size() > kMaxNameBytes)
        name.chop(name.size() >= 2 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    return name;
}

struct Sidecar
{
    QString original; // absolute; empty: untitled
    RecoveryOwner owner;
};

bool writeSidecar(const QString &copyPath, const Sidecar &sidecar, QString *reason)
{
    const QJsonObject json{{QStringLiteral("format"), 1},
                           {QStringLiteral("original"), sidecar.original},
                           {QStringLiteral("writer"), sidecar.owner.toJson()}};
    QSaveFile file(sidecarPath(copyPath));
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) >= 0 &&
        file.commit())
        return true;
    *reason =
        QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

// A missing or unreadable sidecar gives an empty one: no original, an owner that isn't running.
Sidecar readSidecar(const QString &copyPath)
{
    QFile file(sidecarPath(copyPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return {cleanAbsolute(json.value(QStringLiteral("original")).toString()),
            RecoveryOwner::fromJson(json.value(QStringLiteral("writer")).toObject())};
}

// The copy is no more readable than the user's file. PlanStore::save gives the file it writes
// the permissions of the one it replaces, so an empty file with those permissions comes first.
bool createPlaceholder(const QString &copyPath, const QString &original, QString *reason)
{
    const QFile::Permissions ownerOnly =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    const QFileInfo originalInfo(original);
    const QFile::Permissions permissions =
        original.isEmpty() || !originalInfo.exists()
            ? ownerOnly
            : ownerOnly | (originalInfo.permissions() & (QFile::ReadGroup | QFile::ReadOther));
    QFile file(copyPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.setPermissions(permissions))
        return true;
    *reason = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(copyPath), file.errorString());
    return false;
}

// The temporary files a killed write of this copy left: PlanStore::save's (".NAME.XXXXXX.tmp")
// and QSaveFile's for the sidecar ("NAME.XXXXXX"). The token in the names is this copy's alone,
// so no other file's temporary files match, and the copy's writer is not writing now.
void removeLeftovers(const QString &copyPath)
{
    const QFileInfo copy(copyPath);
    const QRegularExpression leftover(
        QStringLiteral("^(\\.%1\\.[A-Za-z0-9]{6}\\.tmp|%2\\.[A-Za-z0-9]{6})$")
            .arg(QRegularExpression::escape(copy.fileName()),
                 QRegularExpression::escape(QFileInfo(sidecarPath(copyPath)).fileName())));
    const QDir dir = copy.absoluteDir();
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (leftover.match(name).hasMatch())
            QFile::remove(dir.filePath(name));
    }
}

// Deletes the copy, then its sidecar: a sidecar without a copy is never listed, a copy without
// its sidecar would be. Then what killed writes of it left.
bool removeCopyFiles(const QString &copyPath, QString *error)
{
    for (const QString &path : {copyPath, sidecarPath(copyPath)}) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path),
                                                      file.errorString());
            return false;
        }
    }
    removeLeftovers(copyPath);
    return true;
}

} // namespace

RecoveryFile::RecoveryFile(const QString &planPath, const QString &recoveryDir)
    : m_planPath(cleanAbsolute(planPath)), m_recoveryDir(cleanAbsolute(recoveryDir)),
      m_token(newToken())
{
}

RecoveryFile RecoveryFile::resume(const RecoveryCopy &recovered, const QString &recoveryDir)
{
    RecoveryFile file(recovered.originalPath, recoveryDir);
    file.m_copyPath = cleanAbsolute(recovered.recoveryPath);
    file.m_written = true;
    return file;
}

QString RecoveryFile::besidePath() const
{
    const QFileInfo plan(m_planPath);
    return plan.absoluteDir().filePath(
        QStringLiteral(".%1.%2%3").arg(plan.fileName(), m_token, kCopySuffix));
}

QString RecoveryFile::fallbackPath() const
{
    const QString prefix = m_planPath.isEmpty() ? QStringLiteral("untitled")
                                                : shortName(QFileInfo(m_planPath).fileName());
    return QDir(m_recoveryDir)
        .filePath(QStringLiteral("%1.%2%3").arg(prefix, m_token, kCopySuffix));
}

// Writes the sidecar (when the one at `copyPath` doesn't name this process yet), then the copy.
// What this call created is removed again if it fails.
bool RecoveryFile::writeAt(const QString &copyPath, const Plan &plan, const PlanHistory &history,
                           QString *reason)
{
    const bool fresh = !QFileInfo::exists(copyPath);
    const bool recorded = m_ownerRecorded && copyPath == m_copyPath;
    const bool written =
        (recorded || writeSidecar(copyPath, {m_planPath, RecoveryOwner::current()}, reason)) &&
        (!fresh || createPlaceholder(copyPath, m_planPath, reason)) &&
        PlanStore::save(plan, history, copyPath, reason);
    if (written) {
        m_copyPath = copyPath;
        m_written = true;
        m_ownerRecorded = true;
    } else if (fresh) {
        removeCopyFiles(copyPath, nullptr);
    }
    return written;
}

// The folder beside the user's file can't take the copy (read-only, full, name too long): the
// copy goes to the recovery folder from now on, and the one beside the file, if any, goes.
bool RecoveryFile::writeFallback(const Plan &plan, const PlanHistory &history, QString *reason)
{
    const QString previous = m_written ? m_copyPath : QString();
    if (!QDir().mkpath(m_recoveryDir)) {
        *reason =
            tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(m_recoveryDir));
        return false;
    }
    if (!writeAt(fallbackPath(), plan, history, reason))
        return false;
    if (!previous.isEmpty() && previous != m_copyPath)
        removeCopyFiles(previous, nullptr);
    return true;
}

bool RecoveryFile::write(const Plan &plan, QString *error, const PlanHistory &history)
{
    QString reason;
    const QString target = !m_copyPath.isEmpty()  ? m_copyPath
                           : m_planPath.isEmpty() ? QString()
                                                  : besidePath();
    const bool inRecoveryDir =
        target.isEmpty() || QFileInfo(target).absolutePath() == m_recoveryDir;
    bool written = !target.isEmpty() && writeAt(target, plan, history, &reason);
    if (!written && (!inRecoveryDir || m_copyPath.isEmpty()))
        written = writeFallback(plan, history, &reason);
    if (written || !error)
        return written;
    if (m_planPath.isEmpty())
        *error = tr("Could not write a recovery copy of the untitled plan: %1").arg(reason);
    else
        *error = tr("Could not write a recovery copy of %1: %2")
                     .arg(QFileInfo(m_planPath).fileName(), reason);
    return false;
}

bool RecoveryFile::discard(QString *error)
{
    const bool removed = !m_written || removeCopyFiles(m_copyPath, error);
    // Forgotten either way: a copy that could not be deleted is older than the saved file,
    // and find() says so.
    m_copyPath.clear();
    m_written = false;
    m_ownerRecorded = false;
    return removed;
}

bool RecoveryFile::saved(const QString &planPath, QString *error)
{
    const bool removed = discard(error);
    m_planPath = cleanAbsolute(planPath);
    return removed;
}

namespace {

QString planNameOf(const Plan &plan)
{
    return plan.title.trimmed().isEmpty() ? plan.community.name.trimmed() : plan.title.trimmed();
}

// The copy as the app describes it. Loading opens it read-only and never modifies it.
RecoveryCopy inspect(const QString &copyPath, const QString &original, const RecoveryOwner &owner)
{
    RecoveryCopy copy;
    copy.recoveryPath = copyPath;
    copy.originalPath = original;
    copy.owner = owner;
    copy.writtenAt = QFileInfo(copyPath).lastModified();
    const PlanStoreResult loaded = PlanStore::load(copyPath);
    if (loaded.plan)
        copy.planName = planNameOf(*loaded.plan);
    else
        copy.damage = loaded.problems.value(0).message;
    if (!original.isEmpty()) {
        const QFileInfo info(original);
        copy.originalMissing = !info.exists();
        copy.originalModified = info.exists() && info.lastModified() > copy.writtenAt;
    }
    return copy;
}

// The copies beside `planPath`, each with the file beside it as its original: a copy moved
// with its file (a renamed folder) still belongs to it.
QList<std::pair<QString, QString>> copiesBeside(const QString &planPath)
{
    const QFileInfo plan(cleanAbsolute(planPath));
    const QString prefix = QLatin1Char('.') + plan.fileName();
    const QDir dir = plan.absoluteDir();
    QList<std::pair<QString, QString>> copies;
    if (plan.fileName().isEmpty())
        return copies;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (copyPrefixLength(name) == prefix.size() && name.startsWith(prefix))
            copies.append({dir.absoluteFilePath(name), plan.absoluteFilePath()});
    }
    return copies;
}

// The copies in the recovery folder; their sidecar names the original.
QList<std::pair<QString, QString>> copiesIn(const QString &recoveryDir)
{
    const QDir dir(cleanAbsolute(recoveryDir));
    QList<std::pair<QString, QString>> copies;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (copyPrefixLength(name) > 0)
            copies.append({dir.absoluteFilePath(name), QString()});
    }
    return copies;
}

} // namespace

QList<RecoveryCopy> RecoveryFile::find(const QStringList &planPaths, const QString &recoveryDir)
{
    QList<std::pair<QString, QString>> candidates;
    for (const QString &planPath : planPaths)
        candidates += copiesBeside(planPath);
    if (!recoveryDir.isEmpty())
        candidates += copiesIn(recoveryDir);
    QSet<QString> seen;
    QList<RecoveryCopy> found;
    for (const auto &[copyPath, besideOriginal] : std::as_const(candidates)) {
        if (seen.contains(copyPath))
            continue;
        seen.insert(copyPath);
        const Sidecar sidecar = readSidecar(copyPath);
        if (!sidecar.owner.isRunningHere())
            found.append(inspect(copyPath,
                                 besideOriginal.isEmpty() ? sidecar.original : besideOriginal,
                                 sidecar.owner));
    }
    std::stable_sort(found.begin(), found.end(), [](const RecoveryCopy &a, const RecoveryCopy &b) {
        return a.writtenAt > b.writtenAt;
    });
    return found;
}

PlanStoreResult RecoveryFile::load(const RecoveryCopy &copy)
{
    PlanStoreResult result = PlanStore::load(copy.recoveryPath);
    const QFileInfo original(copy.originalPath);
    result.readOnly = !copy.originalPath.isEmpty() && original.exists() && !original.isWritable();
    return result;
}

bool RecoveryFile::remove(const RecoveryCopy &copy, QString *error)
{
    const QString path = cleanAbsolute(copy.recoveryPath);
    if (copyPrefixLength(QFileInfo(path).fileName()) < 1 ||
        path == cleanAbsolute(copy.originalPath)) {
        if (error)
            *error = tr("%1 is not a recovery copy").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return removeCopyFiles(path, error);
}

QString RecoveryFile::describe(const RecoveryCopy &copy)
{
    const QLocale locale;
    const QString when = copy.writtenAt.date() == QDate::currentDate()
                             ? locale.toString(copy.writtenAt.time(), QLocale::ShortFormat)
                             : locale.toString(copy.writtenAt, QLocale::ShortFormat);
    const QString file = QFileInfo(copy.originalPath).fileName();
    if (copy.isDamaged() && copy.isUntitled())
        return tr("A recovery copy of an untitled plan from %1 can't be opened: %2")
            .arg(when, copy.damage);
    if (copy.isDamaged())
        return tr("A recovery copy of %1 from %2 can't be opened: %3").arg(file, when, copy.damage);
    if (copy.isUntitled() && copy.planName.isEmpty())
        return tr("Recovered changes to an untitled plan from %1").arg(when);
    if (copy.isUntitled())
        return tr("Recovered changes to the untitled plan “%1” from %2").arg(copy.planName, when);
    return tr("Recovered changes to %1 from %2").arg(file, when);
}

} // namespace zeroplan
