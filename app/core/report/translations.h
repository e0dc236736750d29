#pragma once

#include <QString>
#include <QTranslator>

namespace qujat {

// Loads the compiled translation of the interface for `language` ("kk",
// "ru" or "en") from the resource ":/i18n/qujat_<language>.qm" into
// `translator`. The app and qujat-cli each compile the .qm files into their
// own resources, and the core only loads them from that path. Returns false
// when the executable carries no translation for that language.
bool loadInterfaceTranslation(QTranslator *translator, const QString &language);

} // namespace qujat
