#pragma once

#include "imaging/pagepipeline.h"
#include "ocr/suggester.h"

#include <QJsonObject>

namespace qujat::cli {

// A page's recognised text and the fields proposed from it.
struct PageReading
{
    bool available = false; // false: recognition is not built in or its data is missing
    Error error;
    QString text;
    Suggestions suggestions;
};

// Recognises the straightened page of `page` and proposes fields;
// `teacherName` separates the teacher's own papers from the students'.
PageReading readPage(const PreparedPage &page, const QString &teacherName);

// The profile's full name when `dataDir` already contains a portfolio, so
// that `scan` never creates one.
QString teacherNameIn(const QString &dataDir);

// {"text": ..., "suggestions": {kind, title, date, level, place, person,
// issuer, hours, section ...}} or {"recognition": "unavailable", ...}.
QJsonObject readingToJson(const PageReading &reading);

// Fills the item's empty fields from the suggestions: title, date (unless
// ambiguous), issuer, level, kind, hours, and for students' papers the
// student, event and place columns. Returns a warning for the user, or an empty string.
QString applySuggestions(const Suggestions &suggestions, Item *item);

// `sample-photo INDEX FILE`: writes certificate INDEX of the labelled
// sample set (SampleGenerator::renderLabelledCertificate) as a phone photo
// to FILE and prints its printed fields, for demonstrations and screenshots.
int runSamplePhoto(const QStringList &arguments, bool json);

} // namespace qujat::cli
