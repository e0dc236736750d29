#include "selftest.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QTextStream>

namespace qujat {

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int runSelfTest(QQmlApplicationEngine *engine, const QString &mainQml)
{
    QTextStream out(stdout);
    QStringList problems;
    engine->setOutputWarningsToStandardError(true);
    QObject::connect(engine, &QQmlEngine::warnings, engine, [&problems](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings)
            problems.append(warning.toString());
    });

    int files = 0;
    QDirIterator it(QStringLiteral(":/qt/qml/Qujat"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // A singleton cannot be compiled as a component, and trying poisons
        // the engine's type cache; the files that use it compile it instead.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("pragma Singleton")) {
            ++files;
            continue;
        }
        QQmlComponent component(engine, QUrl(QLatin1String("qrc") + path));
        if (component.isError()) {
            for (const QQmlError &error : component.errors())
                problems.append(error.toString());
        }
        ++files;
    }
    out << "Compiled " << files << " QML files\n";

    engine->load(QUrl(mainQml));
    if (engine->rootObjects().isEmpty()) {
        problems.append(QStringLiteral("The main window did not load"));
    } else {
        QObject *window = engine->rootObjects().constFirst();
        QStringList pages = {QStringLiteral("home"), QStringLiteral("settings"),
                             QStringLiteral("profile"), QStringLiteral("add"),
                             QStringLiteral("capture"), QStringLiteral("review")};
        for (const Section &section : Catalog::instance().sections())
            pages.append(QStringLiteral("section:") + section.key);
        pages.append({QStringLiteral("readiness"), QStringLiteral("directions"), QStringLiteral("present")});
        pages.append(QStringLiteral("charts"));
        // Administration mode last: it closes the teacher's portfolio.
        pages.append(QStringLiteral("teachers"));
        for (const QString &page : pages) {
            const bool opened = QMetaObject::invokeMethod(window, "openPage",
                                                          Q_ARG(QVariant, page.section(QLatin1Char(':'), 0, 0)),
                                                          Q_ARG(QVariant, page.section(QLatin1Char(':'), 1)));
            if (!opened)
                problems.append(QStringLiteral("Main.qml has no openPage(name, argument) function"));
            settle(50);
        }
        out << "Opened " << pages.size() << " pages\n";
    }

    for (const QString &problem : std::as_const(problems))
        out << "FAIL: " << problem << '\n';
    out << (problems.isEmpty() ? "Self-test passed\n" : "Self-test failed\n");
    return problems.isEmpty() ? 0 : 1;
}

} // namespace qujat
