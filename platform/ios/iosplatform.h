#pragma once

#include "desktop/desktopplatform.h"

namespace qujat {

// iOS: the share sheet (UIActivityViewController), the idle timer while
// presenting. Files opened with Qujat arrive as QFileOpenEvent, which
// FileReceiver already handles.
// NOTE: written from Apple's and Qt's documentation; never built here.
class IosPlatform : public DesktopPlatform
{
public:
    bool openWithSystem(const QString &path) override;
    bool showOrShare(const QString &path) override;
    void setKeepScreenOn(bool on) override;
    bool keepsScreenOn() const override { return m_keepScreenOn; }

private:
    bool m_keepScreenOn = false;
};

} // namespace qujat
