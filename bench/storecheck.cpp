// storecheck: opens a portfolio folder the way the app does at start-up and
// checks that it is whole (see tests/common/storeconsistency.h). The soak
// script tests/soak/killsoak.sh runs it after each SIGKILL.
//
// Prints "ok items=N orphans_removed=M" and exits 0, or prints what is
// wrong and exits 1.

#include "storeconsistency.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream out(stdout);
    if (arguments.size() != 2) {
        out << "usage: storecheck DATA_DIR\n";
        return 2;
    }
    const qujat::test::StoreCheck check = qujat::test::checkStore(arguments.at(1));
    if (!check.ok()) {
        out << "FAIL " << check.problems.join(QLatin1String("\n     ")) << '\n';
        return 1;
    }
    out << "ok items=" << check.items << " orphans_removed=" << check.orphansRemoved << '\n';
    return 0;
}
