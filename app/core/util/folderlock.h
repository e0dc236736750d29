#pragma once

#include <QLockFile>

namespace qujat {

// QLockFile::tryLock, plus one case Qt leaves to its 30-second stale-lock
// time: a process killed between creating the lock file and writing its
// process id into it leaves an empty file. After `timeoutMs` of waiting, a
// lock file whose owner cannot be read is stale (a live owner writes its
// id right after creating the file), so it is removed and the lock taken.
bool lockFolder(QLockFile &lock, int timeoutMs);

} // namespace qujat
