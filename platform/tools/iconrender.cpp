// qujat-iconrender: renders the app's SVG icon into the raster files each
// platform needs: a PNG of one size, a Windows .ico or a macOS .icns. It
// runs on the build machine, so Windows and macOS need no other tool.
//
//   qujat-iconrender INPUT.svg OUTPUT.png SIZE
//   qujat-iconrender INPUT.svg OUTPUT.ico
//   qujat-iconrender INPUT.svg OUTPUT.icns

#include <QBuffer>
#include <QDataStream>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

#include <utility>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// ICO with PNG-compressed entries (read by Windows Vista and later). All
// numbers are little-endian; a size of 256 is stored as 0.
QByteArray buildIco(QSvgRenderer &renderer)
{
    const QList<int> sizes = {16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(renderer, size));

    QByteArray ico;
    QDataStream out(&ico, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(sizes.size());
    quint32 offset = 6 + 16 * sizes.size();
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const quint8 dimension = sizes.at(i) >= 256 ? 0 : quint8(sizes.at(i));
        out << dimension << dimension << quint8(0) << quint8(0) // width, height, palette, reserved
            << quint16(1) << quint16(32)                        // colour planes, bits per pixel
            << quint32(images.at(i).size()) << offset;
        offset += images.at(i).size();
    }
    for (const QByteArray &image : std::as_const(images))
        out.writeRawData(image.constData(), int(image.size()));
    return ico;
}

// ICNS with PNG entries (macOS 10.7 and later). Numbers are big-endian and
// each length counts its own 8-byte header.
QByteArray buildIcns(QSvgRenderer &renderer)
{
    const QList<std::pair<const char *, int>> entries = {
        {"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256},
        {"ic09", 512}, {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512},
    };
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        out.writeRawData(type, 4);
        out << quint32(png.size() + 8);
        out.writeRawData(png.constData(), int(png.size()));
    }
    QByteArray icns("icns");
    QDataStream header(&icns, QIODevice::Append);
    header.setByteOrder(QDataStream::BigEndian);
    header << quint32(body.size() + 8);
    return icns + body;
}

} // namespace

int main(int argc, char *argv[])
{
    // QSvgRenderer needs a QGuiApplication for fonts; no window is shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        err << "Usage: qujat-iconrender INPUT.svg OUTPUT.png SIZE | OUTPUT.ico | OUTPUT.icns\n";
        return 2;
    }
    const QString input = arguments.at(1);
    const QString output = arguments.at(2);

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        err << "Cannot read the SVG file " << input << ": check that it exists and is valid SVG.\n";
        return 1;
    }

    QByteArray data;
    if (output.endsWith(QLatin1String(".png"))) {
        bool ok = false;
        const int size = arguments.value(3).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "Invalid PNG size '" << arguments.value(3) << "': give a pixel size from 1 to 4096.\n";
            return 2;
        }
        data = renderPng(renderer, size);
    } else if (output.endsWith(QLatin1String(".ico"))) {
        data = buildIco(renderer);
    } else if (output.endsWith(QLatin1String(".icns"))) {
        data = buildIcns(renderer);
    } else {
        err << "Unknown output type " << output << ": use .png, .ico or .icns.\n";
        return 2;
    }

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err << "Cannot write " << output << ": " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}
