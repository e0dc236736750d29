#pragma once

#include "commands.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace qujat {
class Store;
}

namespace qujat::cli {

struct ReviewArguments
{
    QString comment;       // --comment, for "review mark ... returned"
    QString teacher;       // --teacher: a portfolio UUID (or its first characters) or a name
    QString out;           // --out
    QString schoolName;    // --name, for "school"
    QString administrator; // --administrator, for "school"
    bool acceptNewKey = false;
};

// The administration's review. `arguments` are the positional
// arguments after the command word. Exit codes as in commands.h.
//   review mark ITEM accepted|returned [--comment TEXT]   school side
//   review clear ITEM                                      school side
//   review note --teacher ID TEXT                          school side
//   review list --teacher ID                               school side
//   review export --teacher ID --out FILE                  school side
//   review import FILE [--accept-new-key]                  teacher side
int runReview(const Context &schoolContext, const Context &teacherContext, const QStringList &arguments,
              const ReviewArguments &options);

// The school: its name and administrator, the summary, CSV export and the
// search across all teachers.
//   school [--name TEXT] [--administrator TEXT]
//   school csv teachers|items --out FILE
//   school search TEXT
int runSchool(const Context &context, const QStringList &arguments, const ReviewArguments &options);

// Adds the item's review (status, comment, revision reviewed) to
// `show --json` on either side.
void addReviewToJson(const Store &store, const QUuid &itemUuid, QJsonObject *json);

} // namespace qujat::cli
