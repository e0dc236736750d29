#include "util/folderlock.h"

#include "util/logging.h"

namespace qujat {

bool lockFolder(QLockFile &lock, int timeoutMs)
{
    if (lock.tryLock(timeoutMs))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString hostname;
    QString application;
    if (lock.getLockInfo(&pid, &hostname, &application))
        return false; // held by a process that wrote its id: in use
    qCWarning(lcStore) << "Removing a lock file without an owner, left by a killed process:" << lock.fileName();
    if (!lock.removeStaleLockFile())
        return false;
    return lock.tryLock(0);
}

} // namespace qujat
