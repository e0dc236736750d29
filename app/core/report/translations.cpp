#include "report/translations.h"

namespace qujat {

bool loadInterfaceTranslation(QTranslator *translator, const QString &language)
{
    return translator && translator->load(QStringLiteral(":/i18n/qujat_") + language);
}

} // namespace qujat
