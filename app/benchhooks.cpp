#include "benchhooks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QQmlAbstractUrlInterceptor>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

namespace qujat {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(QStringLiteral("VmHWM:\\s*(\\d+) kB"));
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void print(const QString &line)
{
    QTextStream(stdout) << "bench " << line << Qt::endl;
}

// Counts the stored files QML requests. The scale benchmark removes every
// page file and original from its portfolio and keeps the thumbnails, so a
// request for a missing file under files/ is a full page being decoded.
class FileRequestCounter : public QQmlAbstractUrlInterceptor
{
public:
    QUrl intercept(const QUrl &url, DataType type) override
    {
        if (type == UrlString && url.isLocalFile() && url.path().contains(QLatin1String("/files/"))) {
            if (QFileInfo::exists(url.toLocalFile()))
                ++thumbnails;
            else
                ++pages;
        }
        return url;
    }
    int thumbnails = 0;
    int pages = 0;
};

// Every Flickable (ListView, GridView, ScrollView's content) under `item`
// that can scroll.
void collectFlickables(QQuickItem *item, QList<QQuickItem *> *out)
{
    if (item->inherits("QQuickFlickable") && item->isVisible()
        && item->property("contentHeight").toReal() > item->height() + 1)
        out->append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectFlickables(child, out);
}

void scrollAndReport(QQuickWindow *window, FileRequestCounter *counter)
{
    QList<QQuickItem *> lists;
    collectFlickables(window->contentItem(), &lists);
    // The longest list is the section's item list.
    QQuickItem *list = nullptr;
    for (QQuickItem *candidate : std::as_const(lists)) {
        if (!list || candidate->property("contentHeight").toReal() > list->property("contentHeight").toReal())
            list = candidate;
    }
    if (!list) {
        print(QStringLiteral("error no scrollable list on the page"));
        QCoreApplication::exit(1);
        return;
    }
    auto *timer = new QTimer(window);
    auto *elapsed = new QElapsedTimer;
    auto *frames = new int(0);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [frames] { ++*frames; });
    elapsed->start();
    const int thumbnailsBefore = counter->thumbnails;
    QObject::connect(timer, &QTimer::timeout, window, [=] {
        const qreal height = list->height();
        const qreal end = list->property("contentHeight").toReal() - height
                          + list->property("originY").toReal();
        const qreal next = list->property("contentY").toReal() + height;
        if (next >= end) {
            list->setProperty("contentY", end);
            timer->stop();
            QTimer::singleShot(500, window, [=] {
                print(QStringLiteral("scroll-ms %1").arg(elapsed->elapsed()));
                print(QStringLiteral("scroll-frames %1").arg(*frames));
                print(QStringLiteral("scroll-content-height %1").arg(list->property("contentHeight").toReal()));
                print(QStringLiteral("thumbnail-requests %1").arg(counter->thumbnails));
                print(QStringLiteral("thumbnail-requests-while-scrolling %1").arg(counter->thumbnails - thumbnailsBefore));
                print(QStringLiteral("page-file-requests %1").arg(counter->pages));
                print(QStringLiteral("peak-rss-kb %1").arg(peakResidentKb()));
                QCoreApplication::exit(0);
            });
            return;
        }
        list->setProperty("contentY", next);
    });
    timer->start(16);
}

} // namespace

void startBenchmarkClock()
{
    clock().start();
}

void installBenchmarkHooks(QQmlApplicationEngine *engine)
{
    if (!qEnvironmentVariableIsSet("QUJAT_BENCH"))
        return;
    auto *counter = new FileRequestCounter; // lives as long as the process
    engine->addUrlInterceptor(counter);
    QObject::connect(engine, &QQmlApplicationEngine::objectCreated, engine, [counter](QObject *object) {
        auto *window = qobject_cast<QQuickWindow *>(object);
        if (!window)
            return;
        QPointer<QQuickWindow> guard(window);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [=] {
            QObject::disconnect(*connection);
            print(QStringLiteral("first-frame-ms %1").arg(clock().elapsed()));
            print(QStringLiteral("peak-rss-kb-at-first-frame %1").arg(peakResidentKb()));
            const QString section = qEnvironmentVariable("QUJAT_BENCH_SECTION");
            if (section.isEmpty()) {
                QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
                return;
            }
            QMetaObject::invokeMethod(guard, "openPage", Q_ARG(QVariant, QStringLiteral("section")),
                                      Q_ARG(QVariant, section));
            QTimer::singleShot(1000, guard, [guard, counter] { scrollAndReport(guard, counter); });
        });
    });
}

} // namespace qujat
