#pragma once

#include <QAbstractTableModel>

namespace zeroplan {

class PlanDocument;
class FactorLibrary;
struct ChangeEvent;
struct EmissionFactor;

// The emission factors a plan counts with: its own (new ones and copies that override a
// library factor of the same id) and the library factors its lines and measures use, each
// with its value, source, confidence, where it comes from and where it is used. Read-only:
// FactorsDialog edits through FactorDialog, as undo steps.
class PlanFactorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CarrierColumn,
        ValueColumn,
        OriginColumn,
        UsedByColumn,
        SourceColumn,
        ColumnCount
    };
    enum class Origin
    {
        Own,      // the plan's own factor
        Override, // the plan's copy of a library factor, used instead of it
        Library,  // the shipped library's, used as it is
    };

    PlanFactorsModel(PlanDocument *document, const FactorLibrary &library,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const EmissionFactor *factorAt(int row) const;
    Origin originAt(int row) const;
    int rowOf(const QString &id) const;
    // How many baseline lines use the factor of `id`.
    int lineCount(const QString &id) const;

private:
    void rebuild();
    void onChanged(const ChangeEvent &event);
    QString usedBy(const QString &id) const;

    struct Row
    {
        const EmissionFactor *factor;
        Origin origin;
    };
    PlanDocument *m_document;
    const FactorLibrary &m_library;
    QList<Row> m_rows;
};

} // namespace zeroplan
