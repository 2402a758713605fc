#include "LanguageFont.h"

#include "present/Language.h"

#include <QApplication>

namespace zeroplan {

QString installLanguageWithFont(const QString &code)
{
    const QString resolved = Language::install(code);
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setFont(Language::font(resolved, QApplication::font()));
    return resolved;
}

} // namespace zeroplan
