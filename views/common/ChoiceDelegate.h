#pragma once

#include <QStyledItemDelegate>

namespace zeroplan {

// Edits a cell with a combo box of what the model offers for it (ChoicesRole, PickerChoice.h:
// the units that fit a line's carrier, the factors that fit its carrier and unit, sectors,
// scopes, carriers of a price, …), and with the usual editor where the model offers nothing.
// The model decides what fits; the delegate only shows it, so one class serves every picker.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChoiceDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace zeroplan
