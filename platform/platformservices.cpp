#include "platformservices.h"

#include "desktop/desktopplatform.h"

namespace qujat {

PlatformServices *PlatformServices::instance()
{
    // NOTE: Android and iOS use the desktop services until their own
    // implementations exist; QDesktopServices opens files on both.
    static DesktopPlatform services;
    return &services;
}

} // namespace qujat
