#include "importer.h"

#include "appcontroller.h"
#include "bundle/digest.h"
#include "catalog/catalog.h"
#include "imaging/imageloader.h"
#include "ocr/suggester.h"
#include "ocr/textrecognizer.h"
#include "sample/samplegenerator.h"
#include "util/dates.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QPointF>
#include <QTransform>
#include <QtConcurrent/QtConcurrentRun>

namespace qujat {

Importer::Importer(QObject *parent)
    : QObject(parent)
{
    // One long-lived worker thread, so the store keeps one connection for it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    // One long-lived thread keeps one Tesseract engine loaded.
    m_recognitionPool.setMaxThreadCount(1);
    m_recognitionPool.setExpiryTimeout(-1);
    if (!TextRecognizer::isBuiltIn())
        m_recognitionMessage = TextRecognizer::unavailableMessage();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        auto done = std::move(m_done);
        setBusy(false);
        if (done)
            done(outcome);
    });
}

Importer::~Importer()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
    m_recognitionPool.clear();
    m_recognitionPool.waitForDone();
}

QString Importer::recognitionState() const
{
    if (!TextRecognizer::isBuiltIn() || (!m_recognitionMessage.isEmpty() && !m_recognitionFailed))
        return QStringLiteral("unavailable");
    bool anyImage = false;
    for (const DraftPage &draft : m_pages) {
        if (draft.prepared.pending.page.kind != PageKind::Image)
            continue;
        anyImage = true;
        if (draft.textPending)
            return QStringLiteral("running");
        break; // suggestions come from the first image page
    }
    if (!anyImage)
        return QStringLiteral("idle");
    return m_recognitionFailed ? QStringLiteral("failed") : QStringLiteral("ready");
}

void Importer::recognize(DraftPage &draft)
{
    if (!TextRecognizer::isBuiltIn() || draft.prepared.pending.page.kind != PageKind::Image)
        return;
    const int pageId = draft.id;
    const int generation = ++draft.textGeneration;
    draft.textPending = true;
    const QByteArray jpeg = draft.prepared.pending.file.bytes;
    QPointer<Importer> self(this);
    m_recognitionPool.start([self, jpeg, pageId, generation] {
        Error error;
        const QImage page = QImage::fromData(jpeg, "JPG");
        const std::optional<QString> text = TextRecognizer::recognize(page, &error);
        QMetaObject::invokeMethod(self, [self, text, error, pageId, generation] {
            if (!self)
                return;
            const auto draft = std::find_if(self->m_pages.begin(), self->m_pages.end(),
                                            [pageId](const DraftPage &page) { return page.id == pageId; });
            if (draft == self->m_pages.end()) {
                self->storeLateText(pageId, generation, text);
                return; // saved, removed or discarded meanwhile
            }
            if (draft->textGeneration != generation)
                return; // cut again meanwhile
            draft->textPending = false;
            if (text) {
                draft->prepared.pending.page.text = *text;
                self->m_recognitionFailed = false;
                self->m_recognitionMessage.clear();
            } else {
                qCWarning(lcImaging) << "Recognising page" << pageId << "failed:" << error.detail;
                self->m_recognitionMessage = error.message;
                self->m_recognitionFailed = error.message != TextRecognizer::unavailableMessage();
            }
            self->updateSuggestions();
        });
    });
    Q_EMIT suggestionsChanged();
}

void Importer::storeLateText(int pageId, int generation, const std::optional<QString> &text)
{
    const auto late = m_lateTexts.constFind(pageId);
    if (late == m_lateTexts.constEnd() || late->textGeneration != generation)
        return;
    const LateText target = *late;
    m_lateTexts.erase(late);
    AppController *app = AppController::instance();
    if (!text || text->isEmpty() || !app || !app->store())
        return;
    Error error;
    if (!app->store()->setPageText(target.item, target.fileSha, *text, &error) && error) {
        // The item is saved without this text, so search only misses its words.
        qCWarning(lcStore) << "Storing the late text of a page of" << target.item << "failed:" << error.detail;
    }
}

void Importer::updateSuggestions()
{
    QVariantMap suggestions;
    for (const DraftPage &draft : std::as_const(m_pages)) {
        if (draft.prepared.pending.page.kind != PageKind::Image)
            continue;
        if (!draft.textPending && !draft.prepared.pending.page.text.isEmpty()) {
            AppController *app = AppController::instance();
            const QString teacher = app && app->store() ? app->store()->profile().fullName : QString();
            suggestions = Suggester::instance().suggest(draft.prepared.pending.page.text, teacher).toVariantMap();
        }
        break;
    }
    m_suggestions = suggestions;
    Q_EMIT suggestionsChanged();
}

void Importer::waitForRecognition()
{
    m_recognitionPool.waitForDone();
    QCoreApplication::processEvents();
}

void Importer::start(std::function<Outcome()> work, std::function<void(const Outcome &)> done)
{
    m_done = std::move(done);
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

void Importer::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Importer::setError(const QString &message)
{
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
    if (!message.isEmpty())
        Q_EMIT failed(message);
}

void Importer::waitForIdle()
{
    while (m_busy) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

namespace {

// Corners in 0..1 of the upright photo, as QML points.
QVariantList normalisedCorners(const Quad &corners, const QSize &uprightSize)
{
    QVariantList list;
    if (uprightSize.isEmpty())
        return list;
    for (const QPointF &corner : corners)
        list.append(QPointF(corner.x() / uprightSize.width(), corner.y() / uprightSize.height()));
    return list;
}

// Reads a QML point or a {x, y} object.
std::optional<QPointF> pointFromVariant(const QVariant &value)
{
    if (value.typeId() == QMetaType::QPointF || value.typeId() == QMetaType::QPoint)
        return value.toPointF();
    const QVariantMap map = value.toMap();
    if (!map.contains(QStringLiteral("x")) || !map.contains(QStringLiteral("y")))
        return std::nullopt;
    bool xValid = false;
    bool yValid = false;
    const QPointF point(map.value(QStringLiteral("x")).toDouble(&xValid),
                        map.value(QStringLiteral("y")).toDouble(&yValid));
    if (!xValid || !yValid)
        return std::nullopt;
    return point;
}

bool isOnFrame(const Quad &normalised)
{
    constexpr double Tolerance = 1e-3;
    const Quad frame = {QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1)};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(normalised[i].x() - frame[i].x()) > Tolerance
            || std::abs(normalised[i].y() - frame[i].y()) > Tolerance) {
            return false;
        }
    }
    return true;
}

// Straightens, cleans and turns the page again from its original photo.
// The codes stay as found, because they were read on the whole photo.
bool reprepareImage(const QString &originalPath, const PipelineOptions &options, int quarterTurns,
                    PreparedPage *page, Error *error, const std::atomic_bool *cancel)
{
    const QImage upright = ImageLoader::load(originalPath, 0, error);
    if (upright.isNull())
        return false;
    QImage straightened = PagePipeline::findAndStraightenPage(upright, options, &page->geometry);
    if (cancel && *cancel) {
        *error = Error{Importer::tr("Changing the page was cancelled."),
                       QStringLiteral("%1: recrop cancelled").arg(originalPath)};
        return false;
    }
    QImage cleaned = PagePipeline::cleanPage(straightened, options.preset, &page->preset);
    if (quarterTurns != 0)
        cleaned = cleaned.transformed(QTransform().rotate(90.0 * quarterTurns));

    const QByteArray jpeg = PagePipeline::encodeJpeg(cleaned, PagePipeline::jpegQuality(options.size));
    const QByteArray thumbnail = PagePipeline::encodeJpeg(
        PagePipeline::scaledToLongSide(cleaned, PagePipeline::ThumbnailLongSide), PagePipeline::JpegQuality);
    if (jpeg.isEmpty() || thumbnail.isEmpty()) {
        *error = Error{Importer::tr("Qujat could not save this page as a JPEG. Check that the device "
                                    "has free space and try again."),
                       QStringLiteral("%1: JPEG encoding failed after recrop").arg(originalPath)};
        return false;
    }
    page->pending.file.bytes = jpeg;
    page->pending.thumbnail.bytes = thumbnail;
    page->pending.page.byteSize = jpeg.size();
    page->pending.page.width = cleaned.width();
    page->pending.page.height = cleaned.height();
    return true;
}

} // namespace

QVariantList Importer::previews() const
{
    QVariantList list;
    for (const DraftPage &draft : m_pages) {
        const Page &page = draft.prepared.pending.page;
        const PageGeometry &geometry = draft.prepared.geometry;
        const bool isImage = page.kind == PageKind::Image;
        const QString originalPath = draft.prepared.pending.original.sourcePath;
        list.append(QVariantMap{
            {QStringLiteral("source"),
             draft.previewPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(draft.previewPath)},
            {QStringLiteral("isDocument"), page.kind == PageKind::Document},
            {QStringLiteral("name"), page.displayName},
            {QStringLiteral("size"), page.byteSize},
            {QStringLiteral("isImage"), isImage},
            {QStringLiteral("originalSource"),
             isImage && !originalPath.isEmpty() ? QUrl::fromLocalFile(originalPath) : QUrl()},
            {QStringLiteral("uprightWidth"), geometry.uprightSize.width()},
            {QStringLiteral("uprightHeight"), geometry.uprightSize.height()},
            {QStringLiteral("corners"), normalisedCorners(geometry.corners, geometry.uprightSize)},
            {QStringLiteral("pageFound"), geometry.pageFound},
            {QStringLiteral("detectedCorners"),
             normalisedCorners(draft.detected.corners, draft.detected.uprightSize)},
            {QStringLiteral("detectedFound"), draft.detected.pageFound},
            {QStringLiteral("preset"), Enhance::name(draft.prepared.preset)},
            {QStringLiteral("requestedPreset"), Enhance::name(draft.requestedPreset)},
            {QStringLiteral("quarterTurns"), draft.quarterTurns}});
    }
    return list;
}

QVariantList Importer::barcodes() const
{
    QVariantList list;
    for (const DraftPage &draft : m_pages) {
        for (const Barcode &code : draft.prepared.barcodes)
            list.append(QVariantMap{{QStringLiteral("format"), code.format},
                                    {QStringLiteral("text"), code.text},
                                    {QStringLiteral("isUrl"), code.isUrl()}});
    }
    return list;
}

void Importer::addPath(const QString &path)
{
    addFiles({QUrl::fromLocalFile(path)});
}

void Importer::addCapture(const QString &path)
{
    m_capturedPaths.append(path);
    addPath(path);
}

void Importer::addCaptures(const QStringList &paths)
{
    m_capturedPaths.append(paths);
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    addFiles(urls);
}

void Importer::addFiles(const QList<QUrl> &urls)
{
    if (m_busy || urls.isEmpty())
        return;
    setError({});
    QStringList paths;
    for (const QUrl &url : urls)
        paths.append(url.isLocalFile() ? url.toLocalFile() : url.toString());

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_finishedFiles = std::make_shared<std::atomic_int>(0);
    m_totalFiles = int(paths.size());
    m_progress = 0;
    Q_EMIT progressChanged();

    auto cancel = m_cancel;
    auto finished = m_finishedFiles;
    QPointer<Importer> self(this);
    start(
        [paths, cancel, finished, self]() {
            Outcome outcome;
            for (const QString &path : paths) {
                PreparedPage page;
                if (!PagePipeline::prepare(path, &page, &outcome.error, cancel.get())) {
                    outcome.pages.clear();
                    return outcome;
                }
                outcome.pages.append(page);
                outcome.sourceFiles.append(bundle::Digest::hexOfFile(path));
                ++*finished;
                QMetaObject::invokeMethod(self, [self] {
                    if (self) {
                        self->m_progress = double(*self->m_finishedFiles) / qMax(1, self->m_totalFiles);
                        Q_EMIT self->progressChanged();
                    }
                });
            }
            return outcome;
        },
        [this, paths](const Outcome &outcome) {
            if (outcome.error) {
                qCWarning(lcImaging) << "Preparing" << paths << "failed:" << outcome.error.detail;
                setError(outcome.error.message);
                return;
            }
            appendPrepared(outcome.pages, outcome.sourceFiles);
        });
}

QString Importer::duplicateNotice() const
{
    AppController *app = AppController::instance();
    if (!app || !app->store())
        return {};
    for (const DraftPage &draft : m_pages) {
        const QList<ItemSummary> earlier = app->store()->itemsWithSourceFile(draft.sourceSha);
        if (!earlier.isEmpty()) {
            //: %1 is the title of the item that already has this photo or file.
            return tr("This file is already in the portfolio, in “%1”. Save it only if you want a second copy.")
                .arg(earlier.constFirst().title);
        }
    }
    return {};
}

QString Importer::writePreview(const QByteArray &bytes)
{
    // A new name for every version, so that QML's image cache never shows an old one.
    const QString path = m_previewDir.filePath(QStringLiteral("page-%1.jpg").arg(m_nextPreviewNumber++));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qCWarning(lcImaging) << "Writing the preview" << path << "failed:" << file.errorString();
        return {};
    }
    return path;
}

void Importer::appendPrepared(const QList<PreparedPage> &pages, const QStringList &sourceFiles)
{
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PreparedPage &page = pages.at(i);
        DraftPage draft;
        draft.prepared = page;
        draft.sourceSha = sourceFiles.value(i);
        draft.detected = page.geometry;
        draft.id = m_nextPageId++;
        const PendingFile &preview = page.pending.thumbnail.isEmpty() ? page.pending.file : page.pending.thumbnail;
        if (page.pending.page.kind == PageKind::Image && !page.pending.file.bytes.isEmpty())
            draft.previewPath = writePreview(page.pending.file.bytes);
        else if (!preview.bytes.isEmpty())
            draft.previewPath = writePreview(preview.bytes);
        m_pages.append(draft);
        recognize(m_pages.last());
    }
    // The recognition state leaves "idle" even when no recognition starts.
    Q_EMIT suggestionsChanged();
    if (m_suggestedTitle.isEmpty() && !pages.isEmpty()
        && pages.first().pending.page.kind == PageKind::Document) {
        m_suggestedTitle = QFileInfo(pages.first().pending.page.displayName).completeBaseName();
    }
    Q_EMIT draftChanged();
    Q_EMIT prepared();
}

void Importer::addSamplePhoto()
{
    if (m_busy || !m_previewDir.isValid())
        return;
    setError({});
    const QString path = m_previewDir.filePath(QStringLiteral("sample-photo-%1.jpg").arg(m_nextPreviewNumber++));
    m_capturedPaths.append(path);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    start(
        [path, cancel]() {
            Outcome outcome;
            CertificateSpec spec;
            spec.paperKind = QStringLiteral("Алғыс хат");
            spec.recipient = QStringLiteral("Әлиева Гүлнар Серікқызы");
            spec.body = QStringLiteral("Аудандық әдістемелік семинарда тәжірибесімен бөліскені үшін "
                                       "алғыс білдіреміз.");
            spec.issuer = QStringLiteral("Аудандық білім бөлімі");
            spec.date = QDate(2025, 3, 15);
            spec.qrText = QStringLiteral("https://example.kz/certificate/2025-0315");
            const QImage page = SampleGenerator::renderCertificate(spec);
            // A phone photo in portrait, the page a little turned and nearer at the bottom.
            const Quad corners = {QPointF(250, 190), QPointF(1000, 240), QPointF(1070, 1430),
                                  QPointF(160, 1390)};
            const QImage photo = SampleGenerator::renderPhoto(page, QSize(1200, 1600), corners);
            if (!photo.save(path, "jpeg", 90)) {
                outcome.error = Error{tr("Qujat could not write the sample photo. Check that the device has "
                                         "free space and try again."),
                                      QStringLiteral("%1: saving the sample photo failed").arg(path)};
                return outcome;
            }
            PreparedPage prepared;
            if (PagePipeline::prepare(path, &prepared, &outcome.error, cancel.get()))
                outcome.pages.append(prepared);
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (outcome.error) {
                qCWarning(lcImaging) << "Preparing the sample photo failed:" << outcome.error.detail;
                setError(outcome.error.message);
                return;
            }
            appendPrepared(outcome.pages);
        });
}

bool Importer::recrop(int index, const QVariantList &corners, const QString &preset, int quarterTurns)
{
    if (m_busy || index < 0 || index >= m_pages.size())
        return false;
    const DraftPage &draft = m_pages.at(index);
    const QString originalPath = draft.prepared.pending.original.sourcePath;
    if (draft.prepared.pending.page.kind != PageKind::Image || originalPath.isEmpty()) {
        qCWarning(lcImaging) << "recrop: page" << index << "is not an image page with an original";
        return false;
    }
    const std::optional<Preset> requestedPreset = Enhance::fromName(preset);
    if (!requestedPreset) {
        qCWarning(lcImaging) << "recrop: unknown preset" << preset;
        return false;
    }
    if (corners.size() != 4) {
        qCWarning(lcImaging) << "recrop: expected 4 corners, got" << corners.size();
        return false;
    }
    Quad normalised;
    for (int i = 0; i < 4; ++i) {
        const std::optional<QPointF> point = pointFromVariant(corners.at(i));
        if (!point || point->x() < 0 || point->x() > 1 || point->y() < 0 || point->y() > 1) {
            qCWarning(lcImaging) << "recrop: corner" << i << "is not a point in 0..1:" << corners.at(i);
            return false;
        }
        normalised[i] = *point;
    }

    PipelineOptions options;
    options.preset = *requestedPreset;
    if (isOnFrame(normalised)) {
        options.crop = false;
    } else {
        const QSizeF upright = draft.detected.uprightSize;
        Quad pixels;
        for (int i = 0; i < 4; ++i)
            pixels[i] = QPointF(normalised[i].x() * upright.width(), normalised[i].y() * upright.height());
        options.corners = pixels;
    }
    const int turns = ((quarterTurns % 4) + 4) % 4;
    const int pageId = draft.id;
    PreparedPage page = draft.prepared;

    setError({});
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    setRecropIndex(index);
    start(
        [originalPath, options, turns, page, cancel]() mutable {
            Outcome outcome;
            if (reprepareImage(originalPath, options, turns, &page, &outcome.error, cancel.get()))
                outcome.pages.append(page);
            return outcome;
        },
        [this, pageId, requestedPreset, turns](const Outcome &outcome) {
            setRecropIndex(-1);
            if (outcome.error) {
                qCWarning(lcImaging) << "Recropping page" << pageId << "failed:" << outcome.error.detail;
                setError(outcome.error.message);
                return;
            }
            const auto draft = std::find_if(m_pages.begin(), m_pages.end(),
                                            [pageId](const DraftPage &page) { return page.id == pageId; });
            if (draft == m_pages.end() || outcome.pages.isEmpty())
                return; // the page was removed or the draft discarded meanwhile
            const QString previewPath = writePreview(outcome.pages.constFirst().pending.file.bytes);
            if (!draft->previewPath.isEmpty())
                QFile::remove(draft->previewPath);
            draft->previewPath = previewPath;
            draft->prepared = outcome.pages.constFirst();
            draft->requestedPreset = *requestedPreset;
            draft->quarterTurns = turns;
            draft->prepared.pending.page.text.clear();
            recognize(*draft);
            Q_EMIT draftChanged();
        });
    return true;
}

void Importer::setRecropIndex(int index)
{
    if (index == m_recropIndex)
        return;
    m_recropIndex = index;
    Q_EMIT recropIndexChanged();
}

void Importer::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void Importer::discard()
{
    cancel();
    for (const DraftPage &draft : std::as_const(m_pages)) {
        if (!draft.previewPath.isEmpty())
            QFile::remove(draft.previewPath);
    }
    m_pages.clear();
    for (const QString &path : std::as_const(m_capturedPaths))
        QFile::remove(path);
    m_capturedPaths.clear();
    m_suggestedTitle.clear();
    m_suggestions.clear();
    m_recognitionFailed = false;
    setError({});
    Q_EMIT draftChanged();
    Q_EMIT suggestionsChanged();
}

void Importer::removePage(int index)
{
    if (index < 0 || index >= m_pages.size() || m_busy)
        return;
    if (!m_pages.at(index).previewPath.isEmpty())
        QFile::remove(m_pages.at(index).previewPath);
    m_pages.removeAt(index);
    Q_EMIT draftChanged();
    updateSuggestions();
}

bool Importer::save(const QVariantMap &values)
{
    AppController *app = AppController::instance();
    if (m_busy || !app || !app->store())
        return false;
    if (m_pages.isEmpty()) {
        setError(tr("Add a photo or a file first."));
        return false;
    }
    Item item;
    item.sectionKey = values.value(QStringLiteral("sectionKey")).toString();
    const Section *section = Catalog::instance().section(item.sectionKey);
    if (!section) {
        setError(tr("Choose the section this document belongs to."));
        return false;
    }
    item.kind = values.value(QStringLiteral("kind")).toString();
    if (!item.kind.isEmpty() && !Catalog::instance().documentKind(item.sectionKey, item.kind)) {
        setError(tr("The chosen document kind does not belong to this section. Choose it again."));
        return false;
    }
    item.title = values.value(QStringLiteral("title")).toString().trimmed();
    if (item.title.isEmpty()) {
        setError(tr("Enter a title, for example the name of the event or of the course."));
        return false;
    }
    const QString isoDate = values.value(QStringLiteral("date")).toString();
    item.date = QDate::fromString(isoDate, Qt::ISODate);
    if (!isoDate.isEmpty() && !item.date.isValid()) {
        setError(tr("The date %1 does not exist. Choose the date from the calendar.").arg(isoToDisplayDate(isoDate)));
        return false;
    }
    const QString isoEndDate = values.value(QStringLiteral("endDate")).toString();
    item.endDate = QDate::fromString(isoEndDate, Qt::ISODate);
    if (!isoEndDate.isEmpty() && !item.endDate.isValid()) {
        setError(tr("The date %1 does not exist. Choose the date from the calendar.").arg(isoToDisplayDate(isoEndDate)));
        return false;
    }
    if (item.endDate.isValid() && item.date.isValid() && item.endDate < item.date) {
        setError(tr("The end date is before the start date. Check both dates."));
        return false;
    }
    item.issuer = values.value(QStringLiteral("issuer")).toString().trimmed();
    item.level = values.value(QStringLiteral("level")).toString();
    item.notes = values.value(QStringLiteral("notes")).toString().trimmed();
    item.fields = values.value(QStringLiteral("fields")).toMap();
    QList<PendingPage> pending;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        pending.append(m_pages.at(i).prepared.pending);
        for (Barcode code : m_pages.at(i).prepared.barcodes) {
            code.pageIndex = int(i);
            item.barcodes.append(code);
        }
    }

    const QList<QPair<qsizetype, DraftPage>> textPending = pagesAwaitingText();
    Store *store = app->store();
    start(
        [store, item, pending]() mutable {
            Outcome outcome;
            if (store->addItem(&item, pending, &outcome.error)) {
                outcome.uuid = item.uuid.toString(QUuid::WithoutBraces);
                for (const Page &page : std::as_const(item.pages))
                    outcome.pageFiles.append(page.fileSha);
            }
            return outcome;
        },
        [this, textPending](const Outcome &outcome) {
            keepLateTexts(textPending, outcome);
            finishSave(outcome);
        });
    return true;
}

QList<QPair<qsizetype, Importer::DraftPage>> Importer::pagesAwaitingText() const
{
    QList<QPair<qsizetype, DraftPage>> waiting;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).textPending)
            waiting.append({i, m_pages.at(i)});
    }
    return waiting;
}

void Importer::keepLateTexts(const QList<QPair<qsizetype, DraftPage>> &textPending, const Outcome &outcome)
{
    if (outcome.error)
        return;
    for (const auto &[index, draft] : textPending) {
        if (index >= outcome.pageFiles.size())
            continue;
        m_lateTexts.insert(draft.id, {QUuid::fromString(outcome.uuid), outcome.pageFiles.at(index),
                                      draft.textGeneration});
        // The recognition may have ended while the item was being saved:
        // its text then reached the draft page but not the stored one.
        const auto current = std::find_if(m_pages.cbegin(), m_pages.cend(),
                                          [&draft](const DraftPage &page) { return page.id == draft.id; });
        if (current != m_pages.cend() && !current->textPending)
            storeLateText(draft.id, current->textGeneration, current->prepared.pending.page.text);
    }
}

void Importer::finishSave(const Outcome &outcome)
{
    if (outcome.error) {
        setError(outcome.error.message);
        return;
    }
    discard();
    AppController::instance()->notifyChanged();
    Q_EMIT saved(outcome.uuid);
}

bool Importer::appendTo(const QString &uuid)
{
    AppController *app = AppController::instance();
    if (m_busy || !app || !app->store() || m_pages.isEmpty())
        return false;
    QList<PendingPage> pending;
    for (const DraftPage &draft : std::as_const(m_pages))
        pending.append(draft.prepared.pending);
    const QList<QPair<qsizetype, DraftPage>> textPending = pagesAwaitingText();
    Store *store = app->store();
    const QUuid id = QUuid::fromString(uuid);
    start(
        [store, id, pending]() {
            Outcome outcome;
            if (store->addPages(id, pending, &outcome.error)) {
                outcome.uuid = id.toString(QUuid::WithoutBraces);
                // The appended pages are the item's last ones.
                const std::optional<Item> saved = store->item(id);
                const QList<Page> pages = saved ? saved->pages : QList<Page>();
                for (qsizetype i = std::max<qsizetype>(0, pages.size() - pending.size()); i < pages.size(); ++i)
                    outcome.pageFiles.append(pages.at(i).fileSha);
            }
            return outcome;
        },
        [this, textPending](const Outcome &outcome) {
            keepLateTexts(textPending, outcome);
            finishSave(outcome);
        });
    return true;
}

} // namespace qujat
