// Legacy Cyrillic code pages for barcode payloads without an ECI segment.
//
// Without an ECI, ZXing guesses only among ISO-8859-1, Shift_JIS and UTF-8,
// so Windows-1251 (Russian) and KZ-1048 (Windows Kazakh) payloads come out as
// Latin-1 mojibake. These functions re-decode the raw bytes instead.

#include "barcodes/barcodereader.h"

#include <QStringDecoder>

#include <array>

namespace qujat {
namespace {

using HighHalf = std::array<char16_t, 128>;

// Windows-1251, bytes 0x80..0xFF. 0x98 is unassigned and maps to U+FFFD.
constexpr HighHalf Windows1251 = {
    // 0x80
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    // 0x90
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    // 0xA0
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    // 0xB0
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    // 0xC0..0xFF: А..я in alphabetical order, filled in by makeTable()
};

struct Override
{
    unsigned char byte;
    char16_t codePoint;
};

// KZ-1048 (STRK1048-2002) is Windows-1251 with these 16 slots holding the
// Kazakh letters Ғ Қ Ң Ү Ұ Һ Ә Ө and their lower-case forms.
constexpr std::array<Override, 16> Kz1048Overrides = {{
    {0x8D, 0x049A}, {0x8E, 0x04BA}, {0x9D, 0x049B}, {0x9E, 0x04BB},
    {0xA1, 0x04B0}, {0xA2, 0x04B1}, {0xA3, 0x04D8}, {0xA5, 0x04E8},
    {0xAA, 0x0492}, {0xAF, 0x04AE}, {0xB4, 0x04E9}, {0xBA, 0x0493},
    {0xBC, 0x04D9}, {0xBD, 0x04A2}, {0xBE, 0x04A3}, {0xBF, 0x04AF},
}};

HighHalf makeTable(bool kazakh)
{
    HighHalf table = Windows1251;
    for (int i = 0x40; i < 0x80; ++i)
        table[i] = char16_t(0x0410 + (i - 0x40));
    if (kazakh) {
        for (const Override &entry : Kz1048Overrides)
            table[entry.byte - 0x80] = entry.codePoint;
    }
    return table;
}

QString decodeSingleByte(const QByteArray &bytes, const HighHalf &table)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte < 0x80 ? QChar(char16_t(byte)) : QChar(table[byte - 0x80]));
    }
    return text;
}

bool isKazakhOnlyLetter(QChar c)
{
    static const QString letters = QStringLiteral("ӘәҒғҚқҢңӨөҰұҮүҺһ");
    return letters.contains(c);
}

bool isTextControl(QChar c)
{
    return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r';
}

// Whether `text` reads as Cyrillic prose. That rules out control characters,
// unassigned bytes and words mixing Latin and Cyrillic letters (Shift_JIS read
// as Windows-1251 gives runs like "ѓoѓC"), and allows few non-letters outside
// ASCII.
bool isPlausibleCyrillic(const QString &text)
{
    int cyrillicLetters = 0;
    int otherNonAscii = 0;
    bool wordHasLatin = false;
    bool wordHasCyrillic = false;
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || isTextControl(c))
            return false;
        const bool cyrillic = c.isLetter() && c.script() == QChar::Script_Cyrillic;
        if (c.isLetter()) {
            wordHasCyrillic = wordHasCyrillic || cyrillic;
            wordHasLatin = wordHasLatin || c.script() == QChar::Script_Latin;
            if (wordHasCyrillic && wordHasLatin)
                return false;
        } else {
            wordHasCyrillic = wordHasLatin = false;
        }
        if (cyrillic)
            ++cyrillicLetters;
        else if (c.unicode() >= 0x80)
            ++otherNonAscii;
    }
    return cyrillicLetters >= 2 && otherNonAscii * 4 <= cyrillicLetters;
}

// Whether a Windows-1251 reading is better taken as Ukrainian. That is so
// when the only letters outside the Russian alphabet are Ukrainian ones
// (Ґ Є Ї) and the text lacks ы, which Kazakh uses often and Ukrainian never.
bool readsAsUkrainian(const QString &windows1251Text)
{
    static const QString ukrainian = QStringLiteral("ҐґЄєЇїІі");
    bool hasUkrainianLetter = false;
    for (const QChar c : windows1251Text) {
        if (c.toLower() == u'ы')
            return false;
        const bool russian = (c >= u'А' && c <= u'я') || c == u'Ё' || c == u'ё';
        if (c.script() == QChar::Script_Cyrillic && !russian) {
            if (!ukrainian.contains(c))
                return false;
            hasUkrainianLetter = true;
        }
    }
    return hasUkrainianLetter;
}

bool containsKazakhOnlyLetter(const QString &text)
{
    for (const QChar c : text) {
        if (isKazakhOnlyLetter(c))
            return true;
    }
    return false;
}

bool containsNonAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

void setEncoding(QString *encoding, const char *name)
{
    if (encoding)
        *encoding = QString::fromLatin1(name);
}

} // namespace

QString decodeWindows1251(const QByteArray &bytes)
{
    static const HighHalf table = makeTable(false);
    return decodeSingleByte(bytes, table);
}

QString decodeKz1048(const QByteArray &bytes)
{
    static const HighHalf table = makeTable(true);
    return decodeSingleByte(bytes, table);
}

// An ECI segment declares the character set, so the library's text wins over
// any guess. Otherwise valid UTF-8 is taken as UTF-8 (pure ASCII included).
QString decodeBarcodeBytes(const QByteArray &bytes, bool hasEci, const QString &libraryText,
                           QString *encoding)
{
    if (hasEci) {
        setEncoding(encoding, "eci");
        return libraryText;
    }

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString utf8Text = utf8.decode(bytes);
    if (!bytes.isEmpty() && !utf8.hasError()) {
        setEncoding(encoding, "utf-8");
        return utf8Text;
    }

    if (containsNonAscii(bytes)) {
        const QString kazakh = decodeKz1048(bytes);
        const QString russian = decodeWindows1251(bytes);
        const bool kazakhPlausible = isPlausibleCyrillic(kazakh);
        const bool russianPlausible = isPlausibleCyrillic(russian);
        if (kazakhPlausible && containsKazakhOnlyLetter(kazakh)
            && !(russianPlausible && readsAsUkrainian(russian))) {
            setEncoding(encoding, "kz-1048");
            return kazakh;
        }
        if (russianPlausible) {
            setEncoding(encoding, "windows-1251");
            return russian;
        }
    }

    setEncoding(encoding, "zxing");
    return libraryText;
}

} // namespace qujat
