#pragma once

#include "ocr/datesfinder.h"
#include "util/error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace qujat {

// Whom a paper is about, as its text shows.
enum class Recipient {
    Unknown,
    Teacher, // the person named is the portfolio's teacher
    Student, // the person named is someone else, or is called a student
};

// Fields proposed from a page's text. Empty strings, an invalid date and
// zero hours mean "nothing found"; nothing here is filed without the user.
struct Suggestions
{
    QString paperKind;    // catalog paper kind key: diploma, thanks_letter ...
    QString title;        // the event or course named on the paper
    QDate date;
    bool dateAmbiguous = false;
    QList<QDate> dateAlternatives;
    QString level;        // catalog level key
    QString place;        // catalog place key
    QString person;       // the person the paper is about, as written
    Recipient recipient = Recipient::Unknown;
    QString issuer;
    int hours = 0;        // a course's hours
    QString sectionKey;   // catalog section
    QString kind;         // document kind key of that section

    bool isEmpty() const;
    // The fields as JSON-ready values: date as YYYY-MM-DD, empty ones left out.
    QVariantMap toVariantMap() const;
};

// Proposes fields from recognised text with the keyword tables of the
// catalog's recognition data (recognition.json beside catalog.json).
class Suggester
{
public:
    // Returns the suggester built from the data compiled into the application.
    static const Suggester &instance();

    // Reads keyword tables from a JSON file; returns false and fills `error`
    // when the file is unreadable or a table is missing.
    bool load(const QString &path, Error *error);

    // Proposes fields from `text`. `teacherName` is the profile's full name,
    // used to tell the teacher's own papers from the students'; `today`
    // bounds the dates that can be real.
    Suggestions suggest(const QString &text, const QString &teacherName,
                        const QDate &today = QDate::currentDate()) const;

    // Returns true when `written` names the same person as `fullName`,
    // allowing case endings («Әлиевой», «Серікқызына»), initials («Г. С.»),
    // any word order and Kazakh letters written as their Russian neighbours.
    static bool namesMatch(const QString &written, const QString &fullName);

    QList<FoundDate> findDates(const QString &text, const QDate &today = QDate::currentDate()) const;
    // Returns the key of the first table entry whose phrase occurs in
    // `text`: paper kinds, levels and places ("paperKinds", "levels", "places").
    QString matchKey(const QString &table, const QString &text) const;

private:
    struct KeyedPhrases
    {
        QString key;
        QList<QStringList> phrases; // each phrase as folded words
    };
    struct SectionRule
    {
        QStringList paperKinds;
        QList<QStringList> words;
        std::optional<bool> hours;
        std::optional<Recipient> recipient;
        bool stateAward = false;
        QString sectionKey;
        QString kind;
    };
    struct Paragraph
    {
        QString text;        // lines joined with spaces, as recognised
        QStringList words;   // folded words
    };

    static QList<Paragraph> paragraphsOf(const QString &text);
    QString findPaperKind(const QList<Paragraph> &paragraphs, int *paragraphIndex) const;
    int findIssuer(const QList<Paragraph> &paragraphs, int paperKindParagraph) const;
    QString findLevel(const QList<Paragraph> &paragraphs, int issuerParagraph) const;
    QString findTitle(const QList<Paragraph> &paragraphs, int skipParagraph, int issuerParagraph) const;
    QString findPerson(const QList<Paragraph> &paragraphs, const QString &teacherName, Recipient *recipient,
                       int issuerParagraph) const;
    int findHours(const QStringList &words) const;
    bool looksLikeName(const QStringList &words) const;

    QList<QStringList> m_months;
    QStringList m_yearWords;
    QHash<QString, QList<KeyedPhrases>> m_tables; // paperKinds, levels, places
    QList<QStringList> m_eventWords;
    QList<QStringList> m_issuerWords;
    QList<QStringList> m_recipientMarkers;
    QList<QStringList> m_studentMarkers;
    QList<QStringList> m_teacherMarkers;
    QList<QStringList> m_hoursUnits;
    QList<QStringList> m_stateAwardWords;
    QStringList m_patronymicEndings;
    QStringList m_surnameEndings;
    QList<SectionRule> m_rules;
};

} // namespace qujat
