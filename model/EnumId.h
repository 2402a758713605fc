#pragma once

#include <QString>
#include <initializer_list>
#include <optional>

namespace zeroplan {

// Reverse look-up for enums that have a stable string id in plan files:
// the value of `all` whose toId() is `id`, or nothing.
template <typename E>
std::optional<E> enumFromId(const QString &id, std::initializer_list<E> all, QString (*toId)(E))
{
    for (E e : all) {
        if (toId(e) == id)
            return e;
    }
    return std::nullopt;
}

} // namespace zeroplan
