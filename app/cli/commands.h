#pragma once

#include "imaging/pagepipeline.h"

#include <QStringList>

#include <optional>

namespace qujat::cli {

// Exit codes of qujat-cli.
enum ExitCode {
    Success = 0,
    Failure = 1,    // the operation failed (store, file system)
    UsageError = 2, // a bad argument: unknown section, invalid date, unreadable file
};

struct Context
{
    QString dataDir;
    bool json = false;
};

int runSections(const Context &context);
// `date` is empty when --date was not given: the item is then incomplete.
int runAdd(const Context &context, const QStringList &files, const QString &section,
           const std::optional<QString> &date, const QString &title, const QString &kind, bool asPages,
           const PipelineOptions &options = {}, bool acceptSuggestions = false);
// Runs the page pipeline on each photo and prints what it found, storing nothing.
int runScan(const Context &context, const QStringList &files, const PipelineOptions &options);
int runList(const Context &context, const QString &section);
int runShow(const Context &context, const QString &id);
int runSearch(const Context &context, const QString &text);
int runDemo(const Context &context, int count);

} // namespace qujat::cli
