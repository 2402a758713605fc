#pragma once

#include "ChangeEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace zeroplan {

class PlanDocument;

// The shape every editable table of one of the plan's lists shares (interim targets, energy
// prices): a row per item, every cell editable, refused() with the reason when an edit would
// give a value the plan does not accept, and a view kept in step with the document — a change
// of one of `parts` refreshes the rows, or resets them when the list grew or shrank.
class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PlanListModel(PlanDocument *document, int columns, QList<ChangeEvent::Part> parts,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void refused(const QString &message);

protected:
    PlanDocument *document() const { return m_document; }
    // How many items the list has in the plan now.
    virtual qsizetype listSize() const = 0;
    // Called on every change of one of the parts, before the rows are refreshed.
    virtual void partChanged(const ChangeEvent &) {}
    // For the subclass's constructor, once listSize() can be called.
    void takeSize();

private:
    void onChanged(const ChangeEvent &event);

    PlanDocument *m_document;
    int m_columns;
    QList<ChangeEvent::Part> m_parts;
    int m_rows = 0; // rows the view knows, to tell a reset from a change
};

} // namespace zeroplan
