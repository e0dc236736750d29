#pragma once

#include <QString>

namespace qujat {

class FileReceiver;

// The operating system services the app uses. Each platform implements
// them, and the desktop implementation also serves the tests.
class PlatformServices
{
public:
    virtual ~PlatformServices() = default;

    // Opens a stored file (a PDF, a DOCX ...) with the system's application.
    // Returns false when no application could open it.
    virtual bool openWithSystem(const QString &path) = 0;

    // Shows the file in the system's file manager (desktop) or offers it to
    // other apps (mobile share sheet).
    virtual bool showOrShare(const QString &path) = 0;

    // Copies `source` to `target` in full or not at all ("Save as" on
    // desktop). Returns an empty string on success, else the reason.
    virtual QString saveCopy(const QString &source, const QString &target) = 0;

    // Keeps the screen on while the teacher presents the portfolio.
    virtual void setKeepScreenOn(bool on) = 0;
    virtual bool keepsScreenOn() const = 0;

    // Passes files that the system hands the app outside the command line
    // (Android intents) to `receiver`, including any that arrived before
    // this call. The desktop has none.
    virtual void attachFileReceiver(FileReceiver *receiver) { Q_UNUSED(receiver); }

    // The services of the platform the app runs on.
    static PlatformServices *instance();
};

} // namespace qujat
