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

private:
    QTemporaryDir m_dir;
};
