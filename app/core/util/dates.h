#pragma once

#include <QString>

namespace qujat {

// Rewrites an ISO date text "yyyy-MM-dd" as the "dd.MM.yyyy" users read,
// even when the date does not exist (2025-02-30 becomes 30.02.2025), so an
// error message shows the value the way the user typed it.
QString isoToDisplayDate(const QString &iso);

} // namespace qujat
