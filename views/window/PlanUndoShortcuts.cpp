#include "PlanUndoShortcuts.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace zeroplan {

PlanUndoShortcuts::PlanUndoShortcuts(QWidget *window) : QObject(window), m_window(window) {}

QList<QKeySequence> PlanUndoShortcuts::undoKeys()
{
    return QKeySequence::keyBindings(QKeySequence::Undo);
}

QList<QKeySequence> PlanUndoShortcuts::redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

bool PlanUndoShortcuts::isUndoOrRedo(const QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    return undoKeys().contains(pressed) || redoKeys().contains(pressed);
}

bool PlanUndoShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window || !isUndoOrRedo(static_cast<QKeyEvent *>(event)))
        return false;
    // The text widgets that keep an undo of their own; any other widget does not claim the keys.
    const bool claims = qobject_cast<QLineEdit *>(widget) ||
                        qobject_cast<QAbstractSpinBox *>(widget) ||
                        qobject_cast<QComboBox *>(widget) ||
                        qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget);
    if (!claims)
        return false;
    // An editor open in a table holds text that is not in the plan yet: Ctrl+Z undoes that.
    for (const QWidget *w = widget->parentWidget(); w && w != m_window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w))
            return false;
    }
    event->ignore(); // not the widget's: the window's Undo or Redo action takes the key
    return true;
}

} // namespace zeroplan
