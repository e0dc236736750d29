#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QVariantMap>

// Files the QML tests need, made by the test itself: a rendered
// certificate with Kazakh text and a QR code.
class TestFixtures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestFixtures(QObject *parent = nullptr);

    Q_INVOKABLE QString certificatePath();
    Q_INVOKABLE QString certificateQrText() const;
    // A school folder with three generated teachers (two items each),
    // made once per run; two of them partly reviewed.
    Q_INVOKABLE QString sampleSchoolPath();
    // The uuid of an item of the portfolio App shows, or "" when empty.
    Q_INVOKABLE QString anyItemUuid() const;
    // The recognised text stored for page `index` of the item.
    Q_INVOKABLE QString pageText(const QString &uuid, int index) const;
    // The uuids of the items whose search text matches `text`.
    Q_INVOKABLE QStringList search(const QString &text) const;
    // Files to open with the app, made from the portfolio App shows with
    // the core API: "bundle" (its portfolio bundle), "review" (the school's
    // review of it, one item returned with `comment`), "other" (a zip that
    // is not Qujat's), "school" (an empty folder for a school). "" values
    // after a failure, with a warning.
    Q_INVOKABLE QVariantMap openFiles(const QString &comment);
    // Returned items of App's portfolio not changed since (review::returnedItemFindings).
    Q_INVOKABLE int returnedItems() const;

private:
    QTemporaryDir m_dir;
};
