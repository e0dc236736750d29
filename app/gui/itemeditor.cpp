#include "itemeditor.h"

#include "appcontroller.h"
#include "catalog/catalog.h"
#include "util/dates.h"

#include <QLocale>
#include <QUrl>

namespace qujat {

namespace {

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ItemEditor::ItemEditor(QObject *parent)
    : QObject(parent)
{
    if (AppController *app = AppController::instance())
        connect(app, &AppController::languageChanged, this, &ItemEditor::loaded);
}

void ItemEditor::setUuid(const QString &uuid)
{
    if (uuid == m_uuid)
        return;
    m_uuid = uuid;
    Q_EMIT uuidChanged();
    reload();
}

void ItemEditor::reload()
{
    AppController *app = AppController::instance();
    m_item.reset();
    if (app && app->store() && !m_uuid.isEmpty())
        m_item = app->store()->item(QUuid::fromString(m_uuid));
    const Item item = m_item.value_or(Item());
    m_sectionKey = item.sectionKey;
    m_kind = item.kind;
    m_title = item.title;
    m_issuer = item.issuer;
    m_level = item.level;
    m_date = isoOrEmpty(item.date);
    m_endDate = isoOrEmpty(item.endDate);
    m_notes = item.notes;
    m_fields = item.fields;
    Q_EMIT loaded();
}

void ItemEditor::setSectionKey(const QString &key)
{
    if (key == m_sectionKey)
        return;
    m_sectionKey = key;
    Q_EMIT loaded();
}

QString ItemEditor::sectionName() const
{
    AppController *app = AppController::instance();
    return app ? app->sectionName(m_sectionKey) : QString();
}

bool ItemEditor::complete() const
{
    return QDate::fromString(m_date, Qt::ISODate).isValid();
}

QVariantList ItemEditor::pages() const
{
    QVariantList list;
    AppController *app = AppController::instance();
    if (!m_item || !app || !app->store())
        return list;
    const Store *store = app->store();
    for (const Page &page : m_item->pages) {
        const QString thumbnail = store->thumbnailPath(page);
        list.append(QVariantMap{
            {QStringLiteral("isDocument"), page.kind == PageKind::Document},
            {QStringLiteral("source"), page.kind == PageKind::Image ? QUrl::fromLocalFile(store->pagePath(page))
                                                                    : QUrl()},
            {QStringLiteral("thumbnail"), thumbnail.isEmpty() ? QUrl() : QUrl::fromLocalFile(thumbnail)},
            {QStringLiteral("path"), store->pagePath(page)},
            {QStringLiteral("name"), page.displayName},
            {QStringLiteral("mimeType"), page.mimeType},
            {QStringLiteral("size"), page.byteSize},
            {QStringLiteral("width"), page.width},
            {QStringLiteral("height"), page.height}});
    }
    return list;
}

QVariantList ItemEditor::barcodes() const
{
    QVariantList list;
    if (!m_item)
        return list;
    for (const Barcode &code : m_item->barcodes) {
        list.append(QVariantMap{{QStringLiteral("format"), code.format},
                                {QStringLiteral("text"), code.text},
                                {QStringLiteral("isUrl"), code.isUrl()},
                                {QStringLiteral("encoding"), code.encoding}});
    }
    return list;
}

QString ItemEditor::updatedText() const
{
    return m_item ? QLocale().toString(m_item->updated.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"))
                  : QString();
}

void ItemEditor::setField(const QString &key, const QVariant &value)
{
    m_fields.insert(key, value);
}

void ItemEditor::setError(const QString &message)
{
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

bool ItemEditor::save()
{
    AppController *app = AppController::instance();
    // A teacher's portfolio shown in administration mode is never changed.
    if (!m_item || !app || !app->store() || app->readOnly())
        return false;
    if (!Catalog::instance().section(m_sectionKey)) {
        setError(tr("Choose the section this document belongs to."));
        return false;
    }
    if (m_title.trimmed().isEmpty()) {
        setError(tr("Enter a title, for example the name of the event or of the course."));
        return false;
    }
    const QDate date = QDate::fromString(m_date, Qt::ISODate);
    if (!m_date.isEmpty() && !date.isValid()) {
        setError(tr("The date %1 does not exist. Choose the date from the calendar.").arg(isoToDisplayDate(m_date)));
        return false;
    }
    Item item = *m_item;
    item.sectionKey = m_sectionKey;
    item.kind = Catalog::instance().documentKind(m_sectionKey, m_kind) ? m_kind : QString();
    item.title = m_title.trimmed();
    item.issuer = m_issuer.trimmed();
    item.level = m_level;
    item.date = date;
    item.endDate = QDate::fromString(m_endDate, Qt::ISODate);
    item.notes = m_notes.trimmed();
    item.fields = m_fields;
    Error error;
    if (!app->store()->updateItem(&item, &error)) {
        setError(error.message);
        return false;
    }
    setError({});
    m_item = item;
    app->notifyChanged();
    Q_EMIT loaded();
    return true;
}

bool ItemEditor::removePage(int index)
{
    AppController *app = AppController::instance();
    // A teacher's portfolio shown in administration mode is never changed.
    if (!m_item || !app || !app->store() || app->readOnly())
        return false;
    Error error;
    if (!app->store()->removePage(m_item->uuid, index, &error)) {
        setError(error.message);
        return false;
    }
    return reloadPages();
}

bool ItemEditor::movePage(int from, int to)
{
    AppController *app = AppController::instance();
    // A teacher's portfolio shown in administration mode is never changed.
    if (!m_item || !app || !app->store() || app->readOnly())
        return false;
    Error error;
    if (!app->store()->movePage(m_item->uuid, from, to, &error)) {
        setError(error.message);
        return false;
    }
    return reloadPages();
}

// Re-reads pages, codes and revision, keeping the fields being edited.
bool ItemEditor::reloadPages()
{
    AppController *app = AppController::instance();
    const std::optional<Item> stored = app->store()->item(m_item->uuid);
    if (!stored)
        return false;
    m_item->pages = stored->pages;
    m_item->barcodes = stored->barcodes;
    m_item->revision = stored->revision;
    m_item->updated = stored->updated;
    setError({});
    app->notifyChanged();
    Q_EMIT loaded();
    return true;
}

bool ItemEditor::remove()
{
    AppController *app = AppController::instance();
    // A teacher's portfolio shown in administration mode is never changed.
    if (!m_item || !app || !app->store() || app->readOnly())
        return false;
    Error error;
    if (!app->store()->removeItem(m_item->uuid, &error)) {
        setError(error.message);
        return false;
    }
    m_item.reset();
    app->notifyChanged();
    Q_EMIT loaded();
    return true;
}

} // namespace qujat
