#pragma once

#include <QString>

namespace qujat {

// The Noto Sans files compiled into the core's resources (":/qujat/fonts/").
// They cover every Kazakh letter, so the interface and the PDF report do not
// depend on the fonts a device happens to have.

// Adds the bundled fonts to the application's font database once; later
// calls return the first result. Needs a QGuiApplication.
bool registerBundledFonts();

// The family name of the bundled fonts ("Noto Sans").
QString bundledFontFamily();

} // namespace qujat
