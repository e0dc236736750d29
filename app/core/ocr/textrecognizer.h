#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace qujat {

// Reads the printed text of a straightened page with Tesseract, in Kazakh
// and Russian. Each thread keeps its own engine, because a Tesseract engine
// must not be shared between threads and loading the language data takes
// a noticeable part of a second.
class TextRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(TextRecognizer)

public:
    // Tesseract's language codes, in the order Tesseract tries them.
    static QString languages() { return QStringLiteral("kaz+rus"); }

    // Returns true when the app was built with Tesseract.
    static bool isBuiltIn();

    // Returns true when recognition can run: built in, and the language data
    // loads. Loads the engine of the calling thread when it is not loaded yet.
    static bool isAvailable(Error *error = nullptr);

    // Returns Tesseract's version, or an empty string when it is not built in.
    static QString engineVersion();

    // Returns the recognised text of `page`, lines separated by '\n' and
    // paragraphs by an empty line, or nullopt with `error` filled.
    static std::optional<QString> recognize(const QImage &page, Error *error);

    // The message shown where suggestions would appear when recognition is
    // not available.
    static QString unavailableMessage();
};

} // namespace qujat
