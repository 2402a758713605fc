#pragma once

#include <QString>

namespace zeroplan {

// Installs a language (Language::install) and gives the desktop app's widgets the font that
// shows its script (Language::font); returns the code in use. Only when the application is a
// QApplication, as a test's QCoreApplication has no widgets to dress.
QString installLanguageWithFont(const QString &code);

} // namespace zeroplan
