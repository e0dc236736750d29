// storecheck: opens a portfolio folder the way the app does at start-up and
// checks that it is whole (see tests/common/storeconsistency.h). The soak
// script tests/soak/killsoak.sh runs it after each SIGKILL.
//
// Like the app's start, it first removes what an interrupted bundle export
// left beside its target (bundle/exportjournal.h).
//
// Prints "ok items=N partial_bundles_removed=K orphans_removed=M" and exits 0, or prints what is
// wrong and exits 1.
//
// storecheck --school DIR checks a school's data folder instead (every
// teacher's store too) and prints "ok teachers=N items=M state=DIGEST",
// where equal digests mean equal data.

#include "bundle/exportjournal.h"
#include "storeconsistency.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream out(stdout);
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--school")) {
        const qujat::test::SchoolCheck check = qujat::test::checkSchool(arguments.at(2));
        if (!check.ok()) {
            out << "FAIL " << check.problems.join(QLatin1String("\n     ")) << '\n';
            return 1;
        }
        out << "ok teachers=" << check.teachers << " items=" << check.items << " state=" << check.state << '\n';
        return 0;
    }
    if (arguments.size() != 2) {
        out << "usage: storecheck DATA_DIR | storecheck --school SCHOOL_DIR\n";
        return 2;
    }
    const int partialBundles = qujat::bundle::ExportJournal::removeInterrupted(arguments.at(1));
    const qujat::test::StoreCheck check = qujat::test::checkStore(arguments.at(1));
    if (!check.ok()) {
        out << "FAIL " << check.problems.join(QLatin1String("\n     ")) << '\n';
        return 1;
    }
    out << "ok items=" << check.items << " partial_bundles_removed=" << partialBundles << " orphans_removed=" << check.orphansRemoved << '\n';
    return 0;
}
