#pragma once

#include "bundle/bundlereader.h"
#include "store/store.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QUuid>

#include <map>
#include <memory>
#include <optional>

namespace qujat::school {

// One teacher in the administration's list: the row of the school
// database, rebuilt from the teacher's own store whenever they disagree.
struct TeacherSummary
{
    QUuid portfolioUuid;
    QString fullName;
    QString school;
    QString subject;
    QString targetCategory;     // category key sought
    QDate attestationDate;
    QUuid lastBundleUuid;
    QDateTime lastBundleExported;
    QDateTime lastImported;
    QString pinnedKey;          // base64 Ed25519 key, empty when only unsigned bundles came
    int keyChanges = 0;         // accepted changes of key or unsigned bundles
    int items = 0;
};

// Readiness of an imported teacher's portfolio for the commission, from the
// checks of app/core/rules/readiness.h run on the teacher's store at the
// school. The figures match what the teacher's own app shows.
struct TeacherReadiness
{
    int percent = 0;            // ReadinessReport::percent(), 0-100
    int findings = 0;           // number of findings; 0 means ready
    QDate attestationDate;      // the date the windows were checked against
    bool isReady() const { return findings == 0; }
};

// Runs the readiness checks on one teacher's store (read only).
TeacherReadiness teacherReadiness(const Store &store);

// One line of a teacher's key log.
struct KeyLogEntry
{
    QDateTime time;
    QString event;              // "pinned", "changed", "unsigned-accepted"
    QString oldKey;
    QString newKey;
    QUuid bundleUuid;
};

struct ImportOptions
{
    // Accept a bundle signed by another key than the pinned one, or an
    // unsigned bundle for a teacher whose earlier bundles were signed. The
    // acceptance is written to the teacher's key log.
    bool acceptNewKey = false;
    bundle::ProgressFunction progress;
    bundle::UnzipLimits limits;
};

struct ImportReport
{
    QUuid portfolioUuid;
    QUuid bundleUuid;
    QString teacherName;
    bool newTeacher = false;
    bool alreadyImported = false;   // the same bundle came before: nothing changed
    int added = 0;
    int replaced = 0;
    int deleted = 0;
    int unchanged = 0;              // same revision already present
    int keptNewer = 0;              // the school's copy is newer than the bundle's
    bool profileUpdated = false;
    bundle::SignatureState signature = bundle::SignatureState::Unsigned;
    bool keyChanged = false;
    // Set when the import was refused only because of the key: the same
    // call with ImportOptions::acceptNewKey would go on.
    bool needsKeyConfirmation = false;
    QStringList warnings;
};

// The school's own identity, set once in administration mode.
struct SchoolInfo
{
    QString name;           // the school's name, written on every review
    QString administrator;  // who reviews: the director or the deputy director
    bool isSet() const { return !name.trimmed().isEmpty(); }
};

// The administration's data folder (school mode):
//
//   school.sqlite              one row per teacher (TeacherSummary), a cache
//                              that open() rebuilds from the teachers' stores
//   teachers/<portfolio-uuid>/ an ordinary Store per teacher: items, pages,
//                              tombstones, the pinned key, the key log and
//                              the bundles imported (schema version 5)
//   staging/                   bundles being checked; emptied at open
//   .lock                      one process per folder
//
// Every item, section and page view of the app can show a teacher's store
// read-only through teacherStore().
//
// importBundle() is all or nothing. It extracts and checks the bundle in a
// staging folder (removed afterwards, also after a failure) and touches
// nothing until the bundle is proven whole. For a known teacher it moves the
// verified page files into the store's content-addressed files, then writes
// every row (items, tombstones, profile, provenance, key change) in one
// SQLite transaction. A new teacher's store is built in staging and renamed
// into teachers/ in one step. The school.sqlite row is written last and is
// only a cache: a kill at any moment leaves either the previous state or
// the complete new one, and open() brings the row up to date.
//
// Merge rules, by item UUID. A new item is added. A higher revision
// replaces the school's copy, the same revision is left alone and a lower
// one never overwrites. A tombstone deletes an item whose revision is below
// it. Items absent from the bundle are kept. Re-importing a bundle changes
// nothing. The profile is taken only from a bundle exported later than any
// imported before.
//
// Keys: the first signed bundle pins the teacher's Ed25519 key. A bundle
// signed by another key, or unsigned after signed ones, is refused unless
// ImportOptions::acceptNewKey is set; a signature that does not match the
// bundle is always refused.
class SchoolStore
{
    Q_DECLARE_TR_FUNCTIONS(SchoolStore)

public:
    explicit SchoolStore(const QString &dataDir);
    ~SchoolStore();
    SchoolStore(const SchoolStore &) = delete;
    SchoolStore &operator=(const SchoolStore &) = delete;

    bool open(Error *error);
    QString dataDir() const { return m_dataDir; }

    QList<TeacherSummary> teachers() const;
    std::optional<TeacherSummary> teacher(const QUuid &portfolioUuid) const;
    // The teacher's store, opened on first use and owned by this object;
    // nullptr and `error` filled when it cannot be opened.
    Store *teacherStore(const QUuid &portfolioUuid, Error *error);
    QList<KeyLogEntry> keyLog(const QUuid &portfolioUuid, Error *error);
    // The teacher's readiness, computed on their store (opened on first use);
    // nullopt and `error` filled when the store cannot be opened.
    std::optional<TeacherReadiness> readiness(const QUuid &portfolioUuid, Error *error);

    // Checks a bundle completely without importing it (the staging folder
    // is removed afterwards). `bundle` describes it when the check passed;
    // its bagDir no longer exists then.
    bool verifyBundle(const QString &zipPath, const bundle::VerifyOptions &options,
                      bundle::VerifiedBundle *bundle, Error *error);

    bool importBundle(const QString &zipPath, const ImportOptions &options, ImportReport *report,
                      Error *error);

    QString teacherDir(const QUuid &portfolioUuid) const;

    // Administration mode (implemented in school/schoolinfo.cpp).
    // The school's name and administrator, kept in school.sqlite.
    SchoolInfo schoolInfo() const;
    bool saveSchoolInfo(const SchoolInfo &info, Error *error);
    // The school's Ed25519 key that signs reviews (a 0600 PEM file in
    // keys/, created on the first review export).
    QString signingKeyPath() const;

private:
    QSqlDatabase database() const;
    bool refreshTeacherRow(const QUuid &portfolioUuid, Error *error);
    bool reconcile(Error *error);
    bool merge(Store &store, const bundle::VerifiedBundle &bundle, const ImportOptions &options,
               bool newTeacher, ImportReport *report, Error *error);
    QString newStagingDir() const;

    QString m_dataDir;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QUuid, std::unique_ptr<Store>> m_stores;
};

} // namespace qujat::school
