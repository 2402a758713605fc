#include "ProblemReport.h"

#include "JsonObjectReader.h"
#include "inventory/Carrier.h"

#include <QLocale>

namespace zeroplan {

void ProblemReport::error(const QString &path, const QString &message)
{
    addError(m_problems, path, message);
}

void ProblemReport::warning(const QString &path, const QString &message)
{
    addWarning(m_problems, path, message);
}

QString ProblemReport::number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString ProblemReport::carrierName(const QString &id)
{
    const Carrier *carrier = Carriers::find(id);
    return carrier ? carrier->displayName() : QLatin1Char('"') + id + QLatin1Char('"');
}

QString ProblemReport::carrierIds()
{
    QStringList ids;
    for (const Carrier &c : Carriers::all())
        ids << c.id;
    return ids.join(QLatin1String(", "));
}

} // namespace zeroplan
