#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <utility>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace zeroplan {

class PlanDocument;
struct Measure;
struct MeasureKindSpec;

// The activity lines a measure acts on: every line whose carrier the kind accepts, as a
// check box. With none named in the plan the measure acts on its kind's default lines, shown
// ticked; ticking exactly those again stores "default". Each click is one undo step.
// Object names: targetLinesList, targetHintLabel.
class MeasureTargetList : public QWidget
{
    Q_OBJECT

public:
    MeasureTargetList(PlanDocument *document, const QString &measureId, QWidget *parent = nullptr);

    void refresh(); // rebuilds the list from the plan's lines and the measure's targets

private:
    QStringList defaultTargets(const MeasureKindSpec &spec) const;
    QList<std::pair<QString, QString>> rowsFor(const Measure &measure) const; // id, text
    QStringList tickedTargets() const;
    void toggled(QListWidgetItem *item);
    void showHint(const Measure &measure, const QString &problem = QString());

    PlanDocument *m_document;
    QString m_measureId;
    QListWidget *m_list;
    QLabel *m_hint;
    bool m_refreshing = false;
};

} // namespace zeroplan
