#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>

namespace zeroplan::test {

// Runs `act` on the next dialog once it is up, for GUI tests: a dialog opened with exec()
// blocks the test until `act` closes it. The dialog is the application-modal one (exec()) or
// a visible QDialog among the windows (open() makes a window-modal one, which
// activeModalWidget() does not report); `accept`, if given, must also take it. Polled every
// 20 ms.
inline void whenModal(std::function<void(QWidget *)> act,
                      std::function<bool(QWidget *)> accept = {})
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act, accept] {
        QWidget *modal = QApplication::activeModalWidget();
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (!modal && qobject_cast<QDialog *>(window) && window->isVisible())
                modal = window;
        }
        if (!modal || !modal->isVisible() || (accept && !accept(modal)))
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

} // namespace zeroplan::test
