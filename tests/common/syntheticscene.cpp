#include "syntheticscene.h"

#include "barcodes/barcodewriter.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

namespace qujat::test {
namespace {

QRgb clampedRgb(double r, double g, double b)
{
    return qRgb(std::clamp(int(r), 0, 255), std::clamp(int(g), 0, 255), std::clamp(int(b), 0, 255));
}

void paintSurface(QImage *photo, Surface surface, quint32 seed)
{
    const double phase = seed * 0.37;
    for (int y = 0; y < photo->height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo->scanLine(y));
        for (int x = 0; x < photo->width(); ++x) {
            switch (surface) {
            case Surface::DarkWood: {
                const double grain = std::sin((y + 40 * std::sin(x * 0.004 + phase)) * 0.08);
                const double shade = 0.8 + 0.2 * grain;
                line[x] = clampedRgb(105 * shade, 68 * shade, 42 * shade);
                break;
            }
            case Surface::LightDesk: {
                const double drift = 5 * std::sin(x * 0.003 + phase) + 4 * std::cos(y * 0.002);
                line[x] = clampedRgb(222 + drift, 218 + drift, 209 + drift);
                break;
            }
            case Surface::Cloth: {
                const double weave = ((x + y) / 4) % 2 == 0 ? 14 : -14;
                const double thread = ((x - y + 4000) / 9) % 3 == 0 ? -8 : 0;
                line[x] = clampedRgb(182 + weave + thread, 172 + weave + thread, 150 + weave + thread);
                break;
            }
            case Surface::Clutter:
                line[x] = clampedRgb(58, 62, 72);
                break;
            }
        }
    }
    if (surface == Surface::Clutter) {
        // A bright closed book at the top left and a red card at the right.
        QPainter painter(photo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(236, 232, 222));
        painter.drawPolygon(QPolygonF({QPointF(-60, -40), QPointF(photo->width() * 0.45, -20),
                                       QPointF(photo->width() * 0.42, photo->height() * 0.07),
                                       QPointF(-60, photo->height() * 0.06)}));
        painter.setBrush(QColor(190, 40, 40));
        painter.drawRect(QRectF(photo->width() * 0.93, photo->height() * 0.5, photo->width() * 0.2,
                                photo->height() * 0.15));
    }
}

// Two passes of a box blur per channel, rows then columns.
void blur(QImage *image, int radius)
{
    if (radius <= 0)
        return;
    const int width = image->width();
    const int height = image->height();
    std::vector<QRgb> line(size_t(std::max(width, height)));
    const auto blurLine = [&](int length, auto pixel) {
        for (int i = 0; i < length; ++i)
            line[size_t(i)] = *pixel(i);
        int sums[3] = {0, 0, 0};
        const auto add = [&](int i, int sign) {
            const QRgb p = line[size_t(std::clamp(i, 0, length - 1))];
            sums[0] += sign * qRed(p);
            sums[1] += sign * qGreen(p);
            sums[2] += sign * qBlue(p);
        };
        for (int i = -radius; i <= radius; ++i)
            add(i, 1);
        const int window = 2 * radius + 1;
        for (int i = 0; i < length; ++i) {
            *pixel(i) = qRgb(sums[0] / window, sums[1] / window, sums[2] / window);
            add(i + radius + 1, 1);
            add(i - radius, -1);
        }
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 0; y < height; ++y) {
            auto *row = reinterpret_cast<QRgb *>(image->scanLine(y));
            blurLine(width, [row](int i) { return row + i; });
        }
        for (int x = 0; x < width; ++x) {
            blurLine(height, [image, x](int i) { return reinterpret_cast<QRgb *>(image->scanLine(i)) + x; });
        }
    }
}

void shadeAndAddNoise(QImage *image, double shadow, int noise, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int y = 0; y < image->height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image->scanLine(y));
        for (int x = 0; x < image->width(); ++x) {
            const double light =
                1 - shadow * (0.6 * x / image->width() + 0.4 * y / image->height());
            const auto jitter = [&]() { return noise > 0 ? int(random.bounded(2 * noise + 1)) - noise : 0; };
            line[x] = clampedRgb(qRed(line[x]) * light + jitter(), qGreen(line[x]) * light + jitter(),
                                 qBlue(line[x]) * light + jitter());
        }
    }
}

// A quadrilateral for a page of `height` pixels and ISO proportions centred
// at `centre`, turned by `degrees`, with its top edge shortened to `tilt`
// of the bottom edge as when the camera leans back. Landscape when `landscape`.
Quad placedQuad(const QPointF &centre, double height, double degrees, double tilt, bool landscape = false)
{
    const double iso = std::sqrt(2.0);
    const double width = landscape ? height * iso : height / iso;
    const double halfW = width / 2, halfH = height / 2;
    const Quad flat = {QPointF(-halfW * tilt, -halfH), QPointF(halfW * tilt, -halfH), QPointF(halfW, halfH),
                       QPointF(-halfW, halfH)};
    const double radians = degrees * M_PI / 180;
    Quad placed;
    for (int i = 0; i < 4; ++i) {
        const QPointF p = flat[size_t(i)];
        placed[size_t(i)] = centre + QPointF(p.x() * std::cos(radians) - p.y() * std::sin(radians),
                                             p.x() * std::sin(radians) + p.y() * std::cos(radians));
    }
    return placed;
}

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

QString scenePageQrText()
{
    return QStringLiteral("https://verify.example.kz/c/2025-004217");
}

QImage renderScenePage(const QSize &size, bool qrCode)
{
    QImage page(size, QImage::Format_RGB32);
    page.fill(QColor(250, 250, 246));
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    const double unit = size.width() / 100.0; // one percent of the page width
    const bool landscape = size.width() > size.height();

    QFont font = painter.font();
    font.setPixelSize(int(5 * unit));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(20, 30, 90));
    painter.drawText(QRectF(0, 8 * unit, size.width(), 8 * unit), Qt::AlignCenter, QStringLiteral("СЕРТИФИКАТ"));

    // A heading in a grey bar: a strong straight edge inside the page.
    painter.fillRect(QRectF(10 * unit, 20 * unit, 80 * unit, 3.5 * unit), QColor(70, 70, 70));
    font.setPixelSize(int(2.2 * unit));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(12 * unit, 20 * unit, 76 * unit, 3.5 * unit), Qt::AlignVCenter,
                     QStringLiteral("I. ЖАЛПЫ МӘЛІМЕТТЕР"));

    font.setBold(false);
    font.setPixelSize(int(1.8 * unit));
    painter.setFont(font);
    painter.setPen(QColor(25, 25, 25));
    const double textBottom = landscape ? 45 * unit : 80 * unit;
    int row = 0;
    for (double y = 27 * unit; y < textBottom; y += 3 * unit, ++row) {
        painter.drawText(QPointF(10 * unit, y),
                         QStringLiteral("Мұғалімнің біліктілігін арттыру курсы, %1 сағат, 2024 жыл. "
                                        "Иванова Анна Сергеевна").arg(36 + row));
    }

    // A table.
    painter.setPen(QPen(QColor(30, 30, 30), std::max(1.0, 0.15 * unit)));
    const double tableTop = textBottom + 2 * unit;
    for (int i = 0; i <= 4; ++i)
        painter.drawLine(QPointF(10 * unit, tableTop + i * 3 * unit), QPointF(60 * unit, tableTop + i * 3 * unit));
    for (int i = 0; i <= 3; ++i)
        painter.drawLine(QPointF(10 * unit + i * 50.0 / 3 * unit, tableTop),
                         QPointF(10 * unit + i * 50.0 / 3 * unit, tableTop + 12 * unit));

    // A blue round stamp and a signature.
    const double stampY = tableTop + 4 * unit;
    painter.setPen(QPen(QColor(40, 70, 190), 0.5 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(70 * unit, stampY + 6 * unit), 9 * unit, 9 * unit);
    painter.drawEllipse(QPointF(70 * unit, stampY + 6 * unit), 6 * unit, 6 * unit);
    QPainterPath signature;
    signature.moveTo(62 * unit, stampY + 8 * unit);
    signature.cubicTo(66 * unit, stampY, 70 * unit, stampY + 14 * unit, 80 * unit, stampY + 4 * unit);
    painter.setPen(QPen(QColor(20, 40, 160), 0.35 * unit));
    painter.drawPath(signature);

    if (!qrCode)
        return page;
    // The QR code in the bottom right corner, about 2.2 cm wide on A4.
    const QImage code = renderQrCode(scenePageQrText(), 1);
    const int module = std::max(2, int(std::lround(10.5 * unit / code.width())));
    const QImage scaled = code.scaled(code.width() * module, code.height() * module);
    painter.drawImage(QPointF(size.width() - scaled.width() - 6 * unit, size.height() - scaled.height() - 6 * unit),
                      scaled);
    return page;
}

QImage renderScene(const SceneSpec &spec)
{
    QImage photo(spec.photoSize, QImage::Format_RGB32);
    paintSurface(&photo, spec.surface, spec.seed);

    const QImage page = renderScenePage(spec.pageSize, spec.qrCode);
    const QPolygonF flat({QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()),
                          QPointF(0, page.height())});
    const QPolygonF target({spec.corners[0], spec.corners[1], spec.corners[2], spec.corners[3]});
    QTransform transform;
    if (QTransform::quadToQuad(flat, target, transform)) {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setTransform(transform);
        painter.drawImage(QPointF(0, 0), page);
    }
    blur(&photo, int(std::lround(spec.blurRadius)));
    shadeAndAddNoise(&photo, spec.shadow, spec.noise, spec.seed);
    return photo;
}

QList<SceneSpec> standardScenes()
{
    const QSize portrait(1200, 1600);
    const QSize landscape(1600, 1200);
    QList<SceneSpec> scenes;
    const auto add = [&scenes](const QString &name, Surface surface, const QSize &photoSize, const Quad &corners,
                               double shadow, double blurRadius, int noise, bool landscapePage = false) {
        SceneSpec spec;
        spec.name = name;
        spec.surface = surface;
        spec.photoSize = photoSize;
        spec.corners = corners;
        spec.shadow = shadow;
        spec.blurRadius = blurRadius;
        spec.noise = noise;
        spec.pageSize = landscapePage ? QSize(1754, 1240) : QSize(1240, 1754);
        spec.seed = quint32(scenes.size() + 1);
        scenes.append(spec);
    };
    add(QStringLiteral("dark wood, mild perspective"), Surface::DarkWood, portrait,
        placedQuad(QPointF(600, 810), 1250, 3, 0.95), 0.2, 1, 5);
    add(QStringLiteral("dark wood, strong perspective"), Surface::DarkWood, portrait,
        placedQuad(QPointF(610, 800), 1300, -4, 0.8), 0.3, 1, 6);
    add(QStringLiteral("light desk"), Surface::LightDesk, portrait,
        placedQuad(QPointF(590, 800), 1200, 6, 0.93), 0.3, 1, 5);
    add(QStringLiteral("light desk, shadow, blur and noise"), Surface::LightDesk, portrait,
        placedQuad(QPointF(600, 790), 1220, -2, 0.9), 0.45, 2, 10);
    add(QStringLiteral("cloth"), Surface::Cloth, portrait, placedQuad(QPointF(600, 800), 1250, 4, 0.92), 0.25, 1, 6);
    add(QStringLiteral("clutter beside the page"), Surface::Clutter, portrait,
        placedQuad(QPointF(620, 860), 1150, -6, 0.94), 0.2, 1, 6);
    add(QStringLiteral("landscape form"), Surface::DarkWood, landscape,
        placedQuad(QPointF(800, 610), 920, 2, 0.9, true), 0.25, 1, 6, true);
    add(QStringLiteral("turned 30 degrees"), Surface::DarkWood, landscape,
        placedQuad(QPointF(800, 600), 850, 30, 0.97), 0.2, 1, 5);
    add(QStringLiteral("close up on cloth"), Surface::Cloth, portrait,
        placedQuad(QPointF(600, 800), 1480, 1.5, 0.96), 0.2, 1, 5);
    return scenes;
}

// Both quadrilaterals are put in the detector's order first, so that a page
// turned by 45 degrees or more is compared corner by corner.
double cornerErrorPercent(const Quad &found, const Quad &expected)
{
    const Quad a = PageDetector::orderedClockwise(found);
    const Quad b = PageDetector::orderedClockwise(expected);
    const double diagonal = (distance(b[0], b[2]) + distance(b[1], b[3])) / 2;
    double worst = 0;
    for (int i = 0; i < 4; ++i)
        worst = std::max(worst, distance(a[size_t(i)], b[size_t(i)]));
    return diagonal > 0 ? 100 * worst / diagonal : 0;
}

} // namespace qujat::test
