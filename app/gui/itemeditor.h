#pragma once

#include "store/item.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace qujat {

// One stored item for the item page: its pages and codes to show, and its
// fields to edit and save.
class ItemEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString uuid READ uuid WRITE setUuid NOTIFY uuidChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY loaded)
    Q_PROPERTY(QString sectionKey READ sectionKey WRITE setSectionKey NOTIFY loaded)
    Q_PROPERTY(QString sectionName READ sectionName NOTIFY loaded)
    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY loaded)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY loaded)
    Q_PROPERTY(QString issuer MEMBER m_issuer NOTIFY loaded)
    Q_PROPERTY(QString level MEMBER m_level NOTIFY loaded)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY loaded)       // ISO yyyy-MM-dd or empty
    Q_PROPERTY(QString endDate MEMBER m_endDate NOTIFY loaded) // ISO yyyy-MM-dd or empty
    Q_PROPERTY(QString notes MEMBER m_notes NOTIFY loaded)
    Q_PROPERTY(QVariantMap fields MEMBER m_fields NOTIFY loaded)
    Q_PROPERTY(bool complete READ complete NOTIFY loaded)
    Q_PROPERTY(QVariantList pages READ pages NOTIFY loaded)
    Q_PROPERTY(QVariantList barcodes READ barcodes NOTIFY loaded)
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY loaded)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ItemEditor(QObject *parent = nullptr);

    QString uuid() const { return m_uuid; }
    void setUuid(const QString &uuid);
    bool exists() const { return m_item.has_value(); }
    QString sectionKey() const { return m_sectionKey; }
    void setSectionKey(const QString &key);
    QString sectionName() const;
    bool complete() const;
    QVariantList pages() const;
    QVariantList barcodes() const;
    QString updatedText() const;
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void setField(const QString &key, const QVariant &value);
    Q_INVOKABLE QVariant field(const QString &key) const { return m_fields.value(key); }
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool remove();
    // Page order and removal are saved at once; unsaved field edits stay.
    Q_INVOKABLE bool removePage(int index);
    Q_INVOKABLE bool movePage(int from, int to);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void uuidChanged();
    void loaded();
    void errorMessageChanged();

private:
    void setError(const QString &message);
    bool reloadPages();

    QString m_uuid;
    std::optional<Item> m_item;
    QString m_sectionKey;
    QString m_kind;
    QString m_title;
    QString m_issuer;
    QString m_level;
    QString m_date;
    QString m_endDate;
    QString m_notes;
    QVariantMap m_fields;
    QString m_errorMessage;
};

} // namespace qujat
