#pragma once

#include "desktop/desktopplatform.h"

namespace qujat {

// Android: sharing and viewing through FileProvider and intents, received
// files from QujatActivity (Java), FLAG_KEEP_SCREEN_ON while presenting.
// Copies ("Save as") use the desktop code, because Qt opens content:// URLs
// with QFile on Android.
// NOTE: written from Qt's and Android's documentation; never built here.
class AndroidPlatform : public DesktopPlatform
{
public:
    bool openWithSystem(const QString &path) override;
    bool showOrShare(const QString &path) override;
    void setKeepScreenOn(bool on) override;
    bool keepsScreenOn() const override { return m_keepScreenOn; }
    void attachFileReceiver(FileReceiver *receiver) override;

private:
    bool m_keepScreenOn = false;
};

} // namespace qujat
