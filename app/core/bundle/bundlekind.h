#pragma once

#include <QString>

namespace qujat {

// The kind of a file handed to the app, read from the Qujat-Bundle-Kind line
// of the bag-info.txt in its one top-level folder, without unpacking the rest.
// Nothing is verified here: the bundle import and the review import check
// the whole file before they change anything.
enum class BundleKind {
    NotQujat,  // not a zip, or a zip without a Qujat bag-info.txt
    Portfolio, // a teacher's portfolio bundle, for the school
    Review,    // the school's review, for the teacher
};

BundleKind bundleKindOf(const QString &path);

} // namespace qujat
