// Certificates with known fields, for measuring text recognition and field
// suggestions: Kazakh and Russian wording, three layouts, four font
// families, several date forms, a seal and a photographed look.

#include "sample/samplegenerator.h"

#include "util/logging.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <cmath>

namespace qujat {

namespace {

constexpr double Pi = 3.14159265358979323846;
const QSize PageSize(1654, 2339); // A4 at 200 dpi
constexpr double DesignWidth = 1240.0;

const char *const FontFamilies[] = {"Noto Sans", "Noto Serif", "DejaVu Sans", "DejaVu Serif"};
const char *const LevelKeys[] = {"international", "republic", "regional", "city", "district", "school"};

// Level adjectives by level, Kazakh, then Russian masculine and feminine.
const char *const LevelWords[][3] = {
    {"халықаралық", "Международный", "Международная"}, {"республикалық", "Республиканский", "Республиканская"},
    {"облыстық", "Областной", "Областная"},             {"қалалық", "Городской", "Городская"},
    {"аудандық", "Районный", "Районная"},               {"мектепішілік", "Школьный", "Школьная"},
};

// Issuers by level, Kazakh and Russian. Their names carry no level word, so
// the level comes from the event's name.
const char *const Issuers[][2] = {
    {"«Білім әлемі» педагогикалық қауымдастығы", "Ассоциация педагогов «Мир знаний»"},
    {"«Ұстаз» ғылыми-практикалық орталығы", "Научно-практический центр «Ұстаз»"},
    {"Қарағанды облысының білім басқармасы", "Управление образования Карагандинской области"},
    {"Қарағанды қаласының білім бөлімі", "Отдел образования города Караганды"},
    {"Бұқар жырау ауданының білім бөлімі", "Отдел образования Бухар-Жырауского района"},
    {"№ 1 мектеп-гимназия", "Школа-гимназия № 1"},
};

// Events for students, with %1 the level word. Russian: the noun's gender
// picks the adjective (0 masculine, 1 feminine).
const char *const StudentEventsKk[] = {"«Зерек» %1 математикалық олимпиадасы", "«Жас зерттеуші» %1 ғылыми жобалар байқауы",
                                       "«Үздік есепші» %1 сайысы", "«Ой-сана» %1 қашықтық олимпиадасы"};
const std::pair<const char *, int> StudentEventsRu[] = {{"%1 олимпиада по математике «Зерек»", 1},
                                                        {"%1 конкурс научных проектов «Юный исследователь»", 0},
                                                        {"%1 турнир «Лучший счётчик»", 0}};
const char *const TeacherEventsKk[] = {"«Жаңашыл ұстаз» %1 байқауы", "«Функционалдық сауаттылық» %1 семинары",
                                       "«Цифрлық мектеп» %1 педагогикалық форумы"};
const std::pair<const char *, int> TeacherEventsRu[] = {{"%1 конкурс «Учитель года»", 0},
                                                        {"%1 семинар «Функциональная грамотность»", 0},
                                                        {"%1 педагогический форум «Цифровая школа»", 0}};
const char *const CoursesKk[] = {"«Математиканы оқытудың жаңа тәсілдері» біліктілікті арттыру курсы",
                                 "«Жаратылыстану пәндерін оқыту әдістемесі» курсы"};
const char *const CoursesRu[] = {"Курс повышения квалификации «Новые подходы к обучению математике»",
                                 "Курс «Методика преподавания естественных наук»"};
const int CourseHours[] = {36, 72, 80, 108};

const char *const StudentsKk[] = {"Серікова Айару", "Нұрланұлы Ерасыл", "Бекболатов Алихан", "Жұмабекова Дана",
                                  "Қасымова Аружан", "Сағынтаев Нұрсұлтан"};
const char *const StudentsRu[] = {"Иванова Мария", "Петров Даниил", "Смагулова Алия", "Беков Арман"};
const char *const TeacherRu = "Алиева Гульнар Сериковна";

// Printed place wording by place key, two forms each, Kazakh then Russian.
const char *const PlacesKk[][3] = {{"first", "I дәрежелі", "1-орын"},     {"second", "II дәрежелі", "2-орын"},
                                   {"third", "III дәрежелі", "3-орын"},   {"winner", "Жеңімпаз", "Жеңімпаз"},
                                   {"prize_winner", "Жүлдегер", "Жүлдегер"}};
const char *const PlacesRu[][3] = {{"first", "I степени", "1 место"},    {"second", "II степени", "2 место"},
                                   {"third", "III степени", "3 место"},  {"winner", "Победитель", "Победитель"},
                                   {"prize_winner", "Призёр", "Призёр"}};

const char *const MonthsKk[] = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                                "қыркүйек", "қазан", "қараша", "желтоқсан"};
const char *const MonthsRu[] = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                "сентября", "октября", "ноября", "декабря"};

enum class Scenario { TeacherDiploma, StudentDiploma, TeacherThanks, StudentThanks, Course, TeacherCertificate,
                      StudentCertificate, Count };

template <typename T, std::size_t N>
const T &pickFrom(QRandomGenerator &random, const T (&pool)[N])
{
    return pool[random.bounded(int(N))];
}

QString writtenDate(const QDate &date, bool kazakh, int form)
{
    const int month = date.month() - 1;
    switch (form % 4) {
    case 0:
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    case 1:
        return kazakh ? QStringLiteral("%1 жылғы %2 %3").arg(date.year()).arg(date.day()).arg(QString::fromUtf8(MonthsKk[month]))
                      : QStringLiteral("%1 %2 %3 г.").arg(date.day()).arg(QString::fromUtf8(MonthsRu[month])).arg(date.year());
    case 2:
        return kazakh ? QStringLiteral("%1 %2 %3 ж.").arg(date.day()).arg(QString::fromUtf8(MonthsKk[month])).arg(date.year())
                      : QStringLiteral("«%1» %2 %3 года").arg(date.day()).arg(QString::fromUtf8(MonthsRu[month])).arg(date.year());
    default:
        return date.toString(QStringLiteral("d.M.yy"));
    }
}

// The lines printed on the page and the fields a reader should find.
struct Content
{
    QString issuer, heading, person, title, place, body, date;
    QVariantMap expected;
};

Content contentFor(QRandomGenerator &random, Scenario scenario, bool kazakh, int dateForm)
{
    Content content;
    const int level = random.bounded(6);
    const bool leveled = scenario != Scenario::Course;
    const QString levelKk = QString::fromUtf8(LevelWords[level][0]);
    const auto eventRu = [&](const std::pair<const char *, int> &event) {
        return QString::fromUtf8(event.first).arg(QString::fromUtf8(LevelWords[level][1 + event.second]));
    };
    const bool student = scenario == Scenario::StudentDiploma || scenario == Scenario::StudentCertificate;
    const QString teacher = kazakh ? SampleGenerator::sampleTeacherName() : QString::fromUtf8(TeacherRu);
    content.person = student ? QString::fromUtf8(kazakh ? pickFrom(random, StudentsKk) : pickFrom(random, StudentsRu))
                             : teacher;
    content.issuer = QString::fromUtf8(Issuers[level][kazakh ? 0 : 1]);

    QString paperKey, kind, section = QStringLiteral("documents.achievements");
    switch (scenario) {
    case Scenario::TeacherDiploma:
    case Scenario::StudentDiploma: {
        const bool honour = random.bounded(3) == 0;
        paperKey = honour ? QStringLiteral("honour_certificate") : QStringLiteral("diploma");
        content.heading = honour ? (kazakh ? QStringLiteral("Құрмет грамотасы") : QStringLiteral("Почётная грамота"))
                                 : QStringLiteral("Диплом");
        kind = student ? QStringLiteral("student_diploma") : QStringLiteral("teacher_diploma");
        content.title = student ? (kazakh ? QString::fromUtf8(pickFrom(random, StudentEventsKk)).arg(levelKk)
                                          : eventRu(pickFrom(random, StudentEventsRu)))
                                : (kazakh ? QString::fromUtf8(pickFrom(random, TeacherEventsKk)).arg(levelKk)
                                          : eventRu(pickFrom(random, TeacherEventsRu)));
        const auto &place = kazakh ? pickFrom(random, PlacesKk) : pickFrom(random, PlacesRu);
        content.place = QString::fromUtf8(place[1 + random.bounded(2)]);
        content.expected.insert(QStringLiteral("place"), QString::fromUtf8(place[0]));
        content.body = kazakh ? QStringLiteral("Жоғары нәтижесі және шығармашылық ізденісі үшін марапатталады.")
                              : QStringLiteral("Награждается за высокие результаты и творческий поиск.");
        break;
    }
    case Scenario::TeacherThanks:
    case Scenario::StudentThanks:
        paperKey = QStringLiteral("thanks_letter");
        content.heading = kazakh ? QStringLiteral("Алғыс хат") : QStringLiteral("Благодарственное письмо");
        if (scenario == Scenario::StudentThanks) {
            kind = QStringLiteral("student_thanks_letter");
            content.title = kazakh ? QString::fromUtf8(pickFrom(random, StudentEventsKk)).arg(levelKk)
                                   : eventRu(pickFrom(random, StudentEventsRu));
            content.body = kazakh ? QStringLiteral("Оқушысын сапалы дайындағаны үшін алғыс білдіреміз.")
                                  : QStringLiteral("Выражаем благодарность за подготовку ученика.");
        } else {
            kind = QStringLiteral("teacher_thanks_letter");
            content.title = kazakh ? QString::fromUtf8(pickFrom(random, TeacherEventsKk)).arg(levelKk)
                                   : eventRu(pickFrom(random, TeacherEventsRu));
            content.body = kazakh ? QStringLiteral("Шараны ұйымдастыруға қосқан үлесі үшін алғыс білдіреміз.")
                                  : QStringLiteral("Выражаем благодарность за вклад в организацию мероприятия.");
        }
        break;
    case Scenario::Course: {
        paperKey = kazakh || random.bounded(2) == 0 ? QStringLiteral("certificate") : QStringLiteral("attestation");
        content.heading = paperKey == QLatin1String("certificate") ? QStringLiteral("Сертификат")
                                                                    : QStringLiteral("Удостоверение");
        kind = QStringLiteral("specialty_courses");
        section = QStringLiteral("documents.general");
        content.issuer = kazakh ? QStringLiteral("«Өрлеу» біліктілікті арттыру орталығы")
                                : QStringLiteral("Центр повышения квалификации «Өрлеу»");
        content.title = QString::fromUtf8(kazakh ? pickFrom(random, CoursesKk) : pickFrom(random, CoursesRu));
        const int hours = pickFrom(random, CourseHours);
        content.body = kazakh ? QStringLiteral("Курс бағдарламасын толық меңгерді. Көлемі: %1 академиялық сағат.").arg(hours)
                              : QStringLiteral("Полностью освоил(а) программу курса в объёме %1 академических часов.").arg(hours);
        content.expected.insert(QStringLiteral("hours"), hours);
        break;
    }
    case Scenario::TeacherCertificate:
    case Scenario::StudentCertificate:
    case Scenario::Count:
        paperKey = QStringLiteral("certificate");
        content.heading = QStringLiteral("Сертификат");
        kind = student ? QStringLiteral("student_certificate") : QStringLiteral("teacher_certificate");
        content.title = student ? (kazakh ? QString::fromUtf8(pickFrom(random, StudentEventsKk)).arg(levelKk)
                                          : eventRu(pickFrom(random, StudentEventsRu)))
                                : (kazakh ? QString::fromUtf8(pickFrom(random, TeacherEventsKk)).arg(levelKk)
                                          : eventRu(pickFrom(random, TeacherEventsRu)));
        content.body = kazakh ? QStringLiteral("Шараға белсенді қатысқаны үшін беріледі.")
                              : QStringLiteral("Выдан за активное участие в мероприятии.");
        content.expected.insert(QStringLiteral("place"), QStringLiteral("participant"));
        break;
    }

    const QDate date = QDate(2023, 1, 10).addDays(random.bounded(1400));
    content.date = writtenDate(date, kazakh, dateForm);
    content.expected.insert(QStringLiteral("paperKind"), paperKey);
    content.expected.insert(QStringLiteral("kind"), kind);
    content.expected.insert(QStringLiteral("section"), section);
    content.expected.insert(QStringLiteral("title"), content.title);
    content.expected.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    content.expected.insert(QStringLiteral("person"), content.person);
    content.expected.insert(QStringLiteral("recipient"), student ? QStringLiteral("student") : QStringLiteral("teacher"));
    content.expected.insert(QStringLiteral("issuer"), content.issuer);
    if (leveled)
        content.expected.insert(QStringLiteral("level"), QString::fromLatin1(LevelKeys[level]));
    return content;
}

QFont fontOf(const QString &family, double pixels, bool bold)
{
    QFont font(family);
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

void drawLine(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
              const QColor &color)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

// A round violet or blue seal with its issuer around the rim, slightly tilted.
void drawStamp(QPainter &painter, const QPointF &center, double radius, const QString &text, const QColor &ink,
               double angle, const QString &family)
{
    painter.save();
    painter.translate(center);
    painter.rotate(angle);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ink, radius * 0.05));
    painter.drawEllipse(QPointF(0, 0), radius, radius);
    painter.setPen(QPen(ink, radius * 0.025));
    painter.drawEllipse(QPointF(0, 0), radius * 0.66, radius * 0.66);
    const QString rim = text.toUpper() + QStringLiteral(" * ");
    const QFont font = fontOf(family, qMin(radius * 0.16, 2 * Pi * radius * 0.8 / rim.size() * 1.1), true);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(ink);
    for (int i = 0; i < rim.size(); ++i) {
        painter.save();
        painter.rotate(360.0 * i / rim.size());
        painter.drawText(QPointF(-metrics.horizontalAdvance(rim.at(i)) / 2, -radius * 0.76), QString(rim.at(i)));
        painter.restore();
    }
    painter.restore();
}

void drawSignatureStroke(QPainter &painter, const QPointF &start, double width, double unit)
{
    QPainterPath path(start + QPointF(0, -10 * unit));
    path.cubicTo(start + QPointF(width * 0.2, -60 * unit), start + QPointF(width * 0.3, 10 * unit),
                 start + QPointF(width * 0.5, -25 * unit));
    path.cubicTo(start + QPointF(width * 0.7, -50 * unit), start + QPointF(width * 0.8, 0),
                 start + QPointF(width, -15 * unit));
    painter.setPen(QPen(QColor(0x1a, 0x2a, 0x6c), 3 * unit, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

QImage renderPage(const Content &content, const QString &layout, const QString &family, bool kazakh,
                  QRandomGenerator &random)
{
    QImage image(PageSize, QImage::Format_RGB32);
    image.fill(QColor(0xfd, 0xfb, 0xf4));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double unit = PageSize.width() / DesignWidth;
    const double width = PageSize.width();
    const double height = PageSize.height();
    const QColor ink(0x2b, 0x2b, 0x2b);
    const QColor accent = random.bounded(2) ? QColor(0x1f, 0x3c, 0x88) : QColor(0x8a, 0x1c, 0x1c);
    const QColor stampInk = random.bounded(2) ? QColor(0x2b, 0x4f, 0xa8, 150) : QColor(0x6a, 0x3d, 0x9a, 150);
    const double margin = 150 * unit;
    const QRectF column(margin, 0, width - 2 * margin, height);
    const auto row = [&](double top, double rowHeight) { return QRectF(column.left(), top * height, column.width(), rowHeight * height); };
    const QString signer = kazakh ? QStringLiteral("Басшы") : QStringLiteral("Руководитель");

    double stampX = 0.62;
    if (layout == QLatin1String("classic")) {
        painter.setPen(QPen(accent, 12 * unit));
        painter.drawRect(QRectF(35 * unit, 35 * unit, width - 70 * unit, height - 70 * unit));
        painter.setPen(QPen(QColor(0xb8, 0x91, 0x2f), 3 * unit));
        painter.drawRect(QRectF(70 * unit, 70 * unit, width - 140 * unit, height - 140 * unit));
        drawLine(painter, row(0.07, 0.07), Qt::AlignCenter, content.issuer, fontOf(family, 30 * unit, false), ink);
        drawLine(painter, row(0.16, 0.1), Qt::AlignCenter, content.heading.toUpper(), fontOf(family, 84 * unit, true), accent);
        drawLine(painter, row(0.29, 0.08), Qt::AlignCenter, content.person, fontOf(family, 50 * unit, true), ink);
        drawLine(painter, row(0.39, 0.1), Qt::AlignCenter, content.title, fontOf(family, 38 * unit, false), ink);
        if (!content.place.isEmpty())
            drawLine(painter, row(0.50, 0.05), Qt::AlignCenter, content.place, fontOf(family, 46 * unit, true), accent);
        drawLine(painter, row(0.57, 0.1), Qt::AlignHCenter | Qt::AlignTop, content.body, fontOf(family, 34 * unit, false), ink);
        drawLine(painter, row(0.76, 0.03), Qt::AlignLeft, signer, fontOf(family, 30 * unit, false), ink);
        drawSignatureStroke(painter, QPointF(margin + 250 * unit, 0.79 * height), 300 * unit, unit);
        drawLine(painter, row(0.84, 0.04), Qt::AlignLeft, content.date, fontOf(family, 32 * unit, false), ink);
    } else if (layout == QLatin1String("left")) {
        painter.fillRect(QRectF(0, 0, 40 * unit, height), accent);
        drawLine(painter, row(0.08, 0.1), Qt::AlignLeft | Qt::AlignVCenter, content.heading.toUpper(),
                 fontOf(family, 78 * unit, true), accent);
        drawLine(painter, row(0.19, 0.06), Qt::AlignLeft, content.issuer, fontOf(family, 30 * unit, false), ink);
        drawLine(painter, row(0.30, 0.06), Qt::AlignLeft, content.person, fontOf(family, 48 * unit, true), ink);
        drawLine(painter, row(0.38, 0.1), Qt::AlignLeft | Qt::AlignTop, content.body, fontOf(family, 34 * unit, false), ink);
        drawLine(painter, row(0.48, 0.1), Qt::AlignLeft | Qt::AlignTop, content.title, fontOf(family, 40 * unit, true), ink);
        if (!content.place.isEmpty())
            drawLine(painter, row(0.60, 0.05), Qt::AlignLeft, content.place, fontOf(family, 44 * unit, true), accent);
        drawLine(painter, row(0.80, 0.04), Qt::AlignLeft, content.date, fontOf(family, 32 * unit, false), ink);
        drawLine(painter, row(0.86, 0.03), Qt::AlignLeft, signer, fontOf(family, 30 * unit, false), ink);
        drawSignatureStroke(painter, QPointF(margin + 300 * unit, 0.89 * height), 300 * unit, unit);
        stampX = 0.7;
    } else {
        painter.fillRect(QRectF(0, 0, width, 0.05 * height), accent);
        painter.fillRect(QRectF(0, 0.95 * height, width, 0.05 * height), accent);
        drawLine(painter, row(0.09, 0.04), Qt::AlignRight, content.date, fontOf(family, 30 * unit, false), ink);
        drawLine(painter, row(0.16, 0.1), Qt::AlignCenter, content.heading.toUpper(), fontOf(family, 80 * unit, true), accent);
        drawLine(painter, row(0.28, 0.06), Qt::AlignCenter, content.person, fontOf(family, 52 * unit, false), accent);
        drawLine(painter, row(0.37, 0.1), Qt::AlignCenter, content.title, fontOf(family, 38 * unit, true), ink);
        if (!content.place.isEmpty())
            drawLine(painter, row(0.48, 0.05), Qt::AlignCenter, content.place, fontOf(family, 44 * unit, true), ink);
        drawLine(painter, row(0.56, 0.1), Qt::AlignHCenter | Qt::AlignTop, content.body, fontOf(family, 34 * unit, false), ink);
        drawLine(painter, row(0.76, 0.06), Qt::AlignCenter, content.issuer, fontOf(family, 30 * unit, false), ink);
        drawLine(painter, row(0.84, 0.03), Qt::AlignLeft, signer, fontOf(family, 30 * unit, false), ink);
        drawSignatureStroke(painter, QPointF(margin + 250 * unit, 0.87 * height), 300 * unit, unit);
    }
    drawStamp(painter, QPointF(stampX * width, 0.82 * height), 120 * unit, content.issuer, stampInk,
              random.bounded(60) - 30.0, family);
    return image;
}

// Blurs by scaling down and up, adds sensor noise and compresses like a phone.
QImage photographed(const QImage &page, QRandomGenerator &random)
{
    const QSize photoSize(2250, 3000);
    const double jitter = 60;
    const auto point = [&](double x, double y) {
        return QPointF(x + random.bounded(2 * jitter) - jitter, y + random.bounded(2 * jitter) - jitter);
    };
    const Quad corners = {point(230, 220), point(2030, 260), point(2060, 2780), point(180, 2740)};
    QImage photo = SampleGenerator::renderPhoto(page, photoSize, corners);
    photo = photo.scaled(photoSize * 0.7, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(photoSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int noise = int(random.bounded(17)) - 8;
            const QRgb pixel = line[x];
            line[x] = qRgb(qBound(0, qRed(pixel) + noise, 255), qBound(0, qGreen(pixel) + noise, 255),
                           qBound(0, qBlue(pixel) + noise, 255));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "JPG", 80);
    return QImage::fromData(jpeg, "JPG");
}

} // namespace

LabelledCertificate SampleGenerator::renderLabelledCertificate(int index, quint32 seed)
{
    QRandomGenerator random(seed * 7919u + quint32(index));
    LabelledCertificate result;
    const bool kazakh = index % 2 == 0;
    result.language = kazakh ? QStringLiteral("kk") : QStringLiteral("ru");
    static const QString layouts[] = {QStringLiteral("classic"), QStringLiteral("left"), QStringLiteral("modern")};
    result.layout = layouts[(index / 2) % 3];
    const QString family = QString::fromLatin1(FontFamilies[(index / 3) % 4]);
    const auto scenario = Scenario((index / 2) % int(Scenario::Count));
    const Content content = contentFor(random, scenario, kazakh, index / 4);
    result.page = renderPage(content, result.layout, family, kazakh, random);
    result.photo = photographed(result.page, random);
    result.expected = content.expected;
    result.expected.insert(QStringLiteral("font"), family);
    return result;
}

} // namespace qujat
