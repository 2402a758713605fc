#include "ChoiceDelegate.h"

#include "PickerChoice.h"

#include <QComboBox>

namespace zeroplan {

namespace {

QList<PickerChoice> choicesOf(const QModelIndex &index)
{
    return index.data(ChoicesRole).value<QList<PickerChoice>>();
}

} // namespace

ChoiceDelegate::ChoiceDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QList<PickerChoice> choices = choicesOf(index);
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceComboBox"));
    // Factor texts are long: let the list be as wide as they are, not as the cell.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const PickerChoice &choice : choices) {
        combo->addItem(choice.text, choice.value);
        if (!choice.toolTip.isEmpty())
            combo->setItemData(combo->count() - 1, choice.toolTip, Qt::ToolTipRole);
    }
    // A pick is the whole edit: commit it at once rather than when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    int at = combo->findData(value);
    if (at < 0 && !value.toString().isEmpty()) {
        // The line's value is not among what fits (a factor of another unit from a file):
        // show it, so that opening the picker does not change the line by itself.
        combo->insertItem(0, index.data(Qt::DisplayRole).toString(), value);
        at = 0;
    }
    combo->setCurrentIndex(at);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(index)
    editor->setGeometry(option.rect);
}

} // namespace zeroplan
