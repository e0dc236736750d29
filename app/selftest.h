#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace qujat {

// Compiles every QML file of the Qujat module, loads the main window and
// opens each page, failing on any QML error or warning. A missing QML
// module (a separate package on Debian) fails here instead of at run time.
// Returns the process exit code.
int runSelfTest(QQmlApplicationEngine *engine, const QString &mainQml);

} // namespace qujat
