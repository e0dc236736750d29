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
    CheckFailed = 3, // 'check' could not open the portfolio (1 there means findings)
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
// Prints the readiness findings; returns Success when there are none and
// Failure when there are.
int runCheck(const Context &context);
// The profile fields given on the command line; unset ones stay as stored.
struct ProfileArguments
{
    std::optional<QString> fullName;
    std::optional<QString> school;
    std::optional<QString> position;
    std::optional<QString> subject;
    std::optional<QString> specialty;
    std::optional<QString> experience;
    std::optional<QString> category;
    std::optional<QString> targetCategory;
    std::optional<QString> attestationDate;
};
// Sets the given profile fields, then prints the profile.
int runProfile(const Context &context, const ProfileArguments &arguments);
// Writes the portfolio as a PDF to `out` in `language` (kk, ru or en).
int runReport(const Context &context, const QString &out, const QString &language);

} // namespace qujat::cli
