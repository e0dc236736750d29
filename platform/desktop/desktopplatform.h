#pragma once

#include "platformservices.h"

namespace qujat {

// Windows, macOS and Linux. On Linux the file manager and the screen saver
// are reached over the session D-Bus when Qt was built with D-Bus.
class DesktopPlatform : public PlatformServices
{
public:
    ~DesktopPlatform() override;

    bool openWithSystem(const QString &path) override;
    bool showOrShare(const QString &path) override;
    QString saveCopy(const QString &source, const QString &target) override;
    void setKeepScreenOn(bool on) override;
    bool keepsScreenOn() const override { return m_keepScreenOn; }

private:
    bool m_keepScreenOn = false;
    // The cookie of org.freedesktop.ScreenSaver.Inhibit, 0 when not inhibited.
    quint32 m_inhibitCookie = 0;
};

} // namespace qujat
