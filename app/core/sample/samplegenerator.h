#pragma once

#include "imaging/pagedetector.h"
#include "store/item.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>
#include <QVariantMap>

namespace qujat {

class Store;

// A certificate rendered for measuring text recognition, with the fields a
// reader should find on it.
struct LabelledCertificate
{
    QImage page;           // the certificate as printed, upright
    QImage photo;          // a phone photo of it on a desk: turned, shaded, blurred, noisy
    QString language;      // "kk" or "ru"
    QString layout;        // "classic", "left" or "modern"
    QVariantMap expected;  // kind, title, date (YYYY-MM-DD), level, place, person, issuer,
                           // hours, section; absent keys are printed nowhere
};

// What a generated certificate shows.
struct CertificateSpec
{
    QString paperKind;   // e.g. "Алғыс хат", "Құрмет грамотасы", "Сертификат"
    QString recipient;   // person the certificate names
    QString body;        // one or two sentences of Kazakh text
    QString issuer;
    QDate date;
    QString qrText;      // empty: no QR code
    QSize size = QSize(1240, 1754); // A4 at 150 dpi
};

// Generates sample portfolios: certificates rendered by the app itself with
// Kazakh text and a QR code, filed through the same pipeline as photos.
// Used by "open a sample portfolio", by tests and by benchmarks.
class SampleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SampleGenerator)

public:
    static QImage renderCertificate(const CertificateSpec &spec);

    // Renders a photo of `page` lying on a dark desk, its corners at
    // `corners` (pixels of the photo, clockwise from the top left), lit
    // unevenly from one side. The review screen's demonstration and the
    // live scanner's test use it.
    static QImage renderPhoto(const QImage &page, const QSize &photoSize, const Quad &corners);

    // Renders certificate number `index` of a varied set in Kazakh and
    // Russian: paper kinds, recipients (the sample teacher or a student),
    // three layouts, four font families, date forms, stamps and a photo.
    // The same index and seed give the same certificate.
    static LabelledCertificate renderLabelledCertificate(int index, quint32 seed = 1);

    // The full name of the sample portfolio's teacher, as in its profile.
    static QString sampleTeacherName();

    // Fills `store` with a profile and `count` items spread over the
    // catalog's sections, deterministically from `seed`. Images are written
    // to `workDir` first and imported with PagePipeline.
    static bool populate(Store *store, int count, quint32 seed, const QString &workDir,
                         Error *error);

    // Adds rows of table VII (quality of knowledge) for two subjects in two
    // classes over the last three finished academic years, without pages,
    // so that the dynamics chart has series to show. Returns the rows added.
    static int addAchievementResults(Store *store, const QDate &today, Error *error);
};

} // namespace qujat
