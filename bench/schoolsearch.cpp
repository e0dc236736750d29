// Search across all teachers in administration mode: 100 teachers' stores
// of 200 items each, written directly into a school folder (the same
// Store as a bundle import fills), searched with SchoolReport::search.
// The baseline, in the same run: a plain SQLite LIKE over the same rows of
// the same databases (title, issuer, notes), which folds ASCII letters only
// and so misses Kazakh and Russian words in another case.

#include "benchsupport.h"

#include "school/schoolreport.h"
#include "school/schoolstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace qujat;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList Papers = {QStringLiteral("Құрмет грамотасы"), QStringLiteral("Алғыс хат"),
                            QStringLiteral("Сертификат"), QStringLiteral("Диплом"),
                            QStringLiteral("Почётная грамота"), QStringLiteral("Благодарственное письмо")};
const QStringList Topics = {QStringLiteral("облыстық олимпиада"), QStringLiteral("аудандық семинар"),
                            QStringLiteral("ашық сабақ"), QStringLiteral("біліктілікті арттыру курсы"),
                            QStringLiteral("республиканская конференция"), QStringLiteral("педагогические чтения"),
                            QStringLiteral("ғылыми жоба"), QStringLiteral("шеберлік сыныбы")};
const QStringList Issuers = {QStringLiteral("Аудандық білім бөлімі"), QStringLiteral("Облыстық білім басқармасы"),
                             QStringLiteral("«Өрлеу» БАҰО"), QStringLiteral("Министерство просвещения"),
                             QStringLiteral("№ 12 мектеп-гимназиясы")};
const QStringList Sections = {QStringLiteral("documents.achievements"), QStringLiteral("documents.courses"),
                              QStringLiteral("creativity.open_lessons"), QStringLiteral("creativity.publications")};

bool fillTeacher(const QString &dir, const QUuid &uuid, int items, quint32 seed, Error *error)
{
    Store store(dir);
    if (!store.open(error) || !store.setPortfolioUuid(uuid, error))
        return false;
    Profile profile;
    profile.fullName = QStringLiteral("Мұғалім %1").arg(seed);
    profile.subject = QStringLiteral("Математика");
    if (!store.saveProfile(profile, {}, error))
        return false;
    QRandomGenerator random(seed);
    QList<Item> list;
    for (int i = 0; i < items; ++i) {
        Item item;
        item.sectionKey = Sections.at(random.bounded(int(Sections.size())));
        item.title = Papers.at(random.bounded(int(Papers.size()))) + QStringLiteral(" — ")
            + Topics.at(random.bounded(int(Topics.size())));
        item.issuer = Issuers.at(random.bounded(int(Issuers.size())));
        item.level = QStringLiteral("district");
        item.date = QDate(2021 + random.bounded(5), 1 + random.bounded(12), 1 + random.bounded(28));
        item.notes = QStringLiteral("Тіркеу нөмірі %1").arg(random.bounded(100000));
        item.barcodes.append({QStringLiteral("QRCode"),
                              QStringLiteral("https://verify.example.kz/c/%1-%2").arg(seed).arg(i), {},
                              QStringLiteral("utf-8"), 0});
        list.append(item);
    }
    QList<Item *> pointers;
    for (Item &item : list)
        pointers.append(&item);
    return store.addItems(pointers, QList<QList<PendingPage>>(list.size()), error);
}

// The baseline: LIKE on the raw columns of every teacher's database.
int likeCount(const QList<Store *> &stores, const QString &text)
{
    int found = 0;
    const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
    for (Store *store : stores) {
        QSqlQuery query(store->connection());
        query.prepare(QStringLiteral("SELECT uuid, section_key, title, date FROM items WHERE title LIKE ? OR issuer LIKE ?"
                                     " OR notes LIKE ?"));
        for (int i = 0; i < 3; ++i)
            query.addBindValue(pattern);
        if (!query.exec())
            qFatal("baseline query failed: %s", qPrintable(query.lastError().text()));
        while (query.next())
            ++found;
    }
    return found;
}

// Store::search of every teacher: the same match, with the full summaries
// (page counts, thumbnails, fields) that the per-portfolio lists show.
int storeSearchCount(const QList<Store *> &stores, const QString &text)
{
    int found = 0;
    for (Store *store : stores)
        found += int(store->search(text).size());
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QLoggingCategory::setFilterRules(QStringLiteral("qujat.*.info=false"));
    QGuiApplication app(argc, argv);
    const int teachers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int items = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;

    QTemporaryDir dir;
    Error error;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < teachers; ++t) {
        const QUuid uuid = QUuid::createUuid();
        if (!fillTeacher(dir.filePath(QStringLiteral("teachers/") + uuid.toString(QUuid::WithoutBraces)), uuid, items,
                         quint32(1000 + t), &error)) {
            out() << "fill failed: " << error.detail << '\n';
            return 1;
        }
    }
    out() << "filled " << teachers << " teachers x " << items << " items in " << timer.elapsed() << " ms\n";

    school::SchoolStore school(dir.path());
    if (!school.open(&error)) {
        out() << "open failed: " << error.detail << '\n';
        return 1;
    }
    QList<Store *> stores;
    for (const school::TeacherSummary &teacher : school.teachers())
        stores.append(school.teacherStore(teacher.portfolioUuid, &error));
    out() << "school open with " << stores.size() << " teachers\n";

    const QStringList queries = {QStringLiteral("олимпиада"), QStringLiteral("ОЛИМПИАДА"),
                                 QStringLiteral("құрмет"), QStringLiteral("Өрлеу"), QStringLiteral("грамота"),
                                 QStringLiteral("1042-17"), QStringLiteral("нөмірі 4242")};
    school::SchoolSearchIndex index;
    timer.restart();
    index.refresh(school);
    out() << "SchoolSearchIndex built for " << stores.size() << " teachers in " << timer.elapsed() << " ms\n";
    // One warm-up round: the first query of each store prepares statements.
    for (const QString &query : queries) {
        school::SchoolReport::search(school, query);
        likeCount(stores, query);
    }
    out() << "| query | hits | SchoolSearchIndex ms | SchoolReport::search ms | Store::search x100 ms | hits (LIKE) | LIKE ms | ratio to LIKE |\n"
             "|---|---|---|---|---|---|---|---|\n";
    QList<double> allOurs;
    QList<double> allLike;
    for (const QString &query : queries) {
        QList<double> ours;
        QList<double> like;
        QList<double> perStore;
        QList<double> indexed;
        int indexedHits = 0;
        int oursHits = 0;
        int likeHits = 0;
        for (int round = 0; round < 7; ++round) {
            timer.restart();
            indexedHits = int(index.search(school, query).size());
            indexed.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            oursHits = int(school::SchoolReport::search(school, query).size());
            ours.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            likeHits = likeCount(stores, query);
            like.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            storeSearchCount(stores, query);
            perStore.append(timer.nsecsElapsed() / 1e6);
        }
        if (indexedHits != oursHits)
            qFatal("the index found %d, the SQL search %d", indexedHits, oursHits);
        const double o = bench::median(indexed);
        const double l = bench::median(like);
        allOurs.append(o);
        allLike.append(l);
        out() << "| " << query << " | " << oursHits << " | " << QString::number(o, 'f', 1) << " | "
              << QString::number(bench::median(ours), 'f', 1) << " | "
              << QString::number(bench::median(perStore), 'f', 1) << " | " << likeHits
              << " | " << QString::number(l, 'f', 1) << " | " << QString::number(o / l, 'f', 2) << " |\n";
    }
    out() << "median over queries: ours (SchoolSearchIndex) " << QString::number(bench::median(allOurs), 'f', 1) << " ms, LIKE "
          << QString::number(bench::median(allLike), 'f', 1) << " ms (goal: ours <= 50 ms)\n";
    return 0;
}
