#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace qujat {

// How a straightened page is cleaned.
enum class Preset {
    Auto,       // AutoColour for colourful pages, Greyscale for the rest
    Original,   // the pixels as photographed
    AutoColour, // shadows and tint removed, paper white, stamps and seals kept in colour
    Greyscale,  // as AutoColour, in shades of grey
    BlackWhite, // ink black, paper white, by a local (Sauvola) threshold
};

// The cleaning presets of a scanned page.
class Enhance
{
public:
    // Applies `preset` and returns the page; Auto resolves first.
    // Greyscale and BlackWhite return Format_Grayscale8, the others RGB32.
    static QImage apply(const QImage &page, Preset preset);

    // The preset that Auto stands for on this page.
    static Preset choose(const QImage &page);

    // The share of the page (0..1) in clearly coloured ink: pixels that are
    // saturated and darker than the paper once lighting is flattened.
    static double colourfulShare(const QImage &page);

    // Pages with more coloured ink than this share stay in colour. A round
    // seal of 4 cm covers about 2 % of an A4 page, a signature in blue
    // ink about 0.2 %.
    static constexpr double ColourfulShare = 0.001;

    // Names used by the command line and the store: "auto", "original",
    // "auto-colour", "greyscale", "black-white".
    static QString name(Preset preset);
    static std::optional<Preset> fromName(const QString &name);
};

} // namespace qujat
