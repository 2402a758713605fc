#pragma once

#include <QRect>
#include <QSize>

namespace zeroplan {

// The size of a window opened for the first time (no saved geometry): the size the pages are
// laid out for, made smaller where the screen's free area (without taskbar and panels) is
// smaller, with room left for the window's frame and title bar.
class WindowSize
{
public:
    static constexpr QSize kPreferred{1280, 760}; // what the pages are laid out for
    // Frame and title bar, which the window manager adds around the size set: generous, as
    // they are not known until the window is shown.
    static constexpr QSize kFrameAllowance{16, 48};

    // `available`: QScreen::availableGeometry(); an empty rectangle (no screen) gives
    // kPreferred.
    static QSize initial(const QRect &available);
};

} // namespace zeroplan
