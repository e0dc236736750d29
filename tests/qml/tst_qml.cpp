#include "appcontroller.h"
#include "cameraaccess.h"
#include "platformservices.h"
#include "testsupport.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(QujatBackendPlugin)
Q_IMPORT_QML_PLUGIN(QujatPlugin)

// Creates the App singleton on an empty portfolio in a temporary folder
// before any QML test runs.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        qujat::test::setUpTestEnvironment();
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        // The camera page shows rendered frames: this machine has no camera.
        qujat::CameraAccess::setSimulated(true);
        m_controller = std::make_unique<qujat::AppController>(
            m_dir.filePath(QStringLiteral("portfolio")), m_dir.filePath(QStringLiteral("sample")),
            qujat::PlatformServices::instance());
        m_controller->setLanguage(QStringLiteral("en"));
        m_controller->openOwnPortfolio();
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<qujat::AppController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(qujat_qml, Setup)
#include "tst_qml.moc"
