#include "SharedStoreFlow.h"

#include "DistrictDocument.h"
#include "PlanDocument.h"
#include "present/Preferences.h"
#include "server/ServerDistrict.h"
#include "server/SharedSync.h"
#include "shared/ConflictDialog.h"
#include "shared/SharedStoreDialog.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace zeroplan {

namespace {

// The store `server` names, open; asks once for a password when the first try fails (the
// server may want one that is in no ~/.pgpass). Nothing, after saying why, when it cannot be
// reached.
std::unique_ptr<SharedStore> openStore(QWidget *parent, const QString &title, const QString &server)
{
    auto store = std::make_unique<SharedStore>(server);
    QString error;
    if (store->open(&error))
        return store;
    if (error.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, title, SharedStoreFlow::tr("The shared store asks for your password:"),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return {};
        store = std::make_unique<SharedStore>(server, password);
        if (store->open(&error))
            return store;
    }
    QMessageBox::warning(parent, title,
                         error + QStringLiteral("\n\n") +
                             SharedStoreFlow::tr("Your file is unchanged; check in again when "
                                                 "the store can be reached."));
    return {};
}

} // namespace

QString SharedStoreFlow::checkOut(QWidget *parent)
{
    const QString title = tr("Check Out from Shared Store");
    SharedStoreDialog dialog(SharedStoreDialog::Purpose::CheckOut, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const std::unique_ptr<SharedStore> store = dialog.takeStore();
    const SharedCommunity community = dialog.community();
    QString path =
        QFileDialog::getSaveFileName(parent, title,
                                     QDir(Preferences::fileDialogFolder())
                                         .filePath(community.name + QStringLiteral(".zeroplan")),
                                     tr("ZeroPlan project (*.zeroplan)"));
    if (path.isEmpty())
        return {};
    Preferences::rememberFileDialogFolder(path);
    if (!path.endsWith(QLatin1String(".zeroplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".zeroplan");
    QString error;
    const std::optional<CheckedOutPlan> out = SharedSync::checkOut(*store, community, &error);
    if (!out || !PlanStore::save(out->plan, out->history, path, &error)) {
        QMessageBox::warning(parent, title, error);
        return {};
    }
    return path;
}

std::unique_ptr<DistrictDocument> SharedStoreFlow::openDistrict(QWidget *parent)
{
    SharedStoreDialog dialog(SharedStoreDialog::Purpose::District, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const std::unique_ptr<SharedStore> store = dialog.takeStore();
    const ServerDistrictSummary chosen = dialog.district();
    QString error;
    std::optional<ServerDistrictLoad> loaded =
        ServerDistrict::load(store->database(), chosen.id, &FactorLibraryJson::builtIn(), &error);
    if (!loaded) {
        QMessageBox::warning(parent, tr("Open District from Shared Store"), error);
        return {};
    }
    QString ignored;
    return DistrictDocument::fromServer(std::move(loaded->district), std::move(loaded->load),
                                        FactorLibraryJson::builtIn(),
                                        SharedStore::cleanServer(store->server(), &ignored));
}

QString SharedStoreFlow::checkIn(QWidget *parent, PlanDocument &document,
                                 const std::function<bool()> &save)
{
    const QString title = tr("Check In to Shared Store");
    QString why;
    if (!document.canCheckIn(&why)) {
        QMessageBox::information(parent, title, why);
        return {};
    }
    if (document.isModified() && !save())
        return {};
    std::unique_ptr<SharedStore> store;
    std::optional<SharedCommunity> community;
    if (const auto &checkout = document.checkout()) {
        store = openStore(parent, title, checkout->server);
    } else {
        SharedStoreDialog dialog(SharedStoreDialog::Purpose::FirstCheckIn, parent);
        if (dialog.exec() == QDialog::Accepted) {
            store = dialog.takeStore();
            community = dialog.community();
        }
    }
    if (!store)
        return {};
    QHash<QString, MergeSide> decided;
    CheckInResult result;
    // Someone may check in again while the conflicts are decided: ask about what is new.
    for (;;) {
        result = SharedSync::checkIn(*store, document.plan(), document.history(), decided,
                                     std::nullopt, community);
        if (result.status != CheckInResult::Status::Conflicts)
            break;
        ConflictDialog conflicts(result.conflicts, result.theirsBy, result.revision, parent);
        if (conflicts.exec() != QDialog::Accepted)
            return {};
        decided = conflicts.decisions();
    }
    if (result.status == CheckInResult::Status::Failed) {
        QMessageBox::warning(parent, title,
                             result.error + QStringLiteral("\n\n") +
                                 tr("Nothing was checked in and your file is unchanged."));
        return {};
    }
    if (!document.takeCheckIn(result.plan, result.history, result.theirsBy, &why) || !save()) {
        QMessageBox::warning(
            parent, title,
            tr("The plan is checked in as revision %1, but this file could not be updated%2. "
               "Save it, or check it in again later: the same changes merge without conflict.")
                .arg(result.revision)
                .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')')));
        return {};
    }
    QString line = tr("Checked in %1 as revision %2.")
                       .arg(result.history.checkout->communityName)
                       .arg(result.revision);
    if (result.merged)
        line += QLatin1Char(' ') +
                tr("Merged with what %1 checked in first: %n value(s) of "
                   "theirs taken, ",
                   nullptr, result.fromTheirs)
                    .arg(result.theirsBy) +
                tr("%n conflict(s) decided.", nullptr, result.decided);
    return line;
}

} // namespace zeroplan
