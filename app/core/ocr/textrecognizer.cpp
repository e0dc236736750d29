#include "ocr/textrecognizer.h"

#include "util/logging.h"

#include <QDir>
#include <QFileInfo>

#ifdef QUJAT_HAVE_TESSERACT
#include <tesseract/baseapi.h>
#ifdef QUJAT_HAVE_LEPTONICA
#include <allheaders.h>
#endif

#include <memory>
#endif

namespace qujat {

#ifdef QUJAT_HAVE_TESSERACT

namespace {

// Language data shipped beside the executable (Windows, macOS bundles and
// Android assets copied out at first start) wins over the system's, which
// Tesseract finds through TESSDATA_PREFIX or its compiled-in path.
QByteArray bundledDataPath()
{
    if (!QCoreApplication::instance())
        return {};
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/tessdata"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../Resources/tessdata"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate + QStringLiteral("/kaz.traineddata")))
            return QDir::cleanPath(candidate).toLocal8Bit();
    }
    return {};
}

struct Engine
{
    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool tried = false;
    QString failure;
};

Engine &threadEngine()
{
    thread_local Engine engine;
    if (engine.tried)
        return engine;
    engine.tried = true;
#ifdef QUJAT_HAVE_LEPTONICA
    // Leptonica reports what Tesseract tries and drops on a page ("Error in
    // boxClipToRectangle") on standard error, although nothing failed.
    setMsgSeverity(L_SEVERITY_NONE);
#endif
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray dataPath = bundledDataPath();
    const QByteArray languages = TextRecognizer::languages().toLatin1();
    // OEM_DEFAULT and automatic page segmentation are what the tesseract
    // command uses without options, so both read a page the same way.
    if (api->Init(dataPath.isEmpty() ? nullptr : dataPath.constData(), languages.constData(),
                  tesseract::OEM_DEFAULT)
        != 0) {
        engine.failure = QStringLiteral("Tesseract %1 could not load the language data '%2' (data path: %3)")
                             .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()),
                                  QString::fromLatin1(languages),
                                  dataPath.isEmpty() ? QStringLiteral("default") : QString::fromLocal8Bit(dataPath));
        qCWarning(lcImaging).noquote() << engine.failure;
        return engine;
    }
    api->SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract prints notes such as "Detected 24 diacritics" to standard
    // error unless its debug output goes to a file.
#ifdef Q_OS_WIN
    api->SetVariable("debug_file", "NUL");
#else
    api->SetVariable("debug_file", "/dev/null");
#endif
    engine.api = std::move(api);
    qCInfo(lcImaging) << "Loaded Tesseract" << tesseract::TessBaseAPI::Version() << "for" << languages;
    return engine;
}

} // namespace

bool TextRecognizer::isBuiltIn()
{
    return true;
}

QString TextRecognizer::engineVersion()
{
    return QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

bool TextRecognizer::isAvailable(Error *error)
{
    const Engine &engine = threadEngine();
    if (engine.api)
        return true;
    if (error)
        *error = Error{unavailableMessage(), engine.failure};
    return false;
}

std::optional<QString> TextRecognizer::recognize(const QImage &page, Error *error)
{
    Engine &engine = threadEngine();
    if (!engine.api) {
        *error = Error{unavailableMessage(), engine.failure};
        return std::nullopt;
    }
    if (page.isNull()) {
        *error = Error{tr("This page has no image to read text from."), QStringLiteral("recognize: null image")};
        return std::nullopt;
    }
    // Tesseract takes grey or RGB bytes; colour stays colour so that its own
    // thresholding sees what the tesseract command sees in the same image.
    const QImage image = page.allGray() ? page.convertToFormat(QImage::Format_Grayscale8)
                                        : page.convertToFormat(QImage::Format_RGB888);
    const int bytesPerPixel = image.format() == QImage::Format_Grayscale8 ? 1 : 3;
    engine.api->SetImage(image.constBits(), image.width(), image.height(), bytesPerPixel,
                         int(image.bytesPerLine()));
    const int dotsPerInch = qRound(page.dotsPerMeterX() * 0.0254);
    if (dotsPerInch >= 70 && dotsPerInch <= 2400)
        engine.api->SetSourceResolution(dotsPerInch);
    std::unique_ptr<char[]> text(engine.api->GetUTF8Text());
    engine.api->Clear();
    if (!text) {
        *error = Error{tr("Qujat could not read the text of this page. Fill in the fields by hand."),
                       QStringLiteral("Tesseract returned no text for a %1x%2 page").arg(image.width()).arg(image.height())};
        return std::nullopt;
    }
    return QString::fromUtf8(text.get()).trimmed();
}

#else

bool TextRecognizer::isBuiltIn()
{
    return false;
}

QString TextRecognizer::engineVersion()
{
    return {};
}

bool TextRecognizer::isAvailable(Error *error)
{
    if (error)
        *error = Error{unavailableMessage(), QStringLiteral("built without Tesseract")};
    return false;
}

std::optional<QString> TextRecognizer::recognize(const QImage &, Error *error)
{
    *error = Error{unavailableMessage(), QStringLiteral("built without Tesseract")};
    return std::nullopt;
}

#endif

QString TextRecognizer::unavailableMessage()
{
    return tr("Text recognition is not available in this copy of Qujat, so no fields are suggested. "
              "Fill them in by hand.");
}

} // namespace qujat
