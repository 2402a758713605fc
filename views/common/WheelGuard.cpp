#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace zeroplan {

WheelGuard *WheelGuard::instance()
{
    static WheelGuard *guard = new WheelGuard(qApp);
    return guard;
}

void WheelGuard::install(QWidget *root)
{
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        guard(box);
    for (QComboBox *box : root->findChildren<QComboBox *>())
        guard(box);
}

void WheelGuard::guard(QWidget *field)
{
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(instance());
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    auto *field = static_cast<QWidget *>(watched);
    if (field->hasFocus())
        return false;
    // Not for this field: ignored, the wheel goes on to its parents (the scroll area).
    event->ignore();
    return true;
}

} // namespace zeroplan
