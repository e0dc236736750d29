// Field suggestions from recognised text: dates, keywords of every paper
// kind, level and place in Kazakh and Russian, the teacher/student decision
// and the section chosen from them.

#include "catalog/catalog.h"
#include "ocr/suggester.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qujat;

namespace {

const QDate Today(2026, 12, 4);
const QString Teacher = QStringLiteral("Әлиева Гүлнар Серікқызы");

} // namespace

class SuggestionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpTestEnvironment(); }

    void validDates_data();
    void validDates();
    void invalidDates_data();
    void invalidDates();
    void ambiguousDates_data();
    void ambiguousDates();
    void documentDateIsLastClearOne();

    void paperKinds_data();
    void paperKinds();
    void everyPaperKindHasKeywords();
    void levels_data();
    void levels();
    void everyLevelHasKeywords();
    void places_data();
    void places();

    void namesMatch_data();
    void namesMatch();
    void teacherOrStudent_data();
    void teacherOrStudent();

    void sections_data();
    void sections();
    void sectionRulesNameCatalogKinds();
    void hours_data();
    void hours();
    void certificateFields();
    void issuerNotEventOrSentence();
    void titlePrefersQuotedName();
};

void SuggestionsTest::validDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("dd.MM.yyyy") << "Берілген күні: 10.05.2026" << QDate(2026, 5, 10);
    QTest::newRow("d.M.yy") << "Күні 3.4.25" << QDate(2025, 4, 3);
    QTest::newRow("dd.MM.yy") << "03.04.25 ж." << QDate(2025, 4, 3);
    QTest::newRow("iso") << "2026-05-10" << QDate(2026, 5, 10);
    QTest::newRow("kk year first") << "2026 жылғы 10 мамыр" << QDate(2026, 5, 10);
    QTest::newRow("kk year first quoted") << "2025 жылғы «15» наурыз" << QDate(2025, 3, 15);
    QTest::newRow("kk short year word") << "2024 ж. 1 қыркүйек" << QDate(2024, 9, 1);
    QTest::newRow("kk day first") << "10 мамыр 2026 ж." << QDate(2026, 5, 10);
    QTest::newRow("kk month with ending") << "2023 жылғы 5 желтоқсандағы" << QDate(2023, 12, 5);
    QTest::newRow("ru genitive") << "10 мая 2026 г." << QDate(2026, 5, 10);
    QTest::newRow("ru genitive 2") << "«25» октября 2024 года" << QDate(2024, 10, 25);
    QTest::newRow("ru nominative") << "1 сентябрь 2025" << QDate(2025, 9, 1);
    QTest::newRow("ru upper case") << "12 ФЕВРАЛЯ 2025 Г." << QDate(2025, 2, 12);
    QTest::newRow("leap day") << "29.02.2024" << QDate(2024, 2, 29);
    QTest::newRow("slash, day above 12") << "25/05/2026" << QDate(2026, 5, 25);
}

void SuggestionsTest::validDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const QList<FoundDate> dates = Suggester::instance().findDates(text, Today);
    QCOMPARE(dates.size(), 1);
    QCOMPARE(dates.constFirst().date, expected);
    QVERIFY(!dates.constFirst().ambiguous);
}

void SuggestionsTest::invalidDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("31 April") << "31.04.2026";
    QTest::newRow("month 13") << "12.13.2025";
    QTest::newRow("29 Feb, not leap") << "29.02.2025";
    QTest::newRow("kk 30 Feb") << "2026 жылғы 30 ақпан";
    QTest::newRow("ru 31 June") << "31 июня 2025 г.";
    QTest::newRow("day zero") << "00.05.2026";
    QTest::newRow("far future") << "10.05.2031";
    QTest::newRow("too old") << "10.05.1931";
    QTest::newRow("not a month") << "10 бала 2026";
    QTest::newRow("phone number") << "8 701 123 45 67";
}

void SuggestionsTest::invalidDates()
{
    QFETCH(QString, text);
    QVERIFY2(Suggester::instance().findDates(text, Today).isEmpty(), qPrintable(text));
}

void SuggestionsTest::ambiguousDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("likely");
    QTest::addColumn<QDate>("alternative");
    QTest::newRow("slash") << "05/10/2026" << QDate(2026, 10, 5) << QDate(2026, 5, 10);
    QTest::newRow("kk no year") << "15 наурыз" << QDate(2026, 3, 15) << QDate(2025, 3, 15);
    QTest::newRow("ru no year, later month") << "20 декабря" << QDate(2025, 12, 20) << QDate(2026, 12, 20);
}

void SuggestionsTest::ambiguousDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, likely);
    QFETCH(QDate, alternative);
    // Dates up to a year ahead are accepted, so the later reading of «20 декабря» exists.
    const QList<FoundDate> dates = Suggester::instance().findDates(text, Today);
    QCOMPARE(dates.size(), 1);
    QVERIFY(dates.constFirst().ambiguous);
    QCOMPARE(dates.constFirst().date, likely);
    QCOMPARE(dates.constFirst().alternatives, QList<QDate>{alternative});
}

void SuggestionsTest::documentDateIsLastClearOne()
{
    const Suggestions fields = Suggester::instance().suggest(
        QStringLiteral("Курс 01.03.2026 бастап 20.03.2026 дейін өтті.\n\nБерілген күні 2026 жылғы 21 наурыз\n\n5 мамыр"),
        Teacher, Today);
    QCOMPARE(fields.date, QDate(2026, 3, 21));
    QVERIFY(!fields.dateAmbiguous);

    const Suggestions onlyAmbiguous =
        Suggester::instance().suggest(QStringLiteral("Сертификат\n\n03/04/2026"), Teacher, Today);
    QCOMPARE(onlyAmbiguous.date, QDate(2026, 4, 3));
    QVERIFY(onlyAmbiguous.dateAmbiguous);
    QCOMPARE(onlyAmbiguous.toVariantMap().value(QStringLiteral("dateAlternatives")).toStringList(),
             QStringList{QStringLiteral("2026-03-04")});
}

void SuggestionsTest::paperKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::newRow("kk diploma") << "ДИПЛОМ\n\nI дәрежелі" << "diploma";
    QTest::newRow("ru diploma") << "Диплом\n\nнаграждается" << "diploma";
    QTest::newRow("kk honour") << "ҚҰРМЕТ ГРАМОТАСЫ" << "honour_certificate";
    QTest::newRow("ru honour") << "Почётная грамота" << "honour_certificate";
    QTest::newRow("ru honour short") << "ГРАМОТА" << "honour_certificate";
    QTest::newRow("kk thanks") << "АЛҒЫС ХАТ" << "thanks_letter";
    QTest::newRow("ru thanks") << "Благодарственное письмо" << "thanks_letter";
    QTest::newRow("ru thanks short") << "БЛАГОДАРНОСТЬ" << "thanks_letter";
    QTest::newRow("kk certificate") << "СЕРТИФИКАТ" << "certificate";
    QTest::newRow("ru certificate") << "Сертификат участника" << "certificate";
    QTest::newRow("kk attestation") << "КУӘЛІК" << "attestation";
    QTest::newRow("ru attestation") << "Удостоверение о повышении квалификации" << "attestation";
    QTest::newRow("kk order") << "БҰЙРЫҚ\n\n№ 45" << "order";
    QTest::newRow("ru order") << "ПРИКАЗ" << "order";
    QTest::newRow("kk reference") << "АНЫҚТАМА" << "reference";
    QTest::newRow("ru reference") << "Справка" << "reference";
    QTest::newRow("Latin look-alikes") << "CEPTИФИKAT" << "certificate";
    QTest::newRow("heading wins over body")
        << "«Ұстаз» орталығы\n\nСЕРТИФИКАТ\n\nДиплом бойынша мамандығы: математика" << "certificate";
}

void SuggestionsTest::paperKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QCOMPARE(Suggester::instance().suggest(text, Teacher, Today).paperKind, kind);
}

void SuggestionsTest::everyPaperKindHasKeywords()
{
    for (const Term &term : Catalog::instance().paperKinds()) {
        QVERIFY2(Suggester::instance().matchKey(QStringLiteral("paperKinds"), term.name.kk) == term.key,
                 qPrintable(term.name.kk));
        QVERIFY2(Suggester::instance().matchKey(QStringLiteral("paperKinds"), term.name.ru) == term.key,
                 qPrintable(term.name.ru));
    }
}

void SuggestionsTest::levels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("level");
    QTest::newRow("kk international") << "«Ой-сана» халықаралық олимпиадасы" << "international";
    QTest::newRow("ru international") << "Международный конкурс «Талант»" << "international";
    QTest::newRow("kk republic") << "республикалық ғылыми жобалар байқауы" << "republic";
    QTest::newRow("ru republic") << "Республиканская олимпиада" << "republic";
    QTest::newRow("kk regional") << "Математикадан облыстық пән олимпиадасы" << "regional";
    QTest::newRow("ru regional") << "областного этапа олимпиады" << "regional";
    QTest::newRow("kk city") << "қалалық математикалық байқау" << "city";
    QTest::newRow("ru city") << "городской семинар" << "city";
    QTest::newRow("kk district") << "Аудандық «Үздік есепші» сайысы" << "district";
    QTest::newRow("ru district") << "районный конкурс" << "district";
    QTest::newRow("kk school") << "Мектепішілік математика апталығы" << "school";
    QTest::newRow("ru school") << "школьный этап" << "school";
    QTest::newRow("event level beats issuer level")
        << "Облыстық білім басқармасы\n\nДИПЛОМ\n\nреспубликалық олимпиада жеңімпазы" << "republic";
}

void SuggestionsTest::levels()
{
    QFETCH(QString, text);
    QFETCH(QString, level);
    QCOMPARE(Suggester::instance().suggest(text, Teacher, Today).level, level);
}

void SuggestionsTest::everyLevelHasKeywords()
{
    for (const Term &term : Catalog::instance().levels()) {
        QCOMPARE(Suggester::instance().matchKey(QStringLiteral("levels"), term.name.kk), term.key);
        QCOMPARE(Suggester::instance().matchKey(QStringLiteral("levels"), term.name.ru), term.key);
    }
}

void SuggestionsTest::places_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::newRow("kk 1-орын") << "1-орын" << "first";
    QTest::newRow("kk I дәрежелі") << "I дәрежелі диплом" << "first";
    QTest::newRow("kk II дәрежелі, Cyrillic і") << "ІІ дәрежелі" << "second";
    QTest::newRow("kk 3 орын") << "3 орынды иеленгені үшін" << "third";
    QTest::newRow("II read as П") << "П дәрежелі" << "second";
    QTest::newRow("III read as Ш") << "Ш степени" << "third";
    QTest::newRow("ru 1 место") << "за 1 место" << "first";
    QTest::newRow("ru II степени") << "Диплом II степени" << "second";
    QTest::newRow("ru третье место") << "третье место" << "third";
    QTest::newRow("kk winner") << "олимпиада жеңімпазы" << "winner";
    QTest::newRow("ru winner") << "Победитель конкурса" << "winner";
    QTest::newRow("kk prize") << "жүлдегері" << "prize_winner";
    QTest::newRow("ru prize ё") << "Призёр олимпиады" << "prize_winner";
    QTest::newRow("kk participant") << "белсенді қатысушы" << "participant";
    QTest::newRow("ru participant") << "за участие" << "participant";
    QTest::newRow("grand prix") << "Гран-при" << "grand_prix";
}

void SuggestionsTest::places()
{
    QFETCH(QString, text);
    QFETCH(QString, place);
    QCOMPARE(Suggester::instance().suggest(text, Teacher, Today).place, place);
}

void SuggestionsTest::namesMatch_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << "Әлиева Гүлнар Серікқызы" << true;
    QTest::newRow("upper case") << "ӘЛИЕВА ГҮЛНАР СЕРІКҚЫЗЫ" << true;
    QTest::newRow("dative kk") << "Әлиева Гүлнар Серікқызына" << true;
    QTest::newRow("initials") << "Әлиева Г.С." << true;
    QTest::newRow("initials first") << "Г. С. Әлиева" << true;
    QTest::newRow("Russian spelling") << "Алиева Гульнар" << true;
    QTest::newRow("ru dative") << "Алиевой Гульнар Сериковне" << true;
    QTest::newRow("first name order") << "Гүлнар Әлиева" << true;
    QTest::newRow("student") << "Серікова Айару" << false;
    QTest::newRow("same surname, other initial") << "Әлиева А.Б." << false;
    QTest::newRow("surname only") << "Әлиева" << false;
    QTest::newRow("other student") << "Нұрланұлы Ерасыл" << false;
}

void SuggestionsTest::namesMatch()
{
    QFETCH(QString, written);
    QFETCH(bool, matches);
    QCOMPARE(Suggester::namesMatch(written, Teacher), matches);
}

void SuggestionsTest::teacherOrStudent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("recipient");
    QTest::newRow("teacher's diploma")
        << "ДИПЛОМ\n\nӘлиева Гүлнар Серікқызы\n\nжоғары жетістіктері үшін марапатталады" << "Әлиева Гүлнар Серікқызы"
        << int(Recipient::Teacher);
    QTest::newRow("teacher in dative")
        << "АЛҒЫС ХАТ\n\nӘлиева Гүлнар Серікқызына\n\nалғыс білдіреміз" << "Әлиева Гүлнар Серікқызына"
        << int(Recipient::Teacher);
    QTest::newRow("teacher, Russian, initials")
        << "Благодарственное письмо\n\nАлиевой Г.С.\n\nза плодотворный труд" << "Алиевой Г.С."
        << int(Recipient::Teacher);
    QTest::newRow("student's diploma")
        << "ДИПЛОМ\n\nСерікова Айару\n\n1-орын" << "Серікова Айару" << int(Recipient::Student);
    QTest::newRow("student in a sentence")
        << "ГРАМОТА\n\nНаграждается ученица 7 «А» класса Иванова Мария за 1 место" << "Иванова Мария"
        << int(Recipient::Student);
    QTest::newRow("supervisor is not the recipient")
        << "ДИПЛОМ\n\nСерікова Айару\n\nЖетекшісі:\n\nӘлиева Г.С." << "Серікова Айару" << int(Recipient::Student);
    QTest::newRow("no person") << "АНЫҚТАМА\n\nМектеп әкімшілігі растайды." << "" << int(Recipient::Unknown);
}

void SuggestionsTest::teacherOrStudent()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    QFETCH(int, recipient);
    const Suggestions fields = Suggester::instance().suggest(text, Teacher, Today);
    QCOMPARE(fields.person, person);
    QCOMPARE(int(fields.recipient), recipient);
}

void SuggestionsTest::sections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("kind");
    QTest::newRow("teacher diploma") << "ДИПЛОМ\n\nӘлиева Гүлнар Серікқызы\n\nI дәрежелі"
                                     << "documents.achievements" << "teacher_diploma";
    QTest::newRow("teacher thanks") << "АЛҒЫС ХАТ\n\nӘлиева Гүлнар Серікқызы"
                                    << "documents.achievements" << "teacher_thanks_letter";
    QTest::newRow("teacher certificate") << "СЕРТИФИКАТ\n\nӘлиева Гүлнар Серікқызы\n\nсеминарға қатысқаны үшін"
                                         << "documents.achievements" << "teacher_certificate";
    QTest::newRow("student diploma") << "ДИПЛОМ\n\nСерікова Айару\n\n2-орын"
                                     << "documents.achievements" << "student_diploma";
    QTest::newRow("student honour ru") << "ГРАМОТА\n\nИванова Мария Петровна\n\nза 3 место"
                                       << "documents.achievements" << "student_diploma";
    QTest::newRow("student certificate") << "СЕРТИФИКАТ\n\nБекболатов Алихан\n\nқатысушы"
                                         << "documents.achievements" << "student_certificate";
    QTest::newRow("thanks for a student")
        << "АЛҒЫС ХАТ\n\nӘлиева Гүлнар Серікқызы\n\nОқушысын олимпиадаға сапалы дайындағаны үшін"
        << "documents.achievements" << "student_thanks_letter";
    QTest::newRow("course kk") << "СЕРТИФИКАТ\n\nӘлиева Гүлнар Серікқызы\n\nКөлемі: 72 академиялық сағат"
                               << "documents.general" << "specialty_courses";
    QTest::newRow("course ru") << "УДОСТОВЕРЕНИЕ\n\nАлиева Гульнар\n\nв объёме 36 часов"
                               << "documents.general" << "specialty_courses";
    QTest::newRow("category") << "КУӘЛІК\n\nӘлиева Гүлнар Серікқызы\n\n«Педагог-модератор» біліктілік санаты берілді"
                              << "documents.general" << "previous_category";
    QTest::newRow("education diploma") << "ДИПЛОМ\n\nӘлиева Гүлнар Серікқызы\n\nбілім бакалавры дәрежесі"
                                       << "documents.general" << "education_diploma";
    QTest::newRow("state award") << "КУӘЛІК\n\n«Білім беру ісінің құрметті қызметкері» төсбелгісі"
                                 << "documents.achievements" << "state_award_copy";
    QTest::newRow("order") << "БҰЙРЫҚ\n\nтәжірибелік алаң ретінде бекітілсін"
                           << "creativity.methodology" << "experiment_order";
    QTest::newRow("reference") << "СПРАВКА\n\nдана в том, что" << "creativity.methodology"
                               << "expert_review_reference";
    QTest::newRow("nothing known") << "Сәлеметсіз бе" << "" << "";
}

void SuggestionsTest::sections()
{
    QFETCH(QString, text);
    QFETCH(QString, section);
    QFETCH(QString, kind);
    const Suggestions fields = Suggester::instance().suggest(text, Teacher, Today);
    QCOMPARE(fields.sectionKey, section);
    QCOMPARE(fields.kind, kind);
}

// Every rule's section and kind exist in the catalog, so a suggestion can always be filed.
void SuggestionsTest::sectionRulesNameCatalogKinds()
{
    QFile file(QStringLiteral(":/qujat/recognition.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rules = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sectionRules")).toArray();
    QVERIFY(!rules.isEmpty());
    for (const QJsonValue &rule : rules) {
        const QString section = rule.toObject().value(QStringLiteral("section")).toString();
        const QString kind = rule.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY2(Catalog::instance().documentKind(section, kind), qPrintable(section + QLatin1Char('/') + kind));
        for (const QJsonValue &paper : rule.toObject().value(QStringLiteral("paperKinds")).toArray())
            QVERIFY2(Catalog::instance().paperKind(paper.toString()), qPrintable(paper.toString()));
    }
}

void SuggestionsTest::hours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hours");
    QTest::newRow("kk") << "72 сағат" << 72;
    QTest::newRow("kk academic") << "көлемі 36 академиялық сағат" << 36;
    QTest::newRow("kk short") << "80 сағ." << 80;
    QTest::newRow("ru часа") << "72 часа" << 72;
    QTest::newRow("ru часов") << "в объеме 108 академических часов" << 108;
    QTest::newRow("none") << "72 бет" << 0;
}

void SuggestionsTest::hours()
{
    QFETCH(QString, text);
    QFETCH(int, hours);
    QCOMPARE(Suggester::instance().suggest(text, Teacher, Today).hours, hours);
}

void SuggestionsTest::certificateFields()
{
    const QString text = QStringLiteral(
        "«Ұстаз» республикалық ғылыми-практикалық орталығы\n\n"
        "ДИПЛОМ\n\n"
        "Серікова Айару\n\n"
        "«Зерек» республикалық математикалық байқауы\n\n"
        "II дәрежелі\n\n"
        "Жетекшісі: Әлиева Г.С.\n\n"
        "2026 жылғы 10 мамыр");
    const Suggestions fields = Suggester::instance().suggest(text, Teacher, Today);
    QCOMPARE(fields.paperKind, QStringLiteral("diploma"));
    QCOMPARE(fields.issuer, QStringLiteral("«Ұстаз» республикалық ғылыми-практикалық орталығы"));
    QCOMPARE(fields.person, QStringLiteral("Серікова Айару"));
    QCOMPARE(fields.recipient, Recipient::Student);
    QCOMPARE(fields.title, QStringLiteral("«Зерек» республикалық математикалық байқауы"));
    QCOMPARE(fields.level, QStringLiteral("republic"));
    QCOMPARE(fields.place, QStringLiteral("second"));
    QCOMPARE(fields.date, QDate(2026, 5, 10));
    QCOMPARE(fields.sectionKey, QStringLiteral("documents.achievements"));
    QCOMPARE(fields.kind, QStringLiteral("student_diploma"));
}

// The organisation word in an event's name («мектеп») and in a sentence
// («академиялық») does not make either the issuer.
void SuggestionsTest::issuerNotEventOrSentence()
{
    const Suggestions fields = Suggester::instance().suggest(
        QStringLiteral("СЕРТИФИКАТ\n\nӘлиева Гүлнар Серікқызы\n\n«Цифрлық мектеп» аудандық форумы\n\n"
                       "Курс бағдарламасын толық меңгерді. Көлемі: 72 академиялық сағат.\n\n"
                       "Бұқар жырау ауданының білім бөлімі"),
        Teacher, Today);
    QCOMPARE(fields.issuer, QStringLiteral("Бұқар жырау ауданының білім бөлімі"));
    QCOMPARE(fields.title, QStringLiteral("«Цифрлық мектеп» аудандық форумы"));

    // Without the issuer's line the event stays the title and no issuer is guessed.
    const Suggestions onlyEvent = Suggester::instance().suggest(
        QStringLiteral("ДИПЛОМ\n\n«Цифрлық мектеп» аудандық форумы"), Teacher, Today);
    QCOMPARE(onlyEvent.issuer, QString());
    QCOMPARE(onlyEvent.title, QStringLiteral("«Цифрлық мектеп» аудандық форумы"));
}

void SuggestionsTest::titlePrefersQuotedName()
{
    const Suggestions fields = Suggester::instance().suggest(
        QStringLiteral("УДОСТОВЕРЕНИЕ\n\nАлиева Гульнар Сериковна\n\n"
                       "Полностью освоила программу курса в объеме 72 академических часов.\n\n"
                       "Курс «Методика преподавания естественных наук»"),
        Teacher, Today);
    QCOMPARE(fields.title, QStringLiteral("Курс «Методика преподавания естественных наук»"));
    QCOMPARE(fields.hours, 72);
    QCOMPARE(fields.kind, QStringLiteral("specialty_courses"));
}

QTEST_GUILESS_MAIN(SuggestionsTest)
#include "tst_suggestions.moc"
