#include "TableReader.h"

namespace zeroplan {

bool TableRow::isBlank() const
{
    for (const char c : std::as_const(m_text)) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace zeroplan
