#include "Remark.h"

#include "EnumId.h"

namespace zeroplan {

QString remarkKindId(Remark::Kind kind)
{
    switch (kind) {
    case Remark::Kind::Comment:
        return QStringLiteral("comment");
    case Remark::Kind::Resolve:
        return QStringLiteral("resolve");
    case Remark::Kind::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

std::optional<Remark::Kind> remarkKindFromId(const QString &id)
{
    using K = Remark::Kind;
    return enumFromId(id, {K::Comment, K::Resolve, K::Reopen}, &remarkKindId);
}

} // namespace zeroplan
