#pragma once

namespace qujat {

// Kills the process at a named point when the environment variable
// QUJAT_CRASH_POINT equals `name`. Crash-consistency tests use it to stop a
// save between two steps exactly as a power loss or SIGKILL would.
void crashPoint(const char *name);

} // namespace qujat
