#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace qujat {

// Saves the open portfolio as a PDF (the report of qujat_core) in the
// interface language. Failures reach the user through App.errorMessage.
class ReportExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ReportExporter(QObject *parent = nullptr);

    // A file name built from the teacher's name, for the save dialog.
    Q_INVOKABLE QString suggestedFileName() const;

    // Writes the PDF to `file` (a local file, or a content URI on Android).
    // Returns false and reports the error when it fails; no partial file
    // is left at a local path.
    Q_INVOKABLE bool save(const QUrl &file);

Q_SIGNALS:
    // The PDF was written; `path` is what the user can be told.
    void saved(const QString &path);
};

} // namespace qujat
