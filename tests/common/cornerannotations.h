#pragma once

#include "imaging/pagedetector.h"

#include <QList>
#include <QString>

namespace qujat::test {

// A corpus photo with its page corners marked by hand.
struct AnnotatedPhoto
{
    QString file;             // name inside corpus/photos
    Quad corners;             // upright pixels, clockwise from the top left
    bool fullFrame = false;   // no page border in view: the expected result is the frame
    double maxErrorPercent = 0; // the test's limit for this photo
    QString note;
    QString knownMiss;        // why the detector is known to miss this one, empty when it should pass
};

// Reads tests/data/corners/photos.json. Returns an empty list and sets
// `error` when the file is missing or malformed.
QList<AnnotatedPhoto> loadAnnotatedPhotos(const QString &path, QString *error);

} // namespace qujat::test
