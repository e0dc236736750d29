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

} // namespace qujat
