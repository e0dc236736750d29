#include "android/androidplatform.h"

#include "filereceiver.h"
#include "qujatidentity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJniEnvironment>
#include <QJniObject>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPointer>

namespace qujat {

Q_LOGGING_CATEGORY(lcAndroid, "qujat.platform.android")

namespace {

constexpr char ActivityClass[] = "kz/qujat/app/QujatActivity";

// The receiver that Java's callbacks reach; set on the main thread by
// attachFileReceiver() before Java learns that the native side is ready.
QPointer<FileReceiver> s_receiver;

// The activity while one exists. Qt 6.7 changed context() to return a
// QJniObject instead of a jobject.
QJniObject appContext()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    return QNativeInterface::QAndroidApplication::context();
#else
    return QJniObject(QNativeInterface::QAndroidApplication::context());
#endif
}

QString mimeTypeOf(const QString &path)
{
    if (path.endsWith(QLatin1Char('.') + QLatin1String(identity::BundleSuffix)))
        return QString::fromLatin1(identity::BundleMimeType);
    return QMimeDatabase().mimeTypeForFile(path).name();
}

// Java calls these on its copy thread; the receiver lives on the main thread.
void JNICALL fileReceived(JNIEnv *, jclass, jstring path)
{
    const QString localPath = QJniObject(path).toString();
    QMetaObject::invokeMethod(qApp, [localPath] {
        if (s_receiver)
            s_receiver->receive(localPath);
    }, Qt::QueuedConnection);
}

void JNICALL fileRejected(JNIEnv *, jclass, jstring name, jstring reason)
{
    const QString fileName = QJniObject(name).toString();
    qCWarning(lcAndroid, "Could not receive %s: %s", qPrintable(fileName),
              qPrintable(QJniObject(reason).toString()));
    QMetaObject::invokeMethod(qApp, [fileName] {
        // No copy exists under this bare name, so receive() emits
        // fileRejected() and the app names the file in its message.
        if (s_receiver)
            s_receiver->receive(fileName);
    }, Qt::QueuedConnection);
}

bool registerNatives()
{
    const JNINativeMethod methods[] = {
        {"nativeFileReceived", "(Ljava/lang/String;)V", reinterpret_cast<void *>(fileReceived)},
        {"nativeFileRejected", "(Ljava/lang/String;Ljava/lang/String;)V", reinterpret_cast<void *>(fileRejected)},
    };
    QJniEnvironment env;
    return env.registerNativeMethods(ActivityClass, methods, 2);
}

} // namespace

bool AndroidPlatform::openWithSystem(const QString &path)
{
    return QJniObject::callStaticMethod<jboolean>(ActivityClass, "viewFile",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)Z",
        appContext().object(), QJniObject::fromString(QFileInfo(path).absoluteFilePath()).object<jstring>(),
        QJniObject::fromString(mimeTypeOf(path)).object<jstring>());
}

bool AndroidPlatform::showOrShare(const QString &path)
{
    return QJniObject::callStaticMethod<jboolean>(ActivityClass, "shareFile",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Z",
        appContext().object(), QJniObject::fromString(QFileInfo(path).absoluteFilePath()).object<jstring>(),
        QJniObject::fromString(mimeTypeOf(path)).object<jstring>(),
        QJniObject::fromString(QFileInfo(path).fileName()).object<jstring>());
}

void AndroidPlatform::setKeepScreenOn(bool on)
{
    m_keepScreenOn = on;
    QJniObject::callStaticMethod<void>(ActivityClass, "setKeepScreenOn", "(Landroid/app/Activity;Z)V",
        appContext().object(), jboolean(on));
}

void AndroidPlatform::attachFileReceiver(FileReceiver *receiver)
{
    s_receiver = receiver;
    if (!registerNatives()) {
        qCWarning(lcAndroid, "Could not register the native methods of %s", ActivityClass);
        return;
    }
    const QJniObject pending = QJniObject::callStaticObjectMethod(ActivityClass, "takePendingFiles",
                                                                  "()[Ljava/lang/String;");
    QJniEnvironment env;
    const auto array = pending.object<jobjectArray>();
    const jsize count = array ? env->GetArrayLength(array) : 0;
    for (jsize i = 0; i < count; ++i) {
        const QJniObject path(env->GetObjectArrayElement(array, i));
        receiver->receive(path.toString());
    }
}

} // namespace qujat
