#include "report/bundledfonts.h"

#include <QFontDatabase>

namespace qujat {

namespace {

const char *const FontFiles[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"};

} // namespace

bool registerBundledFonts()
{
    static const bool registered = [] {
        bool ok = true;
        for (const char *file : FontFiles) {
            const QString path = QStringLiteral(":/qujat/fonts/") + QLatin1String(file);
            ok = QFontDatabase::addApplicationFont(path) >= 0 && ok;
        }
        return ok;
    }();
    return registered;
}

QString bundledFontFamily()
{
    return QStringLiteral("Noto Sans");
}

void disableLigatures(QFont *font)
{
    // Before Qt 6.7 (QFont::Tag) a letter spacing of 1/32 of a device pixel
    // switches them off, invisibly: with Qt 6.4, pdftotext then reads
    // "profile", where it read the ligature before.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    font->setFeature(QFont::Tag("liga"), 0);
#else
    font->setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
#endif
}

} // namespace qujat
