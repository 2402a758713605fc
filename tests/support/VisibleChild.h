#pragma once

#include <QString>
#include <QWidget>

namespace zeroplan::test {

// The visible widget of type T named `name` in `window` (a form replaced just now may still
// wait for deletion, hidden, under the same name).
template <typename T> T *visibleChild(QWidget *window, const QString &name)
{
    for (T *w : window->findChildren<T *>(name)) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace zeroplan::test
