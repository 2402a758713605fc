#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>

class QUrl;
class QWidget;

namespace zeroplan {

struct Plan;

struct SamplePlan
{
    QString resource; // ":/samples/….json"
    QString name;     // translated
};

enum class DropKind
{
    None,
    Plan,  // .zeroplan, .json: open it
    Table, // .csv, .tsv, .txt, .xlsx: import its activity lines
};

// The questions the window asks about files: which plan to open, where to save, whether to
// save unsaved work, and what a dropped file is.
class PlanDialogs
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::PlanDialogs)

public:
    static QList<SamplePlan> samples();
    // The bundled sample whose content `path` holds byte for byte (tools/run passes the
    // repository's copy), or "": such a file opens as the example, never to be saved over.
    static QString sampleIn(const QString &path);
    // Save, Discard or Cancel; the box is named "unsavedChangesBox" for tests.
    static QMessageBox::StandardButton askToSave(QWidget *parent, const QString &planName);
    // The file dialogs start in Preferences::fileDialogFolder() and remember the folder chosen.
    static QString askOpenPath(QWidget *parent);
    static QString askSavePath(QWidget *parent, const QString &suggested);
    // A table of activity lines, or of meter readings, to import.
    static QString askImportPath(QWidget *parent, bool meterReadings);
    // A file name from the plan's community ("Xinqiao.zeroplan") in the folder file dialogs
    // start in.
    static QString suggestedFileName(const Plan &plan);
    static DropKind dropKind(const QUrl &url);
};

} // namespace zeroplan
