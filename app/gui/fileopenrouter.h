#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace qujat {

// Routes a file the system asked the app to open (Platform.fileOpenRequested,
// or Platform.receivedFile when it arrived before QML loaded) to the import
// that fits the mode and the file:
// - administration mode: the bundle import of SchoolController;
// - teacher mode, the school's review file: the review import;
// - teacher mode, a portfolio bundle: a message that bundles are imported in
//   the administration mode, with the offer to switch to it and import;
// - anything else: a message that names the file and what Qujat opens.
class FileOpenRouter : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(FileRouter)
    QML_SINGLETON

    // A translated sentence about the last file routed; empty when there is
    // nothing to say (the bundle import shows its own results).
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    // True while the message offers to switch to the administration mode
    // and import the bundle there.
    Q_PROPERTY(bool offersSchoolMode READ offersSchoolMode NOTIFY changed)

public:
    enum Action {
        None,
        BundleImport,
        ReviewImport,
        NeedsSchoolMode,
        NotQujat,
    };
    Q_ENUM(Action)

    explicit FileOpenRouter(QObject *parent = nullptr);

    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    bool offersSchoolMode() const { return !m_pendingBundle.isEmpty(); }

    // Routes `path` (a local path or a file URL) and returns what it did.
    Q_INVOKABLE Action route(const QString &path);
    // Switches to the administration mode and imports the bundle the last
    // message was about. Returns false when the mode could not be opened.
    Q_INVOKABLE bool switchToSchoolAndImport();
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void changed();

private:
    void setMessage(const QString &message, bool failed, const QString &pendingBundle = {});

    QString m_message;
    bool m_failed = false;
    QString m_pendingBundle;
};

} // namespace qujat
