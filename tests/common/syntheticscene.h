#pragma once

#include "imaging/pagedetector.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace qujat::test {

// The surface a rendered page lies on.
enum class Surface {
    DarkWood,  // brown with dark grain, the easy case
    LightDesk, // pale grey-beige, little contrast with white paper
    Cloth,     // a fine diagonal weave in beige, like a tablecloth
    Clutter,   // dark, with a bright book and a coloured card beside the page
};

// A photo of a page with known corners.
struct SceneSpec
{
    QString name;
    Surface surface = Surface::DarkWood;
    QSize photoSize{1600, 1200};
    QSize pageSize{1240, 1754};  // the flat page: A4 at 150 dpi
    Quad corners;                // where the page's corners land in the photo
    double shadow = 0.25;        // darkening across the photo by a linear gradient, 0..1
    double blurRadius = 1;       // box blur radius in pixels, applied twice
    int noise = 6;               // uniform noise amplitude per channel
    bool qrCode = true;          // whether the page carries its QR code
    quint32 seed = 1;
};

// The QR code text on every rendered page.
QString scenePageQrText();

// A certificate-like page: a title, a heading in a grey bar, lines of text,
// a table, a blue round stamp, a signature and, with `qrCode`, a QR code at
// the bottom right.
QImage renderScenePage(const QSize &size, bool qrCode = true);

// Renders the photo: the surface, the page warped onto `corners`, then the
// shadow, blur and noise.
QImage renderScene(const SceneSpec &spec);

// The rendered cases that the page detector test and benchmark measure.
QList<SceneSpec> standardScenes();

// The largest distance between corresponding corners, as a percentage of
// the mean length of the expected quadrilateral's diagonals.
double cornerErrorPercent(const Quad &found, const Quad &expected);

} // namespace qujat::test
