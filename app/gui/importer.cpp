#include "importer.h"

#include "appcontroller.h"
#include "catalog/catalog.h"
#include "util/dates.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QtConcurrent/QtConcurrentRun>

namespace qujat {

Importer::Importer(QObject *parent)
    : QObject(parent)
{
    // One long-lived worker thread, so the store keeps one connection for it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
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

QVariantList Importer::previews() const
{
    QVariantList list;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const Page &page = m_pages.at(i).pending.page;
        list.append(QVariantMap{
            {QStringLiteral("source"),
             m_previewPaths.value(i).isEmpty() ? QUrl() : QUrl::fromLocalFile(m_previewPaths.value(i))},
            {QStringLiteral("isDocument"), page.kind == PageKind::Document},
            {QStringLiteral("name"), page.displayName},
            {QStringLiteral("size"), page.byteSize}});
    }
    return list;
}

QVariantList Importer::barcodes() const
{
    QVariantList list;
    for (const PreparedPage &page : m_pages) {
        for (const Barcode &code : page.barcodes)
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
            for (const PreparedPage &page : outcome.pages) {
                QString previewPath;
                const PendingFile &preview = page.pending.thumbnail.isEmpty() ? page.pending.file
                                                                              : page.pending.thumbnail;
                if (page.pending.page.kind == PageKind::Image && !page.pending.file.bytes.isEmpty()) {
                    previewPath = m_previewDir.filePath(QStringLiteral("page-%1.jpg").arg(m_previewPaths.size()));
                    QFile file(previewPath);
                    if (!file.open(QIODevice::WriteOnly) || file.write(page.pending.file.bytes) < 0)
                        previewPath.clear();
                } else if (!preview.bytes.isEmpty()) {
                    previewPath = m_previewDir.filePath(QStringLiteral("page-%1.jpg").arg(m_previewPaths.size()));
                    QFile file(previewPath);
                    if (!file.open(QIODevice::WriteOnly) || file.write(preview.bytes) < 0)
                        previewPath.clear();
                }
                m_previewPaths.append(previewPath);
                m_pages.append(page);
            }
            if (m_suggestedTitle.isEmpty() && !outcome.pages.isEmpty()
                && outcome.pages.first().pending.page.kind == PageKind::Document) {
                m_suggestedTitle = QFileInfo(outcome.pages.first().pending.page.displayName).completeBaseName();
            }
            Q_EMIT draftChanged();
            Q_EMIT prepared();
        });
}

void Importer::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void Importer::discard()
{
    cancel();
    m_pages.clear();
    for (const QString &path : std::as_const(m_previewPaths)) {
        if (!path.isEmpty())
            QFile::remove(path);
    }
    m_previewPaths.clear();
    for (const QString &path : std::as_const(m_capturedPaths))
        QFile::remove(path);
    m_capturedPaths.clear();
    m_suggestedTitle.clear();
    setError({});
    Q_EMIT draftChanged();
}

void Importer::removePage(int index)
{
    if (index < 0 || index >= m_pages.size() || m_busy)
        return;
    m_pages.removeAt(index);
    if (!m_previewPaths.at(index).isEmpty())
        QFile::remove(m_previewPaths.at(index));
    m_previewPaths.removeAt(index);
    Q_EMIT draftChanged();
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
        pending.append(m_pages.at(i).pending);
        for (Barcode code : m_pages.at(i).barcodes) {
            code.pageIndex = int(i);
            item.barcodes.append(code);
        }
    }

    Store *store = app->store();
    start(
        [store, item, pending]() mutable {
            Outcome outcome;
            if (store->addItem(&item, pending, &outcome.error))
                outcome.uuid = item.uuid.toString(QUuid::WithoutBraces);
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (outcome.error) {
                setError(outcome.error.message);
                return;
            }
            discard();
            AppController::instance()->notifyChanged();
            Q_EMIT saved(outcome.uuid);
        });
    return true;
}

bool Importer::appendTo(const QString &uuid)
{
    AppController *app = AppController::instance();
    if (m_busy || !app || !app->store() || m_pages.isEmpty())
        return false;
    QList<PendingPage> pending;
    for (const PreparedPage &page : std::as_const(m_pages))
        pending.append(page.pending);
    Store *store = app->store();
    const QUuid id = QUuid::fromString(uuid);
    start(
        [store, id, pending]() {
            Outcome outcome;
            if (store->addPages(id, pending, &outcome.error))
                outcome.uuid = id.toString(QUuid::WithoutBraces);
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (outcome.error) {
                setError(outcome.error.message);
                return;
            }
            discard();
            AppController::instance()->notifyChanged();
            Q_EMIT saved(outcome.uuid);
        });
    return true;
}

} // namespace qujat
