#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>

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

private:
    QTemporaryDir m_dir;
};
