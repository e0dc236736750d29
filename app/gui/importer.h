#pragma once

#include "imaging/pagepipeline.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUrl>
#include <QUuid>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>

namespace qujat {

// Turns photos and files into a draft item off the GUI thread, then files
// the draft into a section once the user has chosen it and given a date.
class Importer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY draftChanged)
    Q_PROPERTY(QVariantList previews READ previews NOTIFY draftChanged)
    Q_PROPERTY(QVariantList barcodes READ barcodes NOTIFY draftChanged)
    Q_PROPERTY(QString suggestedTitle READ suggestedTitle NOTIFY draftChanged)
    // A warning when a draft page's file is already in the portfolio; empty otherwise.
    Q_PROPERTY(QString duplicateNotice READ duplicateNotice NOTIFY draftChanged)
    // The page that recrop() is working on, -1 when none.
    Q_PROPERTY(int recropIndex READ recropIndex NOTIFY recropIndexChanged)
    // Fields proposed from the text of the draft's first image page (see
    // Suggestions::toVariantMap), empty until its recognition ends.
    Q_PROPERTY(QVariantMap suggestions READ suggestions NOTIFY suggestionsChanged)
    // "unavailable", "idle" (no image page), "running", "ready" or "failed".
    Q_PROPERTY(QString recognitionState READ recognitionState NOTIFY suggestionsChanged)
    Q_PROPERTY(QString recognitionMessage READ recognitionMessage NOTIFY suggestionsChanged)

public:
    explicit Importer(QObject *parent = nullptr);
    ~Importer() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString errorMessage() const { return m_errorMessage; }
    QString duplicateNotice() const;
    int pageCount() const { return int(m_pages.size()); }
    int recropIndex() const { return m_recropIndex; }
    QVariantList previews() const;
    QVariantList barcodes() const;
    QString suggestedTitle() const { return m_suggestedTitle; }
    QVariantMap suggestions() const { return m_suggestions; }
    QString recognitionState() const;
    QString recognitionMessage() const { return m_recognitionMessage; }

    // Adds the files (photos, scans, PDF or office documents) to the draft.
    Q_INVOKABLE void addFiles(const QList<QUrl> &urls);
    Q_INVOKABLE void addPath(const QString &path);
    // Adds a photo the app's camera took. The file is deleted once the draft
    // is saved or discarded, because saving keeps its bytes as the original.
    Q_INVOKABLE void addCapture(const QString &path);
    // Adds the photos of a batch taken in one go on the camera page, as one import.
    Q_INVOKABLE void addCaptures(const QStringList &paths);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void discard();
    Q_INVOKABLE void removePage(int index);

    // Prepares image page `index` again from its original photo, in the
    // background. `corners` holds four points {x, y} in 0..1 of the upright
    // photo (clockwise from the top left; corners on the photo's edges mean
    // the whole photo), `preset` an Enhance::name() and `quarterTurns` the
    // clockwise quarter turns of the straightened page. Returns false when
    // busy or when a value is invalid; otherwise ends with draftChanged() or
    // failed().
    Q_INVOKABLE bool recrop(int index, const QVariantList &corners, const QString &preset, int quarterTurns);

    // Adds a rendered photo of a sample certificate on a desk, prepared like
    // any photo. For screenshots and demonstrations of the review screen.
    Q_INVOKABLE void addSamplePhoto();

    // Files the draft as a new item. `values`: sectionKey, kind, title, date
    // and endDate (ISO), issuer, level, notes, fields. Returns false when a value is
    // invalid (errorMessage names it); otherwise saving runs in the
    // background and ends with saved() or failed().
    Q_INVOKABLE bool save(const QVariantMap &values);

    // Appends the draft's pages to an existing item.
    Q_INVOKABLE bool appendTo(const QString &uuid);

    // Blocks until background work ends; for tests and the command line.
    void waitForIdle();
    // Blocks until the text of every page is recognised, including pages
    // saved meanwhile; for tests and screenshots.
    Q_INVOKABLE void waitForRecognition();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void errorMessageChanged();
    void draftChanged();
    void prepared();
    void saved(const QString &uuid);
    void failed(const QString &message);
    void recropIndexChanged();
    void suggestionsChanged();

private:
    struct Outcome
    {
        QList<PreparedPage> pages;
        Error error;
        QString uuid;
        QStringList pageFiles; // of a saved item: each page's file hash, in order
        QStringList sourceFiles; // of prepared pages: the SHA-256 of each source file
    };

    // A saved page whose text was still being recognised when it was saved.
    struct LateText
    {
        QUuid item;
        QString fileSha;
        int textGeneration = 0;
    };

    // A page of the draft with what the review screen needs.
    struct DraftPage
    {
        PreparedPage prepared;
        QString previewPath;      // the prepared page (images) or its preview (documents)
        PageGeometry detected;    // the first preparation's geometry, for "reset to detected"
        Preset requestedPreset = Preset::Auto;
        int quarterTurns = 0;     // 0..3, clockwise
        int id = 0;               // identifies the page while a recrop runs
        int textGeneration = 0;   // counts recognitions, so a late result of an old crop is dropped
        bool textPending = false;
        QString sourceSha;        // SHA-256 of the photo or document the page was made from
    };

    void start(std::function<Outcome()> work, std::function<void(const Outcome &)> done);
    void appendPrepared(const QList<PreparedPage> &pages, const QStringList &sourceFiles = {});
    QString writePreview(const QByteArray &bytes);
    void setRecropIndex(int index);
    void setError(const QString &message);
    // Ends a save or an append: clears the draft or reports the error.
    void finishSave(const Outcome &outcome);
    void setBusy(bool busy);
    // Reads the text of a draft page on the recognition thread; the page's
    // text and the suggestions follow when it ends.
    void recognize(DraftPage &draft);
    void updateSuggestions();
    // Stores the text of a page that was saved before its recognition ended.
    void storeLateText(int pageId, int generation, const std::optional<QString> &text);
    // The draft pages whose text is still being recognised, with their
    // indexes; a save stores their text when the recognition ends.
    QList<QPair<qsizetype, DraftPage>> pagesAwaitingText() const;
    // Notes where the text of each page still being recognised goes once
    // `outcome` saved the draft's pages as `pageFiles`, in draft order.
    void keepLateTexts(const QList<QPair<qsizetype, DraftPage>> &textPending, const Outcome &outcome);

    QThreadPool m_pool;
    // Text recognition has its own thread, so that capture, review and
    // saving never wait for it.
    QThreadPool m_recognitionPool;
    QVariantMap m_suggestions;
    QString m_recognitionMessage;
    bool m_recognitionFailed = false;
    QFutureWatcher<Outcome> m_watcher;
    std::function<void(const Outcome &)> m_done;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_finishedFiles;
    int m_totalFiles = 0;
    QTemporaryDir m_previewDir;
    QList<DraftPage> m_pages;
    // By draft page id: where the text of a page saved before its
    // recognition ended goes when the recognition ends.
    QHash<int, LateText> m_lateTexts;
    int m_nextPageId = 1;
    int m_nextPreviewNumber = 0;
    int m_recropIndex = -1;
    QStringList m_capturedPaths;
    QString m_suggestedTitle;
    bool m_busy = false;
    double m_progress = 0;
    QString m_errorMessage;
};

} // namespace qujat
