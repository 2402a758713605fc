#include "ReviewFiles.h"

#include "PlanDocument.h"
#include "present/Preferences.h"
#include "storage/ReviewJson.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace zeroplan {

namespace {

const QLatin1String kCommentsSuffix(".zeroplan-comments");

// The document's file name without its extension, for the names suggested.
QString baseName(const PlanDocument &document)
{
    const QString name = document.isUntitled() ? document.displayName()
                                               : QFileInfo(document.filePath()).completeBaseName();
    return name.isEmpty() ? QStringLiteral("plan") : name;
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

} // namespace

bool ReviewFiles::exportReviewCopy(QWidget *parent, const PlanDocument &document)
{
    const QString title = tr("Export Review Copy");
    const QString suggested =
        QDir(Preferences::fileDialogFolder())
            .filePath(tr("%1 for review", "file name of a review copy").arg(baseName(document)) +
                      QStringLiteral(".zeroplan"));
    QString path =
        QFileDialog::getSaveFileName(parent, title, suggested, tr("ZeroPlan project (*.zeroplan)"));
    if (path.isEmpty())
        return false;
    Preferences::rememberFileDialogFolder(path);
    path = withSuffix(path, QStringLiteral(".zeroplan"));
    QString error;
    if (!document.exportReviewCopy(path, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    QMessageBox::information(
        parent, title,
        tr("The review copy is %1. Send it to the adviser: they open it in ZeroPlan, comment, "
           "then send back the file File → Export Comments… makes, which File → Merge "
           "Comments… adds to this plan.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReviewFiles::exportComments(QWidget *parent, const PlanDocument &document)
{
    const QString title = tr("Export Comments");
    const QString suggested =
        QDir(Preferences::fileDialogFolder())
            .filePath(tr("%1 comments", "file name of a comments file").arg(baseName(document)) +
                      kCommentsSuffix);
    QString path = QFileDialog::getSaveFileName(parent, title, suggested,
                                                tr("ZeroPlan comments (*.zeroplan-comments)"));
    if (path.isEmpty())
        return false;
    Preferences::rememberFileDialogFolder(path);
    path = withSuffix(path, kCommentsSuffix);
    QString error;
    if (!ReviewJson::writeFile(document.plan(), document.review(), path, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    QMessageBox::information(
        parent, title,
        tr("%n comment(s) and review state(s) written to %1: send this "
           "file back to the plan's owner.",
           nullptr, int(document.review().remarks.size() + document.review().marks.size()))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReviewFiles::mergeComments(QWidget *parent, PlanDocument &document)
{
    const QString title = tr("Merge Comments");
    QString why;
    if (!document.canReview(&why)) {
        QMessageBox::warning(parent, title, why);
        return false;
    }
    const QString path =
        QFileDialog::getOpenFileName(parent, title, Preferences::fileDialogFolder(),
                                     tr("ZeroPlan comments (*.zeroplan-comments);;All files (*)"));
    if (path.isEmpty())
        return false;
    Preferences::rememberFileDialogFolder(path);
    const ReviewJson::ReadResult read = ReviewJson::readFile(path);
    if (!read.review) {
        QStringList lines;
        for (const PlanProblem &p : read.problems)
            lines << p.toString();
        QMessageBox::warning(
            parent, title,
            tr("%1 cannot be merged; the plan is unchanged.\n\n%2")
                .arg(QDir::toNativeSeparators(path), lines.mid(0, 10).join(QLatin1Char('\n'))));
        return false;
    }
    const Plan &plan = document.plan();
    if (!read.community.isEmpty() && read.community != plan.community.name &&
        QMessageBox::question(
            parent, title,
            tr("The comments were written on the plan of “%1”, and this plan is of “%2”. Merge "
               "them all the same?")
                .arg(read.community, plan.community.name)) != QMessageBox::Yes)
        return false;
    QString error;
    const int added = document.mergeReview(*read.review, &error);
    if (added < 0) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    QMessageBox::information(
        parent, title,
        added == 0 ? tr("The plan has every comment and review state of %1 already.")
                         .arg(QDir::toNativeSeparators(path))
                   : tr("%n comment(s) and review state(s) added from %1. Save the plan to keep "
                        "them.",
                        nullptr, added)
                         .arg(QDir::toNativeSeparators(path)));
    return added > 0;
}

} // namespace zeroplan
