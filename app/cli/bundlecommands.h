#pragma once

#include "commands.h"

#include <QStringList>

namespace qujat::cli {

// Bundles: the teacher's export and the administration's verify, import
// and teacher list. Exit codes as in commands.h: 0 done, 1 rejected or
// failed (with the reason on standard error), 2 usage.
int runExport(const Context &context, const QString &outPath);
int runVerify(const Context &context, const QStringList &files);
int runImport(const Context &context, const QStringList &files, bool acceptNewKey);
int runTeachers(const Context &context);

} // namespace qujat::cli
