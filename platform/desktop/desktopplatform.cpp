#include "desktop/desktopplatform.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace qujat {

bool DesktopPlatform::openWithSystem(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool DesktopPlatform::showOrShare(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void DesktopPlatform::setKeepScreenOn(bool on)
{
    // Desktop screens follow the system's power settings while presenting.
    Q_UNUSED(on);
}

} // namespace qujat
