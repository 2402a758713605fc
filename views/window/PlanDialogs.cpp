#include "PlanDialogs.h"

#include "plan/Plan.h"
#include "present/Preferences.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace zeroplan {

QList<SamplePlan> PlanDialogs::samples()
{
    return {{QStringLiteral(":/samples/shenzhen-xinqiao.json"),
             tr("Shenzhen: Xinqiao Shiju near-zero-carbon community")},
            {QStringLiteral(":/samples/hangzhou-hemu.json"),
             tr("Hangzhou: Hemu community, a third less carbon in three years")},
            {QStringLiteral(":/samples/european-ecodistrict.json"),
             tr("Europe: Harbourside eco-district")}};
}

QString PlanDialogs::sampleIn(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = file.readAll();
    for (const SamplePlan &sample : samples()) {
        QFile bundled(sample.resource);
        if (bundled.open(QIODevice::ReadOnly) && bundled.readAll() == content)
            return sample.resource;
    }
    return {};
}

QMessageBox::StandardButton PlanDialogs::askToSave(QWidget *parent, const QString &planName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to “%1” before closing it?").arg(planName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("If you don't save, your changes since the last save are lost."));
    box.button(QMessageBox::Discard)->setText(tr("Don't Save"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

QString PlanDialogs::askOpenPath(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Open Plan"), Preferences::fileDialogFolder(),
        tr("ZeroPlan plans and districts (*.zeroplan *.json *.zeroplan-district);;Project files "
           "(*.zeroplan);;JSON plans (*.json);;Districts (*.zeroplan-district);;All files (*)"));
    Preferences::rememberFileDialogFolder(path);
    return path;
}

QString PlanDialogs::askImportPath(QWidget *parent, bool meterReadings)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, meterReadings ? tr("Import Meter Readings") : tr("Import Activities"),
        Preferences::fileDialogFolder(), tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    Preferences::rememberFileDialogFolder(path);
    return path;
}

QString PlanDialogs::askSavePath(QWidget *parent, const QString &suggested)
{
    QString selectedFilter;
    const QString project = tr("Project file (*.zeroplan)");
    const QString json = tr("JSON plan (*.json)");
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Save Plan As"), suggested,
                                     project + QStringLiteral(";;") + json, &selectedFilter);
    if (path.isEmpty())
        return path;
    Preferences::rememberFileDialogFolder(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("zeroplan") && suffix != QLatin1String("json"))
        path += selectedFilter == json ? QStringLiteral(".json") : QStringLiteral(".zeroplan");
    return path;
}

QString PlanDialogs::suggestedFileName(const Plan &plan)
{
    QString name = plan.community.name.isEmpty() ? tr("Plan") : plan.community.name;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("-"));
    return QDir(Preferences::fileDialogFolder()).filePath(name + QStringLiteral(".zeroplan"));
}

DropKind PlanDialogs::dropKind(const QUrl &url)
{
    if (!url.isLocalFile())
        return DropKind::None;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    if (suffix == QLatin1String("zeroplan") || suffix == QLatin1String("json") ||
        suffix == QLatin1String("zeroplan-district"))
        return DropKind::Plan;
    for (const char *table : {"csv", "tsv", "txt", "xlsx"}) {
        if (suffix == QLatin1String(table))
            return DropKind::Table;
    }
    return DropKind::None;
}

} // namespace zeroplan
