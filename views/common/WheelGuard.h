#pragma once

#include <QObject>

class QWidget;

namespace zeroplan {

// Keeps the mouse wheel from changing a spin box or combo box that the pointer merely passes
// over while a form is scrolled: such a field takes the focus only by a click or Tab
// (Qt::StrongFocus) and, until it has the focus, hands the wheel on to the scroll area
// around it. With the focus, the wheel changes it as usual.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box and combo box under `root` now; guard fields added later with
    // guard().
    static void install(QWidget *root);
    static void guard(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
    static WheelGuard *instance();
};

} // namespace zeroplan
