#include "sample/samplegenerator.h"

#include "barcodes/barcodewriter.h"
#include "catalog/catalog.h"
#include "imaging/pagepipeline.h"
#include "store/store.h"
#include "util/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace qujat {

namespace {

// Up to this many items each gets its own certificate. Larger counts
// (benchmarks) cycle through VariantCount certificates, because rendering and
// barcode decoding dominate the time and the store keeps identical files only once.
constexpr int UniqueRenderLimit = 60;
constexpr int VariantCount = 12;

// Every material must carry a date. Items with index % UndatedEvery == 3 lack
// one so that the sample shows incomplete items.
constexpr int UndatedEvery = 10;

constexpr int DaysPerYear = 365;

// The layout is designed for a page 1240 px wide (A4 at 150 dpi) and scaled
// to the requested size.
constexpr double DesignWidth = 1240.0;
constexpr double A4WidthCm = 21.0;
constexpr double QrSideCm = 2.0;
constexpr double Pi = 3.14159265358979323846;

const QColor PaperColor(0xfd, 0xfa, 0xf2);
const QColor FrameBlue(0x1f, 0x3c, 0x88);
const QColor OrnamentGold(0xb8, 0x91, 0x2f);
const QColor RecipientBrown(0x6b, 0x4e, 0x10);
const QColor InkGray(0x33, 0x33, 0x33);
const QColor SealBlue(0x2b, 0x4f, 0xa8, 170);
const QColor SignatureInk(0x1a, 0x2a, 0x6c);

// The fictional teacher and school of the sample portfolio.
const char *const TeacherName = "Әлиева Гүлнар Серікқызы";
const char *const SchoolName = "№ 1 мектеп-гимназия";

const char *const Students[] = {
    "Нұрланұлы Ерасыл", "Серікова Айару",  "Бекболатов Алихан", "Жұмабекова Дана",
    "Тлеуов Әлихан",    "Қасымова Аружан", "Омарова Інжу",      "Сағынтаев Нұрсұлтан",
};

const char *const ClassLetters[] = {"А", "Ә", "Б", "В"};

const char *const Topics[] = {
    "Квадрат теңдеулер",          "Пифагор теоремасы",
    "Бөлшектерді қосу және азайту", "Функция және оның графигі",
    "Ықтималдық теориясының элементтері", "Арифметикалық прогрессия",
};

const char *const StudentEvents[] = {
    "Математикадан облыстық пән олимпиадасы",
    "«Зерек» қалалық математикалық байқауы",
    "«Жас зерттеуші» ғылыми жобалар конкурсы",
    "Аудандық «Үздік есепші» сайысы",
    "«Ой-сана» халықаралық қашықтық олимпиадасы",
    "Мектепішілік математика апталығы",
};

const char *const LevelIssuers[][2] = {
    {"international", "«Білім әлемі» халықаралық педагогикалық қауымдастығы"},
    {"republic", "«Ұстаз» республикалық ғылыми-практикалық орталығы"},
    {"regional", "Облыстық білім басқармасы"},
    {"city", "Қалалық білім бөлімі"},
    {"district", "Аудандық әдістемелік кабинет"},
    {"school", "№ 1 мектеп-гимназия"},
};

// Titles of items in sections that are not tables, by document kind.
const char *const KindTitles[][2] = {
    {"photo", "Фото 5×6"},
    {"state_awards", "Облыс әкімінің Құрмет грамотасы"},
    {"attestation_sheet", "Аттестаттау парағы"},
    {"identity", "Жеке куәлік"},
    {"education_diploma", "Жоғары білім туралы диплом"},
    {"degree_diploma", "Педагогика ғылымдарының магистрі дипломы"},
    {"employment_record", "Еңбек кітапшасы"},
    {"previous_category", "«Педагог-модератор» біліктілік санаты туралы куәлік"},
    {"specialty_courses", "«Математиканы оқытудың жаңа тәсілдері» біліктілікті арттыру курсы"},
    {"extra_subject_courses", "«Информатиканы оқыту әдістемесі» курсы"},
    {"application", "Біліктілік санатын беру туралы өтініш"},
    {"state_award_copy", "«Білім беру ісінің құрметті қызметкері» төсбелгісі"},
    {"teacher_diploma", "«Үздік педагог» байқауының дипломы"},
    {"teacher_thanks_letter", "Оқушыларды оқытудағы еңбегі үшін алғыс хат"},
    {"teacher_certificate", "Функционалдық сауаттылық бойынша семинардың сертификаты"},
    {"growth_plan", "Кәсіби өсудің жеке жоспары"},
    {"experience_description", "«Математика сабағында сыни тұрғыдан ойлау» іс-тәжірибе сипаттамасы"},
    {"teaching_aid", "«Қызықты геометрия» авторлық бағдарламасы"},
    {"extracurricular_sample", "«Математикалық КВН» сыныптан тыс шарасы"},
    {"conference_materials", "Ғылыми-тәжірибелік конференциядағы баяндама"},
    {"association_talks", "Әдістемелік бірлестік отырысындағы баяндама"},
    {"media_publications", "«Ұстаз әлемі» журналындағы мақала"},
    {"experiment_order", "Тәжірибелік алаң туралы бұйрық"},
    {"expert_review_reference", "Оқу бағдарламасын сараптауға қатысу туралы анықтама"},
    {"events_and_open_lessons", "Ашық сабақтар мен сыныптан тыс шаралардың талдауы"},
    {"student_surveys", "Оқушылар сауалнамасының нәтижелері"},
    {"expert_opinions", "Әдістемелік кеңестің сараптамалық пікірі"},
    {"achievement_analysis", "Оқушылардың оқу жетістіктерінің талдауы"},
    {"journal_averages", "Сынып журналы бойынша орташа көрсеткіштер"},
    {"university_admissions", "ЖОО-ға түскен түлектер туралы анықтама"},
    {"winners_share", "Олимпиада жеңімпаздары мен жүлдегерлерінің үлесі"},
};

// Paper kind keys by document kind key, or by section key for table rows.
// Other items are printed as a reference (анықтама).
const char *const KindPapers[][2] = {
    {"state_awards", "honour_certificate"},     {"identity", "attestation"},
    {"education_diploma", "diploma"},           {"degree_diploma", "diploma"},
    {"previous_category", "attestation"},       {"specialty_courses", "certificate"},
    {"extra_subject_courses", "certificate"},   {"state_award_copy", "attestation"},
    {"teacher_diploma", "diploma"},             {"teacher_thanks_letter", "thanks_letter"},
    {"teacher_certificate", "certificate"},     {"student_diploma", "diploma"},
    {"student_thanks_letter", "thanks_letter"}, {"student_certificate", "certificate"},
    {"experiment_order", "order"},              {"conference_materials", "certificate"},
    {"tables.sharing_practice", "certificate"}, {"tables.subject_results", "diploma"},
};

// Sample values of table columns and kind fields: "<section>/<column>" first,
// then "<column>". Columns not listed here get a value by their type.
const QHash<QString, QList<const char *>> &columnPools()
{
    static const QHash<QString, QList<const char *>> pools = {
        {QStringLiteral("tables.publications/title"),
         {"Математика сабағында функционалдық сауаттылықты дамыту жолдары",
          "Критериалды бағалау: тәжірибе мен нәтиже",
          "Оқушылардың логикалық ойлауын дамытатын есептер жүйесі",
          "Жобалық оқыту математика пәнінде"}},
        {QStringLiteral("tables.methodological_works/title"),
         {"Алгебрадан дидактикалық материалдар жинағы (7-сынып)",
          "«Қызықты геометрия» авторлық бағдарламасы", "ҰБТ-ға дайындық: жұмыс дәптері",
          "Саралап оқыту бойынша әдістемелік нұсқаулық"}},
        {QStringLiteral("tables.sharing_practice/event"),
         {"«Функционалдық сауаттылық» шебер-сыныбы", "Қалалық әдістемелік семинар",
          "«Жаңашыл ұстаз» республикалық байқауы", "Халықаралық ғылыми-тәжірибелік конференция",
          "Аудандық дөңгелек үстел", "Облыстық педагогикалық көрме"}},
        {QStringLiteral("tables.feedback/result"),
         {"Сауалнамаға қатысқандардың 87%-ы сабақтарға оң баға берді.",
          "Ата-аналардың 92%-ы оқыту сапасына көңілі толатынын айтты.",
          "Сарапшылар сабақтың құрылымын жоғары бағалады."}},
        {QStringLiteral("publication"),
         {"«Ұстаз әлемі» журналы", "«Білім кілті» газеті", "«Математика мектепте» әдістемелік журналы",
          "«Жаңа мектеп» электронды басылымы"}},
        {QStringLiteral("subject"), {"Математика", "Алгебра", "Геометрия"}},
        {QStringLiteral("approbation"),
         {"Мектептің әдістемелік кеңесінде талқыланып, оқу үдерісіне енгізілді.",
          "Аудандық әдістемелік кабинет мақұлдап, басып шығаруға ұсынды."}},
        {QStringLiteral("documents"), {"Сертификат", "Алғыс хат", "Диплом", "Анықтама"}},
        {QStringLiteral("reviews"),
         {"Сабақ мақсатына жетті, топтық жұмыс тиімді ұйымдастырылды.",
          "Саралап оқыту тәсілдері орынды қолданылды, кері байланыс жақсы берілді."}},
        {QStringLiteral("attendee"),
         {"Ахметова Сәуле Маратқызы, директордың оқу ісі жөніндегі орынбасары",
          "Жақсылықов Ерлан Бекұлы, әдістемелік бірлестік жетекшісі"}},
        {QStringLiteral("activity"),
         {"«Математика апталығы»", "«Логика әлемі» үйірмесі", "«Математикалық КВН» сайысы"}},
        {QStringLiteral("content"),
         {"Апталық аясында зияткерлік ойындар мен мектепішілік олимпиада өткізілді.",
          "Үйірмеде логикалық есептер шығару мен жобалық жұмыс жүргізілді."}},
        {QStringLiteral("conclusion"),
         {"Шара жоғары деңгейде өткізілді, тәжірибені таратуға ұсынылады.",
          "Оқушылардың белсенділігі жоғары, жұмысты жалғастыру ұсынылады."}},
        {QStringLiteral("assessment_kind"),
         {"Тоқсандық жиынтық бағалау", "Жылдық жиынтық бағалау", "Сырттай жиынтық бағалау"}},
        {QStringLiteral("assessor"), {"8А сынып оқушылары", "Ата-аналар", "Әдістемелік бірлестік мүшелері"}},
        {QStringLiteral("assessed"), {"Математика сабақтарының сапасы", "Үйірме жұмысы", "Ашық сабақ"}},
        {QStringLiteral("review_kind"), {"Сауалнама", "Пікір", "Сараптама"}},
    };
    return pools;
}

template <std::size_t N>
QString pick(QRandomGenerator &random, const char *const (&pool)[N])
{
    return QString::fromUtf8(pool[random.bounded(int(N))]);
}

template <std::size_t N>
QString lookup(const char *const (&table)[N][2], const QString &key)
{
    for (const auto &row : table) {
        if (key == QLatin1String(row[0]))
            return QString::fromUtf8(row[1]);
    }
    return {};
}

// One place an item can go: a document kind of a section, or a table row.
struct Slot
{
    const Section *section = nullptr;
    const DocumentKind *kind = nullptr; // null for a table row
    int capacity = 0;                   // 0 means unlimited
    int used = 0;
};

// Chooses where each generated item goes. The first items visit every slot
// in turn, section by section, so that even a small sample fills every
// section. Later items go to a random section that still has room, then to a
// random slot in it, so that tables get as many rows as sections get papers.
class SlotPlanner
{
public:
    explicit SlotPlanner(const Catalog &catalog);
    Slot *next(QRandomGenerator &random);

private:
    bool hasRoom(const Slot &slot) const;

    QList<Slot> m_slots;
    QList<int> m_firstRound;
    int m_firstRoundPosition = 0;
    QHash<QString, int> m_sectionUsed;
};

// General-information papers exist once per teacher, except awards and
// course certificates.
int sampleCapacity(const Section &section, const DocumentKind &kind)
{
    static const QStringList repeatable = {QStringLiteral("state_awards"), QStringLiteral("specialty_courses"),
                                           QStringLiteral("extra_subject_courses")};
    if (section.key == QLatin1String("documents.general") && !repeatable.contains(kind.key))
        return 1;
    return kind.maxItems;
}

SlotPlanner::SlotPlanner(const Catalog &catalog)
{
    QList<QList<int>> bySection;
    for (const Section &section : catalog.sections()) {
        QList<int> indices;
        if (section.isTable || section.kinds.isEmpty()) {
            indices.append(m_slots.size());
            m_slots.append(Slot{&section, nullptr, section.maxItems});
        }
        for (const DocumentKind &kind : section.kinds) {
            indices.append(m_slots.size());
            m_slots.append(Slot{&section, &kind, sampleCapacity(section, kind)});
        }
        bySection.append(indices);
    }
    for (int round = 0;; ++round) {
        bool any = false;
        for (const QList<int> &indices : std::as_const(bySection)) {
            if (round < indices.size()) {
                m_firstRound.append(indices.at(round));
                any = true;
            }
        }
        if (!any)
            break;
    }
}

bool SlotPlanner::hasRoom(const Slot &slot) const
{
    if (slot.capacity > 0 && slot.used >= slot.capacity)
        return false;
    const int sectionLimit = slot.section->maxItems;
    return sectionLimit == 0 || m_sectionUsed.value(slot.section->key) < sectionLimit;
}

// Returns the next slot and counts the item in it, or null when every slot is full.
Slot *SlotPlanner::next(QRandomGenerator &random)
{
    Slot *chosen = nullptr;
    while (!chosen && m_firstRoundPosition < m_firstRound.size()) {
        Slot &slot = m_slots[m_firstRound.at(m_firstRoundPosition++)];
        if (hasRoom(slot))
            chosen = &slot;
    }
    if (!chosen) {
        QStringList openSections;
        QHash<QString, QList<int>> openSlots;
        for (int i = 0; i < m_slots.size(); ++i) {
            const Slot &slot = m_slots.at(i);
            if (!hasRoom(slot))
                continue;
            if (!openSlots.contains(slot.section->key))
                openSections.append(slot.section->key);
            openSlots[slot.section->key].append(i);
        }
        if (openSections.isEmpty())
            return nullptr;
        const QList<int> &candidates = openSlots[openSections.at(random.bounded(int(openSections.size())))];
        chosen = &m_slots[candidates.at(random.bounded(int(candidates.size())))];
    }
    ++chosen->used;
    ++m_sectionUsed[chosen->section->key];
    return chosen;
}

// An item ready to be filed and the paper it is printed on.
struct Draft
{
    Item item;
    CertificateSpec spec;
    bool portrait = false; // the page is the teacher's photo, not a certificate
};

// Makes the content of each item from the fictional data above.
class ItemDrafter
{
public:
    ItemDrafter(const Catalog &catalog, quint32 seed, const QDate &today)
        : m_catalog(catalog), m_random(seed), m_today(today)
    {
    }

    QRandomGenerator &random() { return m_random; }
    Draft draft(const Slot &slot, int index);

private:
    QDate dateFor(const Slot &slot, int index);
    CertificateSpec certificateFor(const Slot &slot, const Item &item);
    void fillFields(const Slot &slot, Item *item);
    QVariant valueFor(const QString &sectionKey, const FieldDef &field);
    QString titleFor(const Slot &slot, const Item &item);
    QString issuerFor(const Slot &slot, const Item &item);
    QString bodyFor(const QString &paperKey, const Item &item) const;
    QString termName(const QList<Term> &terms, const QString &key) const;

    const Catalog &m_catalog;
    QRandomGenerator m_random;
    QDate m_today;
};

Draft ItemDrafter::draft(const Slot &slot, int index)
{
    Draft result;
    Item &item = result.item;
    item.sectionKey = slot.section->key;
    item.kind = slot.kind ? slot.kind->key : QString();
    item.date = dateFor(slot, index);

    const bool levelled = slot.section->key == QLatin1String("documents.achievements")
        || slot.section->key == QLatin1String("creativity.methodology");
    if (levelled)
        item.level = m_catalog.levels().at(m_random.bounded(int(m_catalog.levels().size()))).key;
    fillFields(slot, &item);

    item.title = titleFor(slot, item);
    item.issuer = issuerFor(slot, item);
    if (item.kind == QLatin1String("growth_plan") && item.date.isValid())
        item.endDate = item.date.addYears(5);
    if (slot.section->key == QLatin1String("documents.general") && m_random.bounded(3) == 0)
        item.notes = QStringLiteral("Түпнұсқасы мектеп кеңсесінде сақталады.");

    result.portrait = item.kind == QLatin1String("photo");
    result.spec = certificateFor(slot, item);
    return result;
}

// Two in three papers other than references and orders carry a QR code.
CertificateSpec ItemDrafter::certificateFor(const Slot &slot, const Item &item)
{
    QString paperKey = lookup(KindPapers, slot.kind ? slot.kind->key : slot.section->key);
    if (paperKey.isEmpty())
        paperKey = QStringLiteral("reference");
    const bool verifiable = paperKey != QLatin1String("reference") && paperKey != QLatin1String("order");
    const bool toStudent = item.kind == QLatin1String("student_diploma")
        || item.kind == QLatin1String("student_certificate");

    CertificateSpec spec;
    spec.paperKind = termName(m_catalog.paperKinds(), paperKey);
    spec.recipient = toStudent ? item.fields.value(QStringLiteral("student")).toString()
                               : QString::fromUtf8(TeacherName);
    spec.body = bodyFor(paperKey, item);
    spec.issuer = item.issuer;
    spec.date = item.date;
    if (verifiable && m_random.bounded(3) != 0) {
        const int year = item.date.isValid() ? item.date.year() : m_today.year();
        spec.qrText = QStringLiteral("https://verify.example.kz/c/%1-%2")
                          .arg(year)
                          .arg(100 + m_random.bounded(900000), 6, 10, QLatin1Char('0'));
    }
    return spec;
}

QDate ItemDrafter::dateFor(const Slot &slot, int index)
{
    if (index % UndatedEvery == 3)
        return {};

    // Ages in days. General-information papers have their own plausible ages,
    // and everything else falls inside its window.
    struct Age { const char *kind; int minDays; int maxDays; };
    static const Age ages[] = {
        {"photo", 10, 90},
        {"attestation_sheet", 7, 60},
        {"application", 7, 60},
        {"identity", DaysPerYear, 9 * DaysPerYear},
        {"education_diploma", 14 * DaysPerYear, 20 * DaysPerYear},
        {"degree_diploma", 3 * DaysPerYear, 8 * DaysPerYear},
        {"employment_record", 14 * DaysPerYear, 20 * DaysPerYear},
        {"previous_category", 4 * DaysPerYear, 5 * DaysPerYear - 30},
    };
    int minDays = 14;
    const int window = m_catalog.windowYears(slot.section->key, slot.kind ? slot.kind->key : QString());
    int maxDays = (window > 0 ? window : 5) * DaysPerYear - 30;
    for (const Age &age : ages) {
        if (slot.kind && slot.kind->key == QLatin1String(age.kind)) {
            minDays = age.minDays;
            maxDays = age.maxDays;
        }
    }
    return m_today.addDays(-(minDays + m_random.bounded(maxDays - minDays + 1)));
}

// Fills the section's columns and the kind's fields. The "date" column is
// the item's date and the "level" column is Item::level, as FieldDef documents.
void ItemDrafter::fillFields(const Slot &slot, Item *item)
{
    QList<FieldDef> fields = slot.section->columns;
    if (slot.kind)
        fields.append(slot.kind->fields);
    for (const FieldDef &field : std::as_const(fields)) {
        if (field.key == QLatin1String("date"))
            continue;
        if (field.type == FieldType::Level) {
            item->level = valueFor(slot.section->key, field).toString();
            continue;
        }
        if (field.key == QLatin1String("issue")) {
            const int year = item->date.isValid() ? item->date.year() : m_today.year();
            item->fields.insert(field.key, QStringLiteral("№ %1, %2").arg(1 + m_random.bounded(12)).arg(year));
            continue;
        }
        item->fields.insert(field.key, valueFor(slot.section->key, field));
    }
}

QVariant ItemDrafter::valueFor(const QString &sectionKey, const FieldDef &field)
{
    if (field.key == QLatin1String("topic"))
        return pick(m_random, Topics);
    if (field.key == QLatin1String("event") && sectionKey != QLatin1String("tables.sharing_practice"))
        return pick(m_random, StudentEvents);

    const QHash<QString, QList<const char *>> &pools = columnPools();
    QList<const char *> pool = pools.value(sectionKey + QLatin1Char('/') + field.key);
    if (pool.isEmpty())
        pool = pools.value(field.key);
    if (!pool.isEmpty())
        return QString::fromUtf8(pool.at(m_random.bounded(int(pool.size()))));

    switch (field.type) {
    case FieldType::Level:
        return m_catalog.levels().at(m_random.bounded(int(m_catalog.levels().size()))).key;
    case FieldType::Place:
        return m_catalog.places().at(m_random.bounded(int(m_catalog.places().size()))).key;
    case FieldType::Choice:
        return field.options.at(m_random.bounded(int(field.options.size()))).first;
    case FieldType::ClassGroup:
        return QString::number(5 + m_random.bounded(7)) + pick(m_random, ClassLetters);
    case FieldType::Person:
        return pick(m_random, Students);
    case FieldType::Percent:
        return 55 + m_random.bounded(41);
    case FieldType::Number:
        return 1 + m_random.bounded(30);
    case FieldType::Date:
        return m_today.addDays(-m_random.bounded(DaysPerYear));
    case FieldType::Text:
    case FieldType::LongText:
        break;
    }
    return field.name.kk;
}

QString ItemDrafter::termName(const QList<Term> &terms, const QString &key) const
{
    for (const Term &term : terms) {
        if (term.key == key)
            return term.name.kk;
    }
    return {};
}

QString ItemDrafter::titleFor(const Slot &slot, const Item &item)
{
    const auto field = [&](const char *key) { return item.fields.value(QLatin1String(key)).toString(); };

    // Students' awards in section 2; "student_surveys" of section 3 is not one.
    if (item.kind.startsWith(QLatin1String("student_")) && !field("event").isEmpty()) {
        const QString place = termName(m_catalog.places(), field("place"));
        return place.isEmpty() ? field("event") : QStringLiteral("%1 — %2").arg(field("event"), place);
    }
    if (item.kind == QLatin1String("sample_lesson"))
        return QStringLiteral("Сабақ үлгісі: %1").arg(pick(m_random, Topics));
    if (item.kind == QLatin1String("growth_plan") && item.date.isValid())
        return QStringLiteral("Кәсіби өсудің жеке жоспары, %1–%2").arg(item.date.year()).arg(item.date.year() + 5);
    if (slot.kind) {
        const QString title = lookup(KindTitles, slot.kind->key);
        return title.isEmpty() ? slot.kind->name.kk : title;
    }

    for (const char *key : {"title", "topic", "event", "activity", "assessed"}) {
        if (!field(key).isEmpty())
            return field(key);
    }
    if (!field("subject").isEmpty() && !field("class_group").isEmpty())
        return QStringLiteral("%1, %2-сынып").arg(field("subject"), field("class_group"));
    return slot.section->name.kk;
}

QString ItemDrafter::issuerFor(const Slot &slot, const Item &item)
{
    if (!item.level.isEmpty())
        return lookup(LevelIssuers, item.level);
    static const char *const generalIssuers[][2] = {
        {"identity", "Қазақстан Республикасы Ішкі істер министрлігі"},
        {"education_diploma", "Сарыарқа педагогикалық университеті"},
        {"degree_diploma", "Сарыарқа педагогикалық университеті"},
        {"specialty_courses", "«Ұстаз» біліктілікті арттыру орталығы"},
        {"extra_subject_courses", "«Ұстаз» біліктілікті арттыру орталығы"},
        {"previous_category", "Облыстық білім басқармасы"},
        {"state_awards", "Облыс әкімдігі"},
    };
    const QString issuer = slot.kind ? lookup(generalIssuers, slot.kind->key) : QString();
    return issuer.isEmpty() ? QString::fromUtf8(SchoolName) : issuer;
}

QString ItemDrafter::bodyFor(const QString &paperKey, const Item &item) const
{
    const auto field = [&](const char *key) { return item.fields.value(QLatin1String(key)).toString(); };
    const QString level = termName(m_catalog.levels(), item.level).toLower();

    // Students' awards in section 2; "student_surveys" of section 3 is not one.
    if (item.kind.startsWith(QLatin1String("student_")) && !field("event").isEmpty()) {
        const QString place = termName(m_catalog.places(), field("place"));
        QString body = QStringLiteral("%1 сынып оқушысы %2. Шара: %3 (%4 деңгей). Нәтижесі: %5.")
                           .arg(field("class_group"), field("student"), field("event"), level, place);
        if (paperKey == QLatin1String("thanks_letter"))
            body += QStringLiteral(" Оқушыны сапалы дайындағаны үшін мұғалімге алғыс білдіреміз.");
        return body;
    }
    if (paperKey == QLatin1String("thanks_letter"))
        return QStringLiteral("Оқушыларды оқыту мен тәрбиелеудегі жемісті еңбегі және кәсіби шеберлігі үшін "
                              "алғыс білдіреміз.");
    if (paperKey == QLatin1String("diploma") || paperKey == QLatin1String("honour_certificate"))
        return QStringLiteral("Білім беру саласындағы жоғары жетістіктері және кәсіби шеберлігі үшін "
                              "марапатталады.");
    if (paperKey == QLatin1String("certificate"))
        return QStringLiteral("Төмендегі іс-шараға қатысқанын растайды: %1. Көлемі: 72 академиялық сағат.")
            .arg(item.title);
    if (paperKey == QLatin1String("order"))
        return QStringLiteral("%1 мектеп-гимназиясы тәжірибелік алаң ретінде бекітілсін. Жауапты мұғалім — %2.")
            .arg(QStringLiteral("№ 1"), QString::fromUtf8(TeacherName));
    QString body = item.title + QLatin1Char('.');
    if (item.fields.contains(QStringLiteral("quality_percent")))
        body += QStringLiteral(" Білім сапасы: %1%.").arg(field("quality_percent"));
    return body + QStringLiteral(" Мәліметтер білім беру ұйымының әкімшілігімен расталған.");
}

// Rendering.

QFont sampleFont(double pixelSize, bool bold)
{
    // Noto Sans covers the Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І); without
    // it Qt falls back to another installed family.
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

void drawDiamond(QPainter &painter, const QPointF &center, double radius)
{
    const QPointF points[] = {center + QPointF(0, -radius), center + QPointF(radius, 0),
                              center + QPointF(0, radius), center + QPointF(-radius, 0)};
    painter.drawPolygon(points, 4);
}

// Two frames with a chain of small diamonds between them and larger ones in
// the corners.
void drawBorder(QPainter &painter, const QSizeF &size, double unit)
{
    const QRectF outer(30 * unit, 30 * unit, size.width() - 60 * unit, size.height() - 60 * unit);
    const QRectF inner = outer.adjusted(32 * unit, 32 * unit, -32 * unit, -32 * unit);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(FrameBlue, 12 * unit));
    painter.drawRect(outer);
    painter.setPen(QPen(OrnamentGold, 3 * unit));
    painter.drawRect(inner);

    painter.setPen(Qt::NoPen);
    painter.setBrush(OrnamentGold);
    const double band = (outer.left() + inner.left()) / 2;
    const double step = 40 * unit;
    for (double x = outer.left() + step; x < outer.right() - step / 2; x += step) {
        drawDiamond(painter, QPointF(x, band), 5 * unit);
        drawDiamond(painter, QPointF(x, size.height() - band), 5 * unit);
    }
    for (double y = outer.top() + step; y < outer.bottom() - step / 2; y += step) {
        drawDiamond(painter, QPointF(band, y), 5 * unit);
        drawDiamond(painter, QPointF(size.width() - band, y), 5 * unit);
    }
    for (const QPointF &corner : {inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight()}) {
        painter.setBrush(FrameBlue);
        drawDiamond(painter, corner, 22 * unit);
        painter.setBrush(OrnamentGold);
        drawDiamond(painter, corner, 12 * unit);
    }
}

void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
              const QColor &color)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, flags, text);
}

// Draws `text` evenly around a circle, upright at the top, clockwise.
void drawRingText(QPainter &painter, const QPointF &center, double radius, const QString &text, double unit)
{
    if (text.isEmpty())
        return;
    const double circumference = 2 * Pi * radius;
    const QFont font = sampleFont(qMin(20 * unit, circumference / text.size() * 0.9), true);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double step = 360.0 / text.size();
    for (int i = 0; i < text.size(); ++i) {
        const QString letter(text.at(i));
        painter.save();
        painter.translate(center);
        painter.rotate(i * step);
        painter.drawText(QPointF(-metrics.horizontalAdvance(letter) / 2, -radius), letter);
        painter.restore();
    }
}

// A round blue seal with the issuer's name around the rim.
void drawSeal(QPainter &painter, const QPointF &center, double radius, const QString &issuer, double unit)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(SealBlue, 5 * unit));
    painter.drawEllipse(center, radius, radius);
    painter.setPen(QPen(SealBlue, 2.5 * unit));
    painter.drawEllipse(center, radius * 0.68, radius * 0.68);

    painter.setPen(SealBlue);
    drawRingText(painter, center, radius * 0.76, issuer.toUpper() + QStringLiteral(" • "), unit);

    painter.setPen(Qt::NoPen);
    painter.setBrush(SealBlue);
    drawDiamond(painter, center, radius * 0.25);
    painter.setBrush(PaperColor);
    painter.drawEllipse(center, radius * 0.09, radius * 0.09);
}

void drawSignature(QPainter &painter, const QPointF &lineStart, double width, double unit)
{
    painter.setPen(QPen(InkGray, 2 * unit));
    painter.drawLine(lineStart, lineStart + QPointF(width, 0));

    QPainterPath scribble(lineStart + QPointF(width * 0.15, -12 * unit));
    scribble.cubicTo(lineStart + QPointF(width * 0.25, -70 * unit), lineStart + QPointF(width * 0.32, 10 * unit),
                     lineStart + QPointF(width * 0.42, -30 * unit));
    scribble.cubicTo(lineStart + QPointF(width * 0.5, -60 * unit), lineStart + QPointF(width * 0.55, 0),
                     lineStart + QPointF(width * 0.7, -25 * unit));
    scribble.cubicTo(lineStart + QPointF(width * 0.78, -40 * unit), lineStart + QPointF(width * 0.82, -5 * unit),
                     lineStart + QPointF(width * 0.9, -18 * unit));
    painter.setPen(QPen(SignatureInk, 3 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(scribble);
}

// Draws the QR code about QrSideCm wide in the bottom-right corner, inside
// the frame. Modules stay whole pixels so that the code remains sharp.
void drawQrCode(QPainter &painter, const QSizeF &size, const QString &text, double unit)
{
    if (text.isEmpty())
        return;
    const QImage single = renderQrCode(text, 1);
    if (single.isNull()) {
        qCWarning(lcSample) << "Cannot render a QR code for" << text;
        return;
    }
    const double targetSide = size.width() / A4WidthCm * QrSideCm;
    const int moduleSize = qMax(1, qRound(targetSide / single.width()));
    const QImage code = renderQrCode(text, moduleSize);
    const QPointF topLeft(size.width() - 95 * unit - code.width(), size.height() - 95 * unit - code.height());
    painter.drawImage(topLeft, code);
}

// A 5×6 placeholder portrait: a head-and-shoulders silhouette.
QImage renderPortrait()
{
    QImage image(500, 600, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, 0, 600);
    background.setColorAt(0, QColor(0xdd, 0xe6, 0xf0));
    background.setColorAt(1, QColor(0xa9, 0xbc, 0xd0));
    painter.fillRect(image.rect(), background);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2e, 0x3a, 0x59));
    painter.drawEllipse(QRectF(70, 400, 360, 330)); // shoulders
    painter.setBrush(QColor(0x3b, 0x2a, 0x20));
    painter.drawEllipse(QRectF(150, 110, 200, 250)); // hair
    painter.setBrush(QColor(0xe8, 0xc4, 0xa0));
    painter.drawEllipse(QRectF(168, 150, 164, 210)); // face
    painter.drawRect(QRectF(220, 340, 60, 70));      // neck
    return image;
}

Error sampleError(const QString &detail)
{
    qCWarning(lcSample).noquote() << detail;
    return Error{SampleGenerator::tr("The sample portfolio could not be created. Check the free disk space "
                                     "and try again."),
                 detail};
}

// Renders, saves and prepares the page of each item, reusing pages as the
// constants at the top of this file describe.
class PageSource
{
public:
    PageSource(const QString &workDir, bool unique) : m_workDir(workDir), m_unique(unique) {}
    bool prepare(const Draft &draft, int index, PreparedPage *out, Error *error);

private:
    QString m_workDir;
    bool m_unique;
    QHash<QString, PreparedPage> m_cache;
};

bool PageSource::prepare(const Draft &draft, int index, PreparedPage *out, Error *error)
{
    QString cacheKey;
    if (draft.portrait)
        cacheKey = QStringLiteral("portrait");
    else if (!m_unique)
        cacheKey = QStringLiteral("variant-%1").arg(index % VariantCount);
    if (!cacheKey.isEmpty() && m_cache.contains(cacheKey)) {
        *out = m_cache.value(cacheKey);
        return true;
    }

    const QImage image = draft.portrait ? renderPortrait() : SampleGenerator::renderCertificate(draft.spec);
    const QString path = QDir(m_workDir).filePath(QStringLiteral("sample-%1.jpg").arg(index, 5, 10, QLatin1Char('0')));
    if (!image.save(path, "JPG", PagePipeline::JpegQuality)) {
        *error = sampleError(QStringLiteral("Failed to write the sample page %1").arg(path));
        return false;
    }
    if (!PagePipeline::prepare(path, out, error))
        return false;
    if (!cacheKey.isEmpty())
        m_cache.insert(cacheKey, *out);
    return true;
}

// Saves the fictional teacher's profile unless the store already has one,
// so that adding sample items to a real portfolio keeps its owner.
bool saveSampleProfile(Store *store, const QDate &today, Error *error)
{
    if (!store->profile().fullName.isEmpty())
        return true;
    Profile profile;
    profile.fullName = QString::fromUtf8(TeacherName);
    profile.school = QString::fromUtf8(SchoolName);
    profile.position = QStringLiteral("Математика пәнінің мұғалімі");
    profile.subject = QStringLiteral("Математика");
    profile.specialty = QStringLiteral("Математика және информатика мұғалімі");
    profile.yearsOfExperience = 14;
    profile.currentCategory = QStringLiteral("moderator");
    profile.targetCategory = QStringLiteral("expert");
    profile.attestationDate = today.addMonths(3);

    PendingFile photo;
    photo.bytes = PagePipeline::encodeJpeg(renderPortrait(), PagePipeline::JpegQuality);
    photo.suffix = QStringLiteral("jpg");
    return store->saveProfile(profile, photo, error);
}

} // namespace

QImage SampleGenerator::renderCertificate(const CertificateSpec &spec)
{
    QImage image(spec.size, QImage::Format_RGB32);
    image.fill(PaperColor);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QSizeF size = spec.size;
    const double unit = size.width() / DesignWidth;
    const double width = size.width();
    const double height = size.height();
    const double margin = 140 * unit;
    drawBorder(painter, size, unit);

    drawText(painter, QRectF(margin, 0.075 * height, width - 2 * margin, 0.07 * height),
             Qt::AlignCenter | Qt::TextWordWrap, spec.issuer, sampleFont(30 * unit, false), InkGray);
    painter.setPen(QPen(OrnamentGold, 2 * unit));
    painter.drawLine(QPointF(width * 0.3, 0.155 * height), QPointF(width * 0.7, 0.155 * height));

    QFont headingFont = sampleFont(92 * unit, true);
    headingFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    drawText(painter, QRectF(margin / 2, 0.17 * height, width - margin, 0.12 * height), Qt::AlignCenter,
             spec.paperKind.toUpper(), headingFont, FrameBlue);

    drawText(painter, QRectF(margin, 0.32 * height, width - 2 * margin, 0.1 * height),
             Qt::AlignCenter | Qt::TextWordWrap, spec.recipient, sampleFont(54 * unit, true), RecipientBrown);
    drawText(painter, QRectF(margin + 10 * unit, 0.43 * height, width - 2 * margin - 20 * unit, 0.27 * height),
             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, spec.body, sampleFont(36 * unit, false), InkGray);

    const QPointF signatureLine(margin + 10 * unit, 0.77 * height);
    drawText(painter, QRectF(signatureLine.x(), signatureLine.y() - 0.065 * height, 400 * unit, 0.03 * height),
             Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Басшы"), sampleFont(30 * unit, false), InkGray);
    drawSignature(painter, signatureLine, 380 * unit, unit);
    if (spec.date.isValid()) {
        drawText(painter, QRectF(signatureLine.x(), signatureLine.y() + 0.02 * height, 400 * unit, 0.035 * height),
                 Qt::AlignLeft | Qt::AlignVCenter, spec.date.toString(QStringLiteral("dd.MM.yyyy")),
                 sampleFont(34 * unit, false), InkGray);
    }
    drawSeal(painter, QPointF(signatureLine.x() + 470 * unit, signatureLine.y() - 20 * unit), 105 * unit,
             spec.issuer, unit);
    drawQrCode(painter, size, spec.qrText, unit);
    return image;
}

QImage SampleGenerator::renderPhoto(const QImage &page, const QSize &photoSize, const Quad &corners)
{
    QImage photo(photoSize, QImage::Format_RGB32);
    const QColor deskLight(0x5a, 0x46, 0x38);
    const QColor deskDark(0x2e, 0x24, 0x1e);
    QPainter painter(&photo);
    QLinearGradient desk(0, 0, photoSize.width(), photoSize.height());
    desk.setColorAt(0, deskLight);
    desk.setColorAt(1, deskDark);
    painter.fillRect(photo.rect(), desk);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    const QPolygonF source({QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()),
                            QPointF(0, page.height())});
    const QPolygonF target({corners[0], corners[1], corners[2], corners[3]});
    QTransform transform;
    if (!QTransform::quadToQuad(source, target, transform)) {
        qCWarning(lcSample) << "renderPhoto: the corners" << target << "do not form a quadrilateral";
        return photo;
    }
    painter.setTransform(transform);
    painter.drawImage(QPointF(0, 0), page);
    painter.resetTransform();

    // Light falls from the top left, so the far side of the page is a little darker.
    QLinearGradient shade(0, 0, photoSize.width(), photoSize.height());
    shade.setColorAt(0, QColor(0, 0, 0, 0));
    shade.setColorAt(1, QColor(0, 0, 0, 60));
    painter.fillRect(photo.rect(), shade);
    return photo;
}

bool SampleGenerator::populate(Store *store, int count, quint32 seed, const QString &workDir, Error *error)
{
    Error local;
    const auto failed = [&](const Error &failure) {
        if (error)
            *error = failure;
        return false;
    };
    if (!store || !store->isOpen())
        return failed(sampleError(QStringLiteral("populate: the store is not open")));
    if (count < 0)
        return failed(sampleError(QStringLiteral("populate: invalid item count %1").arg(count)));
    if (!QDir().mkpath(workDir))
        return failed(sampleError(QStringLiteral("populate: failed to create the work folder %1").arg(workDir)));

    QElapsedTimer timer;
    timer.start();
    // NOTE: dates are relative to today, so the same seed gives the same
    // portfolio only on the same day.
    const QDate today = QDate::currentDate();
    if (!saveSampleProfile(store, today, &local))
        return failed(local);

    const Catalog &catalog = Catalog::instance();
    SlotPlanner planner(catalog);
    ItemDrafter drafter(catalog, seed, today);
    PageSource pages(workDir, count <= UniqueRenderLimit);
    int added = 0;
    for (int index = 0; index < count; ++index) {
        const Slot *slot = planner.next(drafter.random());
        if (!slot) {
            qCWarning(lcSample) << "Every catalog slot is full, so populate stopped after" << index << "of" << count << "items";
            break;
        }
        Draft draft = drafter.draft(*slot, index);
        PreparedPage prepared;
        if (!pages.prepare(draft, index, &prepared, &local))
            return failed(local);
        draft.item.barcodes = prepared.barcodes;
        if (!store->addItem(&draft.item, {prepared.pending}, &local))
            return failed(local);
        ++added;
    }
    qCInfo(lcSample) << "Added" << added << "sample items to" << store->dataDir() << "in" << timer.elapsed()
                     << "ms";
    return true;
}

int SampleGenerator::addAchievementResults(Store *store, const QDate &today, Error *error)
{
    if (!store || !store->isOpen()) {
        if (error)
            *error = sampleError(QStringLiteral("addAchievementResults: the store is not open"));
        return 0;
    }
    struct Series { const char *subject; const char *classGroup; int base; int trend; };
    static const Series series[] = {
        {"Алгебра", "7А", 64, 5},
        {"Алгебра", "8Ә", 71, 3},
        {"Геометрия", "7А", 58, 7},
        {"Геометрия", "8Ә", 69, -2},
    };
    // The last three academic years whose annual assessment (late May) is past.
    int lastYear = today.month() >= 9 ? today.year() : today.year() - 1;
    if (QDate(lastYear + 1, 5, 25) >= today)
        --lastYear;
    QList<Item> rows;
    for (int step = 0; step < 3; ++step) {
        const int year = lastYear - 2 + step;
        for (const Series &entry : series) {
            Item item;
            item.sectionKey = QStringLiteral("tables.achievement_dynamics");
            item.date = QDate(year + 1, 5, 25);
            item.fields.insert(QStringLiteral("subject"), QString::fromUtf8(entry.subject));
            item.fields.insert(QStringLiteral("class_group"), QString::fromUtf8(entry.classGroup));
            item.fields.insert(QStringLiteral("assessment_kind"), QStringLiteral("Жылдық жиынтық бағалау"));
            item.fields.insert(QStringLiteral("quality_percent"),
                               std::clamp(entry.base + entry.trend * step + (step == 1 ? 1 : 0), 0, 100));
            item.title = QStringLiteral("%1, %2-сынып, %3–%4 оқу жылы")
                             .arg(QString::fromUtf8(entry.subject), QString::fromUtf8(entry.classGroup))
                             .arg(year)
                             .arg(year + 1);
            rows.append(item);
        }
    }
    QList<Item *> pointers;
    for (Item &row : rows)
        pointers.append(&row);
    if (!store->addItems(pointers, QList<QList<PendingPage>>(rows.size()), error))
        return 0;
    return int(rows.size());
}

} // namespace qujat

namespace qujat {

QString SampleGenerator::sampleTeacherName()
{
    return QString::fromUtf8(TeacherName);
}

} // namespace qujat
