#include "util/crashpoint.h"

#include <QByteArray>

#include <cstdlib>
#include <csignal>

namespace qujat {

void crashPoint(const char *name)
{
    static const QByteArray wanted = qgetenv("QUJAT_CRASH_POINT");
    if (wanted.isEmpty() || wanted != name)
        return;
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::abort();
}

} // namespace qujat
