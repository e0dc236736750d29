#pragma once

#include <QFont>
#include <QString>

namespace qujat {

// The Noto Sans files compiled into the core's resources (":/qujat/fonts/").
// They cover every Kazakh letter, so the interface and the PDF report do not
// depend on the fonts a device happens to have.

// Adds the bundled fonts to the application's font database once; later
// calls return the first result. Needs a QGuiApplication.
bool registerBundledFonts();

// Returns the family name of the bundled fonts ("Noto Sans").
QString bundledFontFamily();

// Switches ligatures off, because "fi" in a PDF would be extracted and
// searched as the single character U+FB01.
void disableLigatures(QFont *font);

} // namespace qujat
