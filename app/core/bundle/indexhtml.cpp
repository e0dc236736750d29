#include "bundle/indexhtml.h"

#include "bundle/portfoliojson.h"
#include "catalog/catalog.h"
#include "rules/directions.h"

#include <QUrl>

namespace qujat::bundle {

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

// A bag path "data/a b/c.jpg" as a link relative to data/index.html.
QString href(const QString &bagPath)
{
    QStringList parts = bagPath.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.constFirst() == QLatin1String("data"))
        parts.removeFirst();
    QStringList encoded;
    for (const QString &part : parts)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(part)));
    return encoded.join(QLatin1Char('/'));
}

} // namespace

QByteArray IndexHtml::render(const PortfolioDocument &document, const Catalog &catalog)
{
    // Kazakh labels: the page is for the school, which reads Kazakh first.
    const Profile &profile = document.profile;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>Портфолио — %1</title>\n").arg(escape(profile.fullName));
    html += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;max-width:60em}"
        "h2{border-bottom:1px solid #999;margin-top:2em}"
        ".item{margin:1em 0 2em}.pages img{max-width:100%;height:auto;border:1px solid #ccc;margin:.5em 0}"
        ".meta{color:#555}nav a{margin-right:1.5em}li{margin:.3em 0}</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>Аттестаттау портфолиосы</h1>\n<p><b>Педагог:</b> %1<br>")
                .arg(escape(profile.fullName));
    if (!profile.school.isEmpty())
        html += QStringLiteral("<b>Мектеп:</b> %1<br>").arg(escape(profile.school));
    if (!profile.subject.isEmpty())
        html += QStringLiteral("<b>Пән:</b> %1<br>").arg(escape(profile.subject));
    html += QStringLiteral("<b>Экспорт күні:</b> %1</p>\n")
                .arg(document.exported.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    // Two views of the same items, both linking the same files: the official
    // sections, and the four directions of the attestation rules as amended in 2024.
    html += QStringLiteral("<nav><a href=\"#sections\">Бөлімдер бойынша</a>"
                           "<a href=\"#directions\">2024 ережелері бойынша</a>");
    if (!document.reportPath.isEmpty())
        html += QStringLiteral("<a href=\"%1\">Портфолио PDF форматында</a>").arg(href(document.reportPath));
    html += QStringLiteral("</nav>\n<div id=\"sections\"></div>\n");

    for (const Section &section : catalog.sections()) {
        QList<const Item *> items;
        for (const Item &item : document.items) {
            if (item.sectionKey == section.key)
                items.append(&item);
        }
        html += QStringLiteral("<h2>%1. %2</h2>\n").arg(escape(section.number), escape(section.name.kk));
        if (items.isEmpty()) {
            html += QStringLiteral("<p class=\"meta\">Құжат жоқ.</p>\n");
            continue;
        }
        for (const Item *item : std::as_const(items)) {
            html += QStringLiteral("<div class=\"item\" id=\"item-%1\"><h3>%2</h3>\n<p class=\"meta\">")
                        .arg(item->uuid.toString(QUuid::WithoutBraces), escape(item->title));
            if (item->date.isValid())
                html += QStringLiteral("Күні: %1").arg(item->date.toString(QStringLiteral("dd.MM.yyyy")));
            else
                html += QStringLiteral("Күні көрсетілмеген");
            if (!item->issuer.isEmpty())
                html += QStringLiteral(" · Берген ұйым: %1").arg(escape(item->issuer));
            html += QStringLiteral("</p>\n<div class=\"pages\">\n");
            const QList<PageFiles> files = document.pageFiles.value(item->uuid);
            for (qsizetype i = 0; i < item->pages.size(); ++i) {
                const Page &page = item->pages.at(i);
                const QString link = href(files.value(i).path);
                if (page.kind == PageKind::Image) {
                    html += QStringLiteral("<a href=\"%1\"><img src=\"%1\" alt=\"%2 — %3\" loading=\"lazy\"></a><br>\n")
                                .arg(link, escape(item->title), QString::number(i + 1));
                } else {
                    html += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
                                .arg(link, escape(page.displayName.isEmpty() ? item->title : page.displayName));
                }
            }
            html += QStringLiteral("</div></div>\n");
        }
    }

    // The second view: the same items by the directions of the 2024 rules.
    html += QStringLiteral("<h2 id=\"directions\">2024 ережелері бойынша</h2>\n"
                           "<p class=\"meta\">Сол құжаттар 2024 жылы өзгертілген аттестаттау ережелерінің "
                           "төрт бағыты бойынша топтастырылған.</p>\n");
    QList<ItemSummary> summaries;
    QHash<QUuid, const Item *> byUuid;
    for (const Item &item : document.items) {
        ItemSummary summary;
        summary.uuid = item.uuid;
        summary.sectionKey = item.sectionKey;
        summary.kind = item.kind;
        summary.title = item.title;
        summary.level = item.level;
        summary.date = item.date;
        summary.pageCount = int(item.pages.size());
        summaries.append(summary);
        byUuid.insert(item.uuid, &item);
    }
    for (const DirectionGroup &group : groupByDirection(summaries, QStringLiteral("kk"), catalog)) {
        const Term *direction = catalog.direction(group.directionKey);
        html += QStringLiteral("<h3>%1</h3>\n").arg(escape(direction ? direction->name.kk : group.directionKey));
        if (group.items.isEmpty()) {
            html += QStringLiteral("<p class=\"meta\">Құжат жоқ.</p>\n");
            continue;
        }
        html += QStringLiteral("<ul>\n");
        for (const ItemSummary &summary : group.items) {
            const Item *item = byUuid.value(summary.uuid);
            const Section *section = catalog.section(summary.sectionKey);
            html += QStringLiteral("<li><a href=\"#item-%1\">%2</a> <span class=\"meta\">· %3")
                        .arg(summary.uuid.toString(QUuid::WithoutBraces), escape(summary.title),
                             summary.date.isValid() ? summary.date.toString(QStringLiteral("dd.MM.yyyy"))
                                                    : QStringLiteral("күні көрсетілмеген"));
            if (section)
                html += QStringLiteral(" · %1. %2").arg(escape(section->number), escape(section->name.kk));
            html += QStringLiteral("</span>");
            const QList<PageFiles> files = document.pageFiles.value(summary.uuid);
            for (qsizetype i = 0; item && i < item->pages.size(); ++i)
                html += QStringLiteral(" <a href=\"%1\">%2-бет</a>")
                            .arg(href(files.value(i).path), QString::number(i + 1));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace qujat::bundle
