#include "DataTemplateMenu.h"

#include "measures/CatalogueText.h"
#include "present/Language.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace zeroplan {

QMenu *DataTemplateMenu::add(QMenu *file, QMainWindow *window, std::function<int()> baseYear)
{
    QMenu *menu = file->addMenu(tr("New from &Template"));
    menu->setObjectName(QStringLiteral("newFromTemplateMenu"));
    menu->setToolTipsVisible(true);
    const auto addAction = [&](const QString &text, const QString &name, ImportTemplate::Kind kind,
                               const QString &tip) {
        QAction *action = menu->addAction(
            text, window, [window, kind, baseYear] { save(window, kind, baseYear()); });
        action->setObjectName(name);
        action->setToolTip(tip);
    };
    addAction(tr("&Activity Data…"), QStringLiteral("activityTemplateAction"),
              ImportTemplate::Kind::Activities,
              tr("A CSV or Excel file with the columns File → Import Activities reads, and one "
                 "example row"));
    addAction(tr("&Meter Readings…"), QStringLiteral("meterTemplateAction"),
              ImportTemplate::Kind::MeterReadings,
              tr("A CSV or Excel file with the columns File → Import Meter Readings reads, and "
                 "one example row"));
    return menu;
}

QString DataTemplateMenu::suggestedFileName(ImportTemplate::Kind kind, const QString &language)
{
    const bool chinese = CatalogueText::isChinese(language);
    if (kind == ImportTemplate::Kind::Activities)
        return chinese ? QStringLiteral("活动数据模板.xlsx")
                       : QStringLiteral("activity-data-template.xlsx");
    return chinese ? QStringLiteral("抄表数据模板.xlsx")
                   : QStringLiteral("meter-readings-template.xlsx");
}

void DataTemplateMenu::save(QMainWindow *window, ImportTemplate::Kind kind, int year)
{
    const QString language = Language::current();
    if (year <= 0)
        year = QDate::currentDate().year() - 1;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        window, tr("Save a data template"), suggestedFileName(kind, language),
        tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) // the filter chosen decides the kind of file
        target += filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                          : QStringLiteral(".xlsx");
    QString error;
    if (!ImportTemplate::write(kind, language, year, target, &error)) {
        QMessageBox::warning(window, tr("Save a data template"), error);
        return;
    }
    window->statusBar()->showMessage(
        tr("Template saved as %1: fill it in, then import it from the File menu")
            .arg(QFileInfo(target).fileName()),
        15000);
}

} // namespace zeroplan
