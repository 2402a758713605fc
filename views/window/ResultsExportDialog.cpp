#include "ResultsExportDialog.h"

#include "export/ResultTables.h"
#include "export/ResultsCsv.h"
#include "export/ResultsXlsx.h"
#include "plan/Plan.h"
#include "present/Preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace zeroplan {

namespace {

QString safeFileName(QString name)
{
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    return name.simplified();
}

ResultTables::Kind tableOf(ResultsExportDialog::Choice choice)
{
    switch (choice) {
    case ResultsExportDialog::Choice::WedgesCsv:
        return ResultTables::Kind::Wedges;
    case ResultsExportDialog::Choice::CostsCsv:
        return ResultTables::Kind::Costs;
    case ResultsExportDialog::Choice::PathwayCsv:
    case ResultsExportDialog::Choice::Workbook:
        break;
    }
    return ResultTables::Kind::Pathway;
}

} // namespace

QString ResultsExportDialog::nameFilter(Choice choice)
{
    switch (choice) {
    case Choice::Workbook:
        return tr("Excel workbook (*.xlsx)");
    case Choice::PathwayCsv:
        return tr("Pathway table, CSV (*.csv)");
    case Choice::WedgesCsv:
        return tr("Wedges table, CSV (*.csv)");
    case Choice::CostsCsv:
        return tr("Costs table, CSV (*.csv)");
    }
    return {};
}

std::optional<ResultsExportDialog::Choice>
ResultsExportDialog::choiceForFilter(const QString &filter)
{
    for (const Choice choice : kChoices) {
        if (nameFilter(choice) == filter)
            return choice;
    }
    return std::nullopt;
}

QString ResultsExportDialog::suffix(Choice choice)
{
    return choice == Choice::Workbook ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString ResultsExportDialog::withSuffix(const QString &path, Choice choice)
{
    const QFileInfo info(path);
    const QString wanted = suffix(choice);
    const QString current = info.suffix().toLower();
    if (current == wanted)
        return path;
    QString base = path;
    if (current == QLatin1String("xlsx") || current == QLatin1String("csv"))
        base.chop(info.suffix().size() + 1);
    return base + QLatin1Char('.') + wanted;
}

QString ResultsExportDialog::suggestedName(const Plan &plan, const ScenarioResult &scenario,
                                           Choice choice)
{
    QString name = plan.community.name.isEmpty() ? plan.title : plan.community.name;
    if (!scenario.name.isEmpty())
        name = name.isEmpty() ? scenario.name : name + QStringLiteral(" – ") + scenario.name;
    if (choice != Choice::Workbook)
        name += QLatin1Char(' ') + ResultTables::title(tableOf(choice)).toLower();
    name = safeFileName(name);
    if (name.isEmpty())
        name = tr("results");
    return name + QLatin1Char('.') + suffix(choice);
}

bool ResultsExportDialog::write(Choice choice, const QString &path, const PlanResult &results,
                                const ScenarioResult &scenario, const QString &currency,
                                QString *error)
{
    if (choice == Choice::Workbook)
        return ResultsXlsx::write(ResultTables::all(results, scenario, currency), path, error);
    return ResultsCsv::writeFile(ResultTables::build(tableOf(choice), results, scenario, currency),
                                 path, error);
}

bool ResultsExportDialog::exportResults(QWidget *parent, const Plan &plan,
                                        const PlanResult &results, const ScenarioResult &scenario)
{
    QFileDialog dialog(parent, tr("Export Results of “%1”").arg(scenario.name));
    dialog.setObjectName(QStringLiteral("resultsExportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters;
    for (const Choice choice : kChoices)
        filters.append(nameFilter(choice));
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(nameFilter(Choice::Workbook));
    dialog.setDefaultSuffix(suffix(Choice::Workbook)); // added before the overwrite question
    dialog.setDirectory(Preferences::fileDialogFolder());
    dialog.selectFile(suggestedName(plan, scenario, Choice::Workbook));
    // A new file type: the name suggested for it if the name was one of ours, else the name
    // typed with the type's extension (whether or not the dialog swapped it already).
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const Choice choice = choiceForFilter(filter).value_or(Choice::Workbook);
        dialog.setDefaultSuffix(suffix(choice));
        const QStringList files = dialog.selectedFiles();
        const QFileInfo typed(files.isEmpty() ? QString() : files.constFirst());
        bool suggested = typed.fileName().isEmpty();
        for (const Choice c : kChoices) {
            suggested =
                suggested || typed.completeBaseName() ==
                                 QFileInfo(suggestedName(plan, scenario, c)).completeBaseName();
        }
        dialog.selectFile(suggested ? suggestedName(plan, scenario, choice)
                                    : withSuffix(typed.fileName(), choice));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const Choice choice = choiceForFilter(dialog.selectedNameFilter()).value_or(Choice::Workbook);
    const QString typed = dialog.selectedFiles().constFirst();
    const QString path = withSuffix(typed, choice);
    Preferences::rememberFileDialogFolder(path);
    if (path != typed && QFileInfo::exists(path) &&
        QMessageBox::question(
            parent, tr("Replace File?"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
        return false;
    QString error;
    if (!write(choice, path, results, scenario, plan.community.currency, &error)) {
        QMessageBox::warning(parent, tr("Cannot export results"), error);
        return false;
    }
    return true;
}

} // namespace zeroplan
