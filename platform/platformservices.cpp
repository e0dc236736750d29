#include "platformservices.h"

#if defined(Q_OS_ANDROID)
#include "android/androidplatform.h"
#elif defined(Q_OS_IOS)
#include "ios/iosplatform.h"
#else
#include "desktop/desktopplatform.h"
#endif

namespace qujat {

PlatformServices *PlatformServices::instance()
{
#if defined(Q_OS_ANDROID)
    static AndroidPlatform services;
#elif defined(Q_OS_IOS)
    static IosPlatform services;
#else
    static DesktopPlatform services;
#endif
    return &services;
}

} // namespace qujat
