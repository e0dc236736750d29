#pragma once

#include "platformservices.h"

namespace qujat {

class DesktopPlatform : public PlatformServices
{
public:
    bool openWithSystem(const QString &path) override;
    bool showOrShare(const QString &path) override;
    void setKeepScreenOn(bool on) override;
};

} // namespace qujat
