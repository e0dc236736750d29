#include "ocr/suggester.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace qujat {

namespace {

constexpr int MaxHeadingWords = 4;   // a paper kind printed as the heading
constexpr int MaxIssuerWords = 16;
constexpr int MaxTitleWords = 16;
constexpr int MaxCourseHours = 2000;

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff;
}

// Latin letters that Tesseract may return for their Cyrillic look-alikes.
QChar cyrillicLookAlike(QChar c)
{
    static const QHash<QChar, QChar> map = {
        {QLatin1Char('a'), QChar(0x0430)}, {QLatin1Char('e'), QChar(0x0435)}, {QLatin1Char('o'), QChar(0x043e)},
        {QLatin1Char('p'), QChar(0x0440)}, {QLatin1Char('c'), QChar(0x0441)}, {QLatin1Char('x'), QChar(0x0445)},
        {QLatin1Char('y'), QChar(0x0443)}, {QLatin1Char('k'), QChar(0x043a)}, {QLatin1Char('m'), QChar(0x043c)},
        {QLatin1Char('t'), QChar(0x0442)}, {QLatin1Char('h'), QChar(0x043d)}, {QLatin1Char('b'), QChar(0x0432)},
        {QLatin1Char('i'), QChar(0x0456)},
    };
    return map.value(c, c);
}

// Folds one recognised word for matching: lower case, ё as е, Latin
// look-alikes in a Cyrillic word as Cyrillic, and Roman numerals I to III
// (also when read as Cyrillic і, l or |) as Latin "i", "ii", "iii".
// Tesseract reads a printed II as Cyrillic «П» and III as «Ш» at times, so
// those letters standing alone become "ii" and "iii" too; they only count
// before a place word («П дәрежелі»), because phrases need the next word.
QString foldWord(const QString &word)
{
    QString folded = word.toLower();
    folded.replace(QChar(0x0451), QChar(0x0435));
    static const QRegularExpression roman(QStringLiteral("^[iі|l]{1,3}$"));
    if (roman.match(folded).hasMatch() && folded.size() <= 3)
        return QString(folded.size(), QLatin1Char('i'));
    if (folded == QString(QChar(0x043f)))
        return QStringLiteral("ii");
    if (folded == QString(QChar(0x0448)))
        return QStringLiteral("iii");
    if (std::any_of(folded.cbegin(), folded.cend(), isCyrillic)) {
        for (QChar &c : folded)
            c = cyrillicLookAlike(c);
    }
    return folded;
}

// A recognised word and its position in its paragraph's text.
struct Word
{
    QString folded;
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Word> wordsWithPositions(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("[\\p{L}|]+|\\d+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QList<Word> words;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append(Word{foldWord(match.captured(0)), match.capturedStart(), match.capturedEnd()});
    }
    return words;
}

QStringList foldedWords(const QString &text)
{
    QStringList words;
    for (const Word &word : wordsWithPositions(text))
        words.append(word.folded);
    return words;
}

// A phrase word of one or two letters is a whole word (Roman numerals,
// digits); a longer one is the start of a word, to allow endings.
bool phraseAt(const QStringList &words, qsizetype index, const QStringList &phrase)
{
    if (phrase.isEmpty() || index + phrase.size() > words.size())
        return false;
    for (qsizetype k = 0; k < phrase.size(); ++k) {
        const QString &part = phrase.at(k);
        const QString &word = words.at(index + k);
        if (part.size() <= 2 ? word != part : !word.startsWith(part))
            return false;
    }
    return true;
}

// Returns the first index where any of `phrases` starts, or -1.
qsizetype findAny(const QStringList &words, const QList<QStringList> &phrases, qsizetype from = 0)
{
    for (qsizetype i = from; i < words.size(); ++i) {
        for (const QStringList &phrase : phrases) {
            if (phraseAt(words, i, phrase))
                return i;
        }
    }
    return -1;
}

bool containsAny(const QStringList &words, const QList<QStringList> &phrases)
{
    return findAny(words, phrases) >= 0;
}

QList<QStringList> phraseList(const QJsonArray &array)
{
    QList<QStringList> phrases;
    for (const QJsonValue &value : array) {
        const QStringList words = foldedWords(value.toString());
        if (!words.isEmpty())
            phrases.append(words);
    }
    return phrases;
}

QStringList stringList(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list.append(foldWord(value.toString()));
    return list;
}

QString trimmedField(QString text)
{
    static const QRegularExpression edges(QStringLiteral("^[\\s,.;:—–\\-]+|[\\s,.;:—–\\-]+$"));
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return text.remove(edges);
}

// Kazakh letters as their nearest Russian ones, so that «Әлиева» written
// in a Russian text as «Алиева» still matches.
QString foldName(const QString &word)
{
    static const QHash<QChar, QChar> map = {
        {QChar(0x04d9), QChar(0x0430)}, {QChar(0x0493), QChar(0x0433)}, {QChar(0x049b), QChar(0x043a)},
        {QChar(0x04a3), QChar(0x043d)}, {QChar(0x04e9), QChar(0x043e)}, {QChar(0x04b1), QChar(0x0443)},
        {QChar(0x04af), QChar(0x0443)}, {QChar(0x04bb), QChar(0x0445)}, {QChar(0x0456), QChar(0x0438)},
    };
    QString folded;
    for (QChar c : foldWord(word)) {
        if (c == QChar(0x044c) || c == QChar(0x044a)) // ь, ъ
            continue;
        folded.append(map.value(c, c));
    }
    return folded;
}

// Two spellings of a name word match when they share a stem: all of a
// short word, or all but three letters of a longer one (case endings).
bool nameWordsMatch(const QString &a, const QString &b)
{
    const qsizetype shorter = qMin(a.size(), b.size());
    qsizetype common = 0;
    while (common < shorter && a.at(common) == b.at(common))
        ++common;
    const qsizetype required = shorter <= 4 ? shorter : qMax<qsizetype>(4, shorter - 3);
    return common >= required;
}

// True when the text holds a sentence end followed by more text, or ends
// with a full stop after a lowercase word: body text, not a name or heading.
bool isSentence(const QString &text)
{
    static const QRegularExpression sentence(QStringLiteral("[.!?]\\s+\\p{Lu}|\\p{Ll}{3,}[.!?]$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    return sentence.match(text).hasMatch();
}

bool startsUpper(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

// The text of a name from its first to its last word, keeping the dot of a
// final initial («Әлиева Г.С.»).
QString nameText(const QString &text, const Word &first, const Word &last)
{
    qsizetype end = last.end;
    if (last.end - last.start == 1 && end < text.size() && text.at(end) == QLatin1Char('.'))
        ++end;
    return text.mid(first.start, end - first.start).simplified();
}

} // namespace

bool Suggestions::isEmpty() const
{
    return paperKind.isEmpty() && title.isEmpty() && !date.isValid() && level.isEmpty() && place.isEmpty()
        && person.isEmpty() && issuer.isEmpty() && hours == 0 && sectionKey.isEmpty();
}

QVariantMap Suggestions::toVariantMap() const
{
    QVariantMap map;
    const auto put = [&map](const char *key, const QString &value) {
        if (!value.isEmpty())
            map.insert(QLatin1String(key), value);
    };
    put("paperKind", paperKind);
    put("kind", kind);
    put("section", sectionKey);
    put("title", title);
    if (date.isValid()) {
        map.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
        if (dateAmbiguous) {
            map.insert(QStringLiteral("dateAmbiguous"), true);
            QStringList alternatives;
            for (const QDate &alternative : dateAlternatives)
                alternatives.append(alternative.toString(Qt::ISODate));
            map.insert(QStringLiteral("dateAlternatives"), alternatives);
        }
    }
    put("level", level);
    put("place", place);
    put("person", person);
    if (recipient != Recipient::Unknown)
        map.insert(QStringLiteral("recipient"),
                   recipient == Recipient::Teacher ? QStringLiteral("teacher") : QStringLiteral("student"));
    put("issuer", issuer);
    if (hours > 0)
        map.insert(QStringLiteral("hours"), hours);
    return map;
}

const Suggester &Suggester::instance()
{
    static const Suggester suggester = [] {
        Suggester loaded;
        Error error;
        if (!loaded.load(QStringLiteral(":/qujat/recognition.json"), &error))
            qCCritical(lcCatalog).noquote() << "The recognition keyword tables are invalid:" << error.detail;
        return loaded;
    }();
    return suggester;
}

bool Suggester::load(const QString &path, Error *error)
{
    const auto fail = [&](const QString &detail) {
        *error = Error{QCoreApplication::translate("Catalog", "The portfolio catalog is invalid. Reinstall "
                                                              "Qujat to restore it."),
                       QStringLiteral("%1: %2").arg(path, detail)};
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = document.object();

    const QJsonArray months = root.value(QStringLiteral("months")).toArray();
    if (months.size() != 12)
        return fail(QStringLiteral("'months' must list 12 months"));
    m_months.clear();
    for (const QJsonValue &month : months)
        m_months.append(stringList(month.toArray()));
    m_yearWords = stringList(root.value(QStringLiteral("yearWords")).toArray());

    m_tables.clear();
    for (const QString &table : {QStringLiteral("paperKinds"), QStringLiteral("levels"), QStringLiteral("places")}) {
        const QJsonArray entries = root.value(table).toArray();
        if (entries.isEmpty())
            return fail(QStringLiteral("'%1' is missing or empty").arg(table));
        QList<KeyedPhrases> keyed;
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            KeyedPhrases phrases{object.value(QStringLiteral("key")).toString(),
                                 phraseList(object.value(QStringLiteral("phrases")).toArray())};
            if (phrases.key.isEmpty() || phrases.phrases.isEmpty())
                return fail(QStringLiteral("an entry of '%1' has no key or no phrases").arg(table));
            keyed.append(phrases);
        }
        m_tables.insert(table, keyed);
    }

    const auto phrases = [&root](const char *key) { return phraseList(root.value(QLatin1String(key)).toArray()); };
    m_eventWords = phrases("eventWords");
    m_issuerWords = phrases("issuerWords");
    m_recipientMarkers = phrases("recipientMarkers");
    m_studentMarkers = phrases("studentMarkers");
    m_teacherMarkers = phrases("teacherMarkers");
    m_hoursUnits = phrases("hoursUnits");
    m_stateAwardWords = phrases("stateAwardWords");
    const QJsonObject endings = root.value(QStringLiteral("nameEndings")).toObject();
    m_patronymicEndings = stringList(endings.value(QStringLiteral("patronymic")).toArray());
    m_surnameEndings = stringList(endings.value(QStringLiteral("surname")).toArray());

    m_rules.clear();
    for (const QJsonValue &value : root.value(QStringLiteral("sectionRules")).toArray()) {
        const QJsonObject object = value.toObject();
        SectionRule rule;
        for (const QJsonValue &kind : object.value(QStringLiteral("paperKinds")).toArray())
            rule.paperKinds.append(kind.toString());
        rule.words = phraseList(object.value(QStringLiteral("words")).toArray());
        if (object.contains(QStringLiteral("hours")))
            rule.hours = object.value(QStringLiteral("hours")).toBool();
        const QString recipient = object.value(QStringLiteral("recipient")).toString();
        if (recipient == QLatin1String("student"))
            rule.recipient = Recipient::Student;
        else if (recipient == QLatin1String("teacher"))
            rule.recipient = Recipient::Teacher;
        rule.stateAward = object.value(QStringLiteral("stateAward")).toBool();
        rule.sectionKey = object.value(QStringLiteral("section")).toString();
        rule.kind = object.value(QStringLiteral("kind")).toString();
        if (rule.sectionKey.isEmpty())
            return fail(QStringLiteral("a section rule has no section"));
        m_rules.append(rule);
    }
    if (m_rules.isEmpty() || m_eventWords.isEmpty() || m_issuerWords.isEmpty())
        return fail(QStringLiteral("'sectionRules', 'eventWords' or 'issuerWords' is missing"));
    return true;
}

QList<FoundDate> Suggester::findDates(const QString &text, const QDate &today) const
{
    return DatesFinder(m_months, m_yearWords, today).find(text);
}

QString Suggester::matchKey(const QString &table, const QString &text) const
{
    const QStringList words = foldedWords(text);
    for (const KeyedPhrases &entry : m_tables.value(table)) {
        if (containsAny(words, entry.phrases))
            return entry.key;
    }
    return {};
}

bool Suggester::namesMatch(const QString &written, const QString &fullName)
{
    static const QRegularExpression letters(QStringLiteral("\\p{L}+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList writtenWords;
    for (auto it = letters.globalMatch(written); it.hasNext();)
        writtenWords.append(foldName(it.next().captured(0)));
    QStringList fullWords;
    for (auto it = letters.globalMatch(fullName); it.hasNext();)
        fullWords.append(foldName(it.next().captured(0)));
    if (writtenWords.isEmpty() || fullWords.size() < 2)
        return false;

    int wholeMatches = 0;
    int initialMatches = 0;
    QList<bool> used(writtenWords.size(), false);
    for (const QString &full : std::as_const(fullWords)) {
        for (qsizetype i = 0; i < writtenWords.size(); ++i) {
            const QString &word = writtenWords.at(i);
            if (used.at(i))
                continue;
            if (word.size() == 1 && full.startsWith(word)) {
                used[i] = true;
                ++initialMatches;
                break;
            }
            if (word.size() > 1 && nameWordsMatch(word, full)) {
                used[i] = true;
                ++wholeMatches;
                break;
            }
        }
    }
    // The surname or the first name in full, and one more word in full or as an initial.
    return wholeMatches >= 1 && wholeMatches + initialMatches >= 2;
}

QList<Suggester::Paragraph> Suggester::paragraphsOf(const QString &text)
{
    QList<Paragraph> paragraphs;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &block : text.split(blankLine, Qt::SkipEmptyParts)) {
        const QString joined = block.simplified();
        if (joined.isEmpty())
            continue;
        paragraphs.append(Paragraph{joined, foldedWords(joined)});
    }
    return paragraphs;
}

// The heading (a short paragraph that is a paper kind) wins; otherwise the
// paper kind named first.
QString Suggester::findPaperKind(const QList<Paragraph> &paragraphs, int *paragraphIndex) const
{
    const QList<KeyedPhrases> kinds = m_tables.value(QStringLiteral("paperKinds"));
    *paragraphIndex = -1;
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs.at(i).words.size() > MaxHeadingWords)
            continue;
        for (const KeyedPhrases &kind : kinds) {
            if (findAny(paragraphs.at(i).words, kind.phrases) >= 0) {
                *paragraphIndex = i;
                return kind.key;
            }
        }
    }
    for (int i = 0; i < paragraphs.size(); ++i) {
        qsizetype best = -1;
        QString bestKey;
        for (const KeyedPhrases &kind : kinds) {
            const qsizetype at = findAny(paragraphs.at(i).words, kind.phrases);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                bestKey = kind.key;
            }
        }
        if (!bestKey.isEmpty())
            return bestKey;
    }
    return {};
}

// The issuer is the first short paragraph that names an organisation and
// is neither a sentence nor an event, whose name may contain an
// organisation word («Цифрлық мектеп» форумы).
int Suggester::findIssuer(const QList<Paragraph> &paragraphs, int paperKindParagraph) const
{
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QStringList &words = paragraphs.at(i).words;
        if (i == paperKindParagraph || words.size() > MaxIssuerWords || words.size() < 2)
            continue;
        if (isSentence(paragraphs.at(i).text) || containsAny(words, m_recipientMarkers)
            || containsAny(words, m_studentMarkers) || containsAny(words, m_eventWords) || findHours(words) > 0)
            continue;
        if (containsAny(words, m_issuerWords))
            return i;
    }
    return -1;
}

// A level word right before an event word («облыстық олимпиада») or before
// «деңгей» / «уровень» wins over one in an organisation's name.
QString Suggester::findLevel(const QList<Paragraph> &paragraphs, int issuerParagraph) const
{
    static const QList<QStringList> levelNouns = {{QStringLiteral("деңгей")}, {QStringLiteral("уровн")},
                                                  {QStringLiteral("этап")}, {QStringLiteral("кезең")}};
    QString best;
    int bestScore = -1;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QStringList &words = paragraphs.at(i).words;
        for (const KeyedPhrases &level : m_tables.value(QStringLiteral("levels"))) {
            for (qsizetype at = findAny(words, level.phrases); at >= 0; at = findAny(words, level.phrases, at + 1)) {
                int score = i == issuerParagraph ? 0 : 1;
                const QStringList after = words.mid(at + 1, 4);
                if (containsAny(after, m_eventWords) || containsAny(after.mid(0, 2), levelNouns))
                    score += 2;
                if (score > bestScore) {
                    bestScore = score;
                    best = level.key;
                }
            }
        }
    }
    return best;
}

// The event or course: a short paragraph naming one, or the clause of a
// longer paragraph that ends with the event word.
QString Suggester::findTitle(const QList<Paragraph> &paragraphs, int skipParagraph, int issuerParagraph) const
{
    // A short paragraph that is not a sentence wins, one with a name in
    // quotes («Зерек») first.
    QList<int> order;
    for (const int pass : {0, 1, 2}) {
        for (int i = 0; i < paragraphs.size(); ++i) {
            const bool quoted = paragraphs.at(i).text.contains(QChar(0x00ab));
            const bool sentence = isSentence(paragraphs.at(i).text);
            const int rank = sentence ? 2 : (quoted ? 0 : 1);
            if (rank == pass)
                order.append(i);
        }
    }
    QString longCandidate;
    for (const int i : std::as_const(order)) {
        if (i == skipParagraph || i == issuerParagraph)
            continue;
        const Paragraph &paragraph = paragraphs.at(i);
        const qsizetype eventAt = findAny(paragraph.words, m_eventWords);
        if (eventAt < 0)
            continue;
        if (paragraph.words.size() <= MaxTitleWords && !containsAny(paragraph.words, m_recipientMarkers)
            && !isSentence(paragraph.text)) {
            // A place printed right under the title may share its paragraph.
            qsizetype placeAt = -1;
            for (const KeyedPhrases &place : m_tables.value(QStringLiteral("places"))) {
                const qsizetype at = findAny(paragraph.words, place.phrases, eventAt + 1);
                if (at >= 0 && (placeAt < 0 || at < placeAt))
                    placeAt = at;
            }
            if (placeAt < 0)
                return trimmedField(paragraph.text);
            return trimmedField(paragraph.text.left(wordsWithPositions(paragraph.text).at(placeAt).start));
        }
        if (!longCandidate.isEmpty())
            continue;
        const QList<Word> words = wordsWithPositions(paragraph.text);
        const qsizetype end = words.at(eventAt).end;
        qsizetype start = 0;
        for (qsizetype p = words.at(eventAt).start; p > 0; --p) {
            const QChar c = paragraph.text.at(p - 1);
            if (c == QLatin1Char('.') || c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('!')) {
                start = p;
                break;
            }
        }
        const qsizetype quote = paragraph.text.indexOf(QChar(0x00ab), start);
        if (quote >= 0 && quote < words.at(eventAt).start)
            start = quote;
        longCandidate = trimmedField(paragraph.text.mid(start, end - start));
    }
    return longCandidate;
}

bool Suggester::looksLikeName(const QStringList &words) const
{
    if (words.size() < 2 || words.size() > 4)
        return false;
    bool ending = false;
    int initials = 0;
    for (const QString &word : words) {
        if (word.size() == 1) {
            ++initials;
            continue;
        }
        for (const QString &suffix : m_patronymicEndings + m_surnameEndings) {
            if (word.size() > suffix.size() + 1 && word.endsWith(suffix))
                ending = true;
        }
    }
    return ending || (initials >= 1 && initials < words.size());
}

// The person is a line of two to four capitalised words that look like a
// name, or the capitalised words after «оқушысы» / «ученик». A name after
// «жетекшісі» / «руководитель» is the supervising teacher, not the recipient.
QString Suggester::findPerson(const QList<Paragraph> &paragraphs, const QString &teacherName, Recipient *recipient,
                              int issuerParagraph) const
{
    *recipient = Recipient::Unknown;
    const auto decide = [&](const QString &person, bool calledStudent) {
        if (!teacherName.isEmpty() && namesMatch(person, teacherName))
            *recipient = Recipient::Teacher;
        else if (calledStudent || !teacherName.isEmpty())
            *recipient = Recipient::Student;
        return person;
    };

    // A paragraph, or the start of one, that is a name.
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i == issuerParagraph)
            continue;
        const Paragraph &paragraph = paragraphs.at(i);
        const QList<Word> words = wordsWithPositions(paragraph.text);
        qsizetype count = 0;
        while (count < words.size() && count < 4) {
            const QString original = paragraph.text.mid(words.at(count).start, words.at(count).end - words.at(count).start);
            if (!startsUpper(original) || words.at(count).folded.at(0).isDigit())
                break;
            ++count;
        }
        const bool wholeParagraph = count == words.size();
        if (count < 2 || (!wholeParagraph && count < 3))
            continue;
        QStringList folded;
        for (qsizetype k = 0; k < count; ++k)
            folded.append(words.at(k).folded);
        if (!looksLikeName(folded) || containsAny(folded, m_issuerWords) || containsAny(folded, m_eventWords))
            continue;
        const bool afterTeacherMarker = i > 0 && containsAny(paragraphs.at(i - 1).words.mid(paragraphs.at(i - 1).words.size() - 2), m_teacherMarkers);
        if (afterTeacherMarker)
            continue;
        return decide(nameText(paragraph.text, words.at(0), words.at(count - 1)), false);
    }

    // Capitalised words after a student or recipient marker inside a sentence.
    for (const Paragraph &paragraph : paragraphs) {
        const QList<Word> words = wordsWithPositions(paragraph.text);
        for (const auto &[markers, student] : {std::pair{&m_studentMarkers, true}, std::pair{&m_recipientMarkers, false}}) {
            const qsizetype at = findAny(paragraph.words, *markers);
            if (at < 0)
                continue;
            // The first run of two or three capitalised words within a few
            // words of the marker («ученица 7 «А» класса Иванова Мария»).
            const auto capitalised = [&](qsizetype k) {
                return startsUpper(paragraph.text.mid(words.at(k).start, 1)) && !words.at(k).folded.at(0).isDigit()
                    && (words.at(k).end - words.at(k).start > 1
                        || (words.at(k).end < paragraph.text.size() && paragraph.text.at(words.at(k).end) == QLatin1Char('.')));
            };
            for (qsizetype first = at + 1; first < words.size() && first <= at + 6; ++first) {
                qsizetype last = first;
                while (last < words.size() && last < first + 3 && capitalised(last))
                    ++last;
                if (last - first >= 2)
                    return decide(nameText(paragraph.text, words.at(first), words.at(last - 1)), student);
            }
        }
    }
    return {};
}

int Suggester::findHours(const QStringList &words) const
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        for (const QStringList &unit : m_hoursUnits) {
            if (!phraseAt(words, i, unit))
                continue;
            bool ok = false;
            const int hours = words.at(i - 1).toInt(&ok);
            if (ok && hours > 0 && hours <= MaxCourseHours)
                return hours;
        }
    }
    return 0;
}

Suggestions Suggester::suggest(const QString &text, const QString &teacherName, const QDate &today) const
{
    Suggestions result;
    const QList<Paragraph> paragraphs = paragraphsOf(text);
    QStringList allWords;
    for (const Paragraph &paragraph : paragraphs)
        allWords.append(paragraph.words);

    int headingParagraph = -1;
    result.paperKind = findPaperKind(paragraphs, &headingParagraph);
    const int issuerParagraph = findIssuer(paragraphs, headingParagraph);
    if (issuerParagraph >= 0)
        result.issuer = trimmedField(paragraphs.at(issuerParagraph).text);
    result.level = findLevel(paragraphs, issuerParagraph);
    result.title = findTitle(paragraphs, headingParagraph, issuerParagraph);
    result.person = findPerson(paragraphs, teacherName, &result.recipient, issuerParagraph);
    result.hours = findHours(allWords);
    for (const KeyedPhrases &place : m_tables.value(QStringLiteral("places"))) {
        if (containsAny(allWords, place.phrases)) {
            result.place = place.key;
            break;
        }
    }

    if (const std::optional<FoundDate> date = DatesFinder::documentDate(findDates(text, today))) {
        result.date = date->date;
        result.dateAmbiguous = date->ambiguous;
        result.dateAlternatives = date->alternatives;
    }

    const bool stateAward = containsAny(allWords, m_stateAwardWords);
    for (const SectionRule &rule : m_rules) {
        if (rule.stateAward && !stateAward)
            continue;
        if (!rule.paperKinds.isEmpty() && !rule.paperKinds.contains(result.paperKind))
            continue;
        if (!rule.words.isEmpty() && !containsAny(allWords, rule.words))
            continue;
        if (rule.hours && *rule.hours != (result.hours > 0))
            continue;
        if (rule.recipient && *rule.recipient != result.recipient)
            continue;
        result.sectionKey = rule.sectionKey;
        result.kind = rule.kind;
        break;
    }
    return result;
}

} // namespace qujat
