#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qujat {

// A name in the three interface languages. The Kazakh text is the official
// wording of the attestation guidance.
struct LocalizedText
{
    QString kk;
    QString ru;
    QString en;

    // Returns the text for a language code ("kk", "ru", "en"), falling back
    // to Kazakh when that translation is empty.
    QString text(const QString &language) const;
};

enum class FieldType {
    Text,       // one line
    LongText,   // several lines
    Date,
    Level,      // one of Catalog::levels()
    Place,      // one of Catalog::places()
    ClassGroup, // a class or group, e.g. "7А"
    Percent,    // 0..100
    Person,     // a person's full name
    Number,
    Choice,     // one of FieldDef::options
};

// A typed column of a table, or an extra field of a section or a document
// kind. Values live in Item::fields by key, except that a column keyed
// "date" is the item's own date (Item::date) and one keyed "level" is
// Item::level.
struct FieldDef
{
    QString key;
    FieldType type = FieldType::Text;
    LocalizedText name;
    bool required = false;
    QList<QPair<QString, LocalizedText>> options; // for FieldType::Choice
};

// An official document slot of a section (e.g. "identity" in section 1).
struct DocumentKind
{
    QString key;
    LocalizedText name;
    bool required = false;  // the section is incomplete without it
    int maxItems = 0;       // 0 means no limit
    int windowYears = 0;    // 0 means the section's window applies
    QList<FieldDef> fields; // extra fields of items of this kind, after the section's columns
    // A profile fact that makes a required kind required at all, e.g.
    // "profile.currentCategory": the previous category certificate is needed
    // only from a teacher who has a category. Empty means always.
    QString requiredIf;
    // A profile fact that counts as an item of this kind, e.g. "profile.photo":
    // the portrait stored with the profile. Empty means none.
    QString profileAlternative;
    QString direction;      // key of the 2024 direction; empty means the section's
};

// A section of a portfolio, or one of the tables I-VIII.
struct Section
{
    QString key;
    QString portfolioKey;
    QString number;          // "1", "2", ... for sections, "I" ... "VIII" for tables
    LocalizedText name;
    LocalizedText hint;      // what belongs here, one or two sentences
    bool isTable = false;
    QList<FieldDef> columns; // table columns, or extra fields of the section
    QList<DocumentKind> kinds;
    int maxItems = 0;        // 0 means no limit
    int windowYears = 5;     // items older than this before the attestation are out of the
                             // window, and 0 means no window (identity papers, diplomas)
    QString direction;       // key of the 2024 direction its kinds belong to by default
};

struct Portfolio
{
    QString key;
    LocalizedText name;
    QStringList sectionKeys; // in official order
};

// A key with a localized name: levels, places, categories, paper kinds,
// and the four directions of the attestation rules as amended in 2024.
struct Term
{
    QString key;
    LocalizedText name;
};

// The profile facts a document kind's "requiredIf" and "profileAlternative"
// may name.
inline constexpr const char *ProfileCurrentCategory = "profile.currentCategory";
inline constexpr const char *ProfilePhoto = "profile.photo";

// The official structure of the attestation portfolio, loaded from the
// catalog data file compiled into the resources.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    // Returns the catalog compiled into the application. Aborts at start-up
    // when the resource is missing or invalid, because nothing works without it.
    static const Catalog &instance();

    // Parses a catalog data file; returns false and fills `error` when the
    // file is unreadable or its structure is invalid.
    bool load(const QString &path, Error *error);

    int version() const { return m_version; }
    const QList<Portfolio> &portfolios() const { return m_portfolios; }
    const QList<Section> &sections() const { return m_sections; } // official order
    const Section *section(const QString &key) const;
    const DocumentKind *documentKind(const QString &sectionKey, const QString &kindKey) const;

    // Returns the window in years for items of a kind: the kind's own window
    // when it has one, otherwise the section's. 0 means no window, and an
    // unknown section also yields 0.
    int windowYears(const QString &sectionKey, const QString &kindKey) const;

    const QList<Term> &levels() const { return m_levels; }         // international ... school
    const QList<Term> &places() const { return m_places; }         // grand prix, 1st place ... participant
    const QList<Term> &categories() const { return m_categories; } // qualification categories
    const QList<Term> &paperKinds() const { return m_paperKinds; } // diploma, letter of thanks ...
    const Portfolio *portfolio(const QString &key) const;
    const Term *level(const QString &key) const;
    const Term *place(const QString &key) const;
    const Term *category(const QString &key) const;
    const Term *paperKind(const QString &key) const;

    // The four directions of the 2024 rules, in their official order.
    const QList<Term> &directions() const { return m_directions; }
    const Term *direction(const QString &key) const;
    // Returns the direction key of items of a kind: the kind's own when it
    // has one, otherwise the section's. Empty for an unknown section.
    QString directionOf(const QString &sectionKey, const QString &kindKey) const;

private:
    int m_version = 0;
    QList<Portfolio> m_portfolios;
    QList<Section> m_sections;
    QHash<QString, int> m_sectionIndex;
    QList<Term> m_levels;
    QList<Term> m_places;
    QList<Term> m_categories;
    QList<Term> m_paperKinds;
    QList<Term> m_directions;
};

QString fieldTypeName(FieldType type);

} // namespace qujat
