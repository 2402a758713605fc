#include "OptimiseCandidateTable.h"

#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>

namespace zeroplan {

OptimiseCandidateTable::OptimiseCandidateTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("optimiseCandidateTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Measure"), tr("Levels (%)")});
    horizontalHeaderItem(LevelsColumn)
        ->setToolTip(tr("The levels the optimiser may choose from, in percent of the measure as "
                        "specified, separated by commas; 0 leaves the measure out"));
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(LevelsColumn, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
}

QString OptimiseCandidateTable::defaultLevelsText()
{
    QStringList parts;
    for (const double level : OptimiseRequest::defaultLevels())
        parts.append(NumberFormat::number(level * 100));
    return parts.join(QStringLiteral(", "));
}

void OptimiseCandidateTable::setPlan(const Plan &plan)
{
    struct Choice
    {
        bool candidate = true;
        QString levels;
    };
    QHash<QString, Choice> kept;
    for (int r = 0; r < rowCount(); ++r)
        kept.insert(
            item(r, MeasureColumn)->data(Qt::UserRole).toString(),
            {item(r, MeasureColumn)->checkState() == Qt::Checked, item(r, LevelsColumn)->text()});
    setRowCount(int(plan.measures.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const Measure &m = plan.measures.at(r);
        const Choice choice = kept.value(m.id, {true, defaultLevelsText()});
        auto *name = new QTableWidgetItem(MeasureCatalogue::displayName(m));
        name->setData(Qt::UserRole, m.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(choice.candidate ? Qt::Checked : Qt::Unchecked);
        setItem(r, MeasureColumn, name);
        setItem(r, LevelsColumn, new QTableWidgetItem(choice.levels));
    }
}

int OptimiseCandidateTable::rowOf(const QString &id) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, MeasureColumn)->data(Qt::UserRole).toString() == id)
            return r;
    return -1;
}

std::optional<QList<double>>
OptimiseCandidateTable::parseLevels(const QString &text, const QString &measure, QString *error)
{
    // Commas as in English or Chinese (，、); a percent sign after a figure is allowed.
    static const QRegularExpression separator(QStringLiteral("[,，、;；]"));
    QList<double> levels;
    for (QString part : text.split(separator, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        QString figure = part;
        figure.remove(u'%').remove(u'％');
        bool ok = false;
        const double percent = QLocale::c().toDouble(figure.trimmed(), &ok);
        if (!ok) {
            *error = tr("Levels of \"%1\": \"%2\" is not a number. Write percentages separated "
                        "by commas, such as 0, 25, 50, 75, 100.")
                         .arg(measure, part);
            return std::nullopt;
        }
        if (percent < 0 || percent > 100) {
            *error = tr("Levels of \"%1\": %2 % is outside 0–100 %.")
                         .arg(measure, QLocale().toString(percent, 'g', 6));
            return std::nullopt;
        }
        levels.append(percent / 100);
    }
    if (levels.isEmpty()) {
        *error = tr("Levels of \"%1\": none given. Write percentages separated by commas, such "
                    "as 0, 25, 50, 75, 100.")
                     .arg(measure);
        return std::nullopt;
    }
    return levels;
}

std::optional<QList<OptimiseCandidate>> OptimiseCandidateTable::candidates(QString *error) const
{
    QList<OptimiseCandidate> out;
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem *name = item(r, MeasureColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        const std::optional<QList<double>> levels =
            parseLevels(item(r, LevelsColumn)->text(), name->text(), error);
        if (!levels)
            return std::nullopt;
        out.append({name->data(Qt::UserRole).toString(), *levels});
    }
    if (out.isEmpty()) {
        *error = tr("Tick at least one measure for the optimiser to choose from.");
        return std::nullopt;
    }
    return out;
}

} // namespace zeroplan
