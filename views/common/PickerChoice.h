#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace zeroplan {

// One entry of a picker in an editable table: what it shows, the value the model stores (an
// id, a unit symbol, a scope number) and a longer explanation for its tool tip.
struct PickerChoice
{
    QString text;
    QVariant value;
    QString toolTip;
};

// The item role under which a table model offers a cell's choices (QList<PickerChoice>) to
// ChoiceDelegate; a cell without choices gets the usual editor.
constexpr int ChoicesRole = Qt::UserRole + 1;

} // namespace zeroplan

Q_DECLARE_METATYPE(zeroplan::PickerChoice)
