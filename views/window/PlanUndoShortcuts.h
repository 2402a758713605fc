#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QKeyEvent;

namespace zeroplan {

// Makes Edit → Undo and Redo undo the plan whatever widget of the window has the focus. A line
// edit or spin box claims Ctrl+Z (and Ctrl+Y, Ctrl+Shift+Z) for its own text undo, so the
// window's shortcut would never fire while a field is focused, and the plan's undo stack,
// which already holds what was typed, would be bypassed. Installed on the application, it
// refuses those claims for the widgets inside `window`; dialogs keep their own undo, and so
// does an editor open in a table cell (its text is not in the plan until it is committed).
class PlanUndoShortcuts : public QObject
{
    Q_OBJECT

public:
    explicit PlanUndoShortcuts(QWidget *window);

    // The keys of Edit → Undo and Edit → Redo: the platform's, and Ctrl+Y for redo too.
    static QList<QKeySequence> undoKeys();
    static QList<QKeySequence> redoKeys();
    static bool isUndoOrRedo(const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace zeroplan
