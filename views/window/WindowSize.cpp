#include "WindowSize.h"

namespace zeroplan {

QSize WindowSize::initial(const QRect &available)
{
    if (available.isEmpty())
        return kPreferred;
    const QSize room = available.size() - kFrameAllowance;
    return kPreferred.boundedTo(room.expandedTo(QSize(1, 1)));
}

} // namespace zeroplan
