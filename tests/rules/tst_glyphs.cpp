#include "testsupport.h"

#include <QFile>
#include <QRawFont>
#include <QtTest>

// Presentation mode shows titles to the commission in the bundled Noto Sans,
// so it must hold a glyph for every Kazakh and Russian letter and for the
// punctuation of official titles (« » № — …), whatever fonts the device has.
class TestGlyphs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qujat::test::setUpTestEnvironment(); }

    void bundledFontCoversText_data()
    {
        QTest::addColumn<QString>("fontFile");
        QTest::newRow("regular") << QStringLiteral(QUJAT_FONT_DIR "/NotoSans-Regular.ttf");
        QTest::newRow("bold") << QStringLiteral(QUJAT_FONT_DIR "/NotoSans-Bold.ttf");
    }

    void bundledFontCoversText()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, fontFile);
        const QRawFont font(fontFile, 16);
        QVERIFY2(font.isValid(), qPrintable(fontFile));

        QFile codepoints(qujat::test::sharedPath(QStringLiteral("corpus/cases/B14_pdf_glyphs/codepoints_needed.txt")));
        QVERIFY(codepoints.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList values = QString::fromLatin1(codepoints.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(values.size() > 90);
        QStringList missing;
        for (const QString &value : values) {
            bool ok = false;
            const uint codepoint = value.trimmed().toUInt(&ok, 16);
            QVERIFY2(ok, qPrintable(value));
            if (!font.supportsCharacter(codepoint))
                missing.append(value);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));

        QFile lines(qujat::test::sharedPath(QStringLiteral("corpus/cases/B14_pdf_glyphs/pdf_text_lines.txt")));
        QVERIFY(lines.open(QIODevice::ReadOnly | QIODevice::Text));
        for (const QString &line : QString::fromUtf8(lines.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            for (const QChar character : line) {
                if (!character.isSpace())
                    QVERIFY2(font.supportsCharacter(character), qPrintable(line));
            }
        }
    }
};

QTEST_MAIN(TestGlyphs)
#include "tst_glyphs.moc"
