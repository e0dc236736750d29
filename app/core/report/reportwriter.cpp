#include "report/reportwriter.h"

#include "catalog/catalog.h"
#include "report/bundledfonts.h"
#include "report/charts.h"
#include "report/reportdata.h"
#include "rules/directions.h"
#include "store/store.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace qujat {

namespace {

// The page is laid out in device units of a 300 dpi page.
constexpr int Dpi = 300;
constexpr double PointUnit = Dpi / 72.0;

double mm(double millimetres)
{
    return millimetres * Dpi / 25.4;
}

// Opaque colours only: PDF/A-1 allows no transparency.
const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x5a, 0x60, 0x6b);
const QColor Accent(0x1f, 0x3c, 0x88);
const QColor HeaderFill(0xe6, 0xeb, 0xf5);
const QColor RuleColor(0x8c, 0x93, 0xa0);
const QColor Warning(0xa3, 0x3b, 0x20);

// Everything the report shows, read from the store once for both passes.
struct ReportContent
{
    Profile profile;
    QString photoPath;
    QHash<QString, QList<Item>> bySection; // each sorted by date, undated last
    QHash<QString, QStringList> pagePaths; // by item uuid, the stored file of each page
    QList<Item> items;
};

bool dateBefore(const Item &a, const Item &b)
{
    if (a.date.isValid() != b.date.isValid())
        return a.date.isValid();
    if (a.date != b.date)
        return a.date < b.date;
    return a.title < b.title;
}

ReportContent loadContent(const Store &store)
{
    ReportContent content;
    content.profile = store.profile();
    if (!content.profile.photoSha.isEmpty())
        content.photoPath = store.files().pathFor(content.profile.photoSha, QStringLiteral("jpg"));
    content.items = store.items();
    for (const Item &item : std::as_const(content.items)) {
        content.bySection[item.sectionKey].append(item);
        QStringList paths;
        for (const Page &page : item.pages)
            paths.append(page.kind == PageKind::Image ? store.pagePath(page) : store.thumbnailPath(page));
        content.pagePaths.insert(item.uuid.toString(), paths);
    }
    for (QList<Item> &list : content.bySection)
        std::sort(list.begin(), list.end(), dateBefore);
    return content;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

struct ContentsEntry
{
    int depth = 0;
    QString text;
    QString anchor; // empty for a heading without its own page
};

// Lays the report out page by page. The first pass only counts pages and
// records where each part starts. The second pass draws, and its contents
// show the page numbers of the first.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    Renderer(const ReportContent &content, const ReportOptions &options, bool final,
             const QHash<QString, int> &anchors, int totalPages)
        : m_content(content)
        , m_options(options)
        , m_language(options.language)
        , m_final(final)
        , m_knownAnchors(anchors)
        , m_totalPages(totalPages)
        , m_catalog(Catalog::instance())
    {
    }

    bool run(QPdfWriter *writer);

    QHash<QString, int> anchors() const { return m_anchors; }
    int pages() const { return m_page; }
    int documentPages() const { return m_documentPages; }

private:
    QFont font(double points, bool bold = false) const;
    double textHeight(const QString &text, const QFont &font, double width, int flags = Qt::TextWordWrap) const;
    double drawText(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &color);
    double paragraph(const QString &text, const QFont &font, const QColor &color, int align = Qt::AlignLeft,
                     double spaceAfter = 0);
    void newPage();
    void ensureSpace(double height);
    void drawFooter();
    void anchor(const QString &key) { m_anchors.insert(key, m_page); }
    void heading(const QString &text, double points = 15);

    void drawCover();
    void drawContents();
    QList<ContentsEntry> contentsEntries() const;
    void drawLeaderLine(const QString &text, const QFont &textFont, double indent, const QString &anchorKey,
                        double spaceBefore);
    void drawDirections();
    QString itemAnchor(const Item &item) const;
    void drawProfile();
    void drawKeyValues(const QList<QPair<QString, QString>> &rows, double labelWidth, double points);
    void drawTables();
    void drawTable(const Section &section);
    void drawCharts();
    void drawDocuments();
    void drawDocumentPage(const Section &section, const Item &item, int pageIndex, bool sectionStart);
    void drawImage(const QString &path, const QRectF &area);

    QString sectionTitle(const Section &section) const;
    QString cellText(const Item &item, const FieldDef &field) const;
    QString termText(const Term *term, const QString &key) const;
    bool hasDocumentPages(const Section &section) const;

    const ReportContent &m_content;
    const ReportOptions &m_options;
    const QString m_language;
    const bool m_final;
    const QHash<QString, int> m_knownAnchors;
    const int m_totalPages;
    const Catalog &m_catalog;

    QPdfWriter *m_writer = nullptr;
    QPainter m_painter;
    QHash<QString, int> m_anchors;
    int m_page = 0;
    int m_documentPages = 0;
    QRectF m_area;
    double m_y = 0;
};

QFont Renderer::font(double points, bool bold) const
{
    QFont result(bundledFontFamily());
    result.setPointSizeF(points);
    result.setBold(bold);
    disableLigatures(&result);
    return result;
}

double Renderer::textHeight(const QString &text, const QFont &font, double width, int flags) const
{
    const QFontMetricsF metrics(font, m_writer);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height();
}

double Renderer::drawText(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &color)
{
    m_painter.setFont(font);
    m_painter.setPen(color);
    QRectF used;
    m_painter.drawText(rect, flags, text, &used);
    return used.height();
}

double Renderer::paragraph(const QString &text, const QFont &font, const QColor &color, int align, double spaceAfter)
{
    const double width = m_area.width();
    const double height = textHeight(text, font, width);
    ensureSpace(height);
    drawText(QRectF(m_area.left(), m_y, width, height), align | Qt::TextWordWrap, text, font, color);
    m_y += height + spaceAfter;
    return height;
}

void Renderer::newPage()
{
    if (m_page > 0)
        m_writer->newPage();
    ++m_page;
    m_y = m_area.top();
    drawFooter();
}

void Renderer::ensureSpace(double height)
{
    if (m_y + height > m_area.bottom() && m_y > m_area.top())
        newPage();
}

void Renderer::drawFooter()
{
    const double top = m_area.bottom() + mm(4);
    const QRectF line(m_area.left(), top, m_area.width(), mm(6));
    m_painter.setPen(QPen(RuleColor, 0.5 * PointUnit));
    m_painter.drawLine(line.topLeft(), line.topRight());
    const QFont small = font(8);
    QString left = m_content.profile.fullName;
    if (!left.isEmpty())
        left += QStringLiteral(" — ");
    left += tr("Attestation portfolio");
    drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left, small, Muted);
    const QString number = m_totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                            : tr("Page %1 of %2").arg(m_page).arg(m_page);
    drawText(line, Qt::AlignRight | Qt::AlignVCenter, number, small, Muted);
}

void Renderer::heading(const QString &text, double points)
{
    const QFont headingFont = font(points, true);
    // Keep a heading with at least a few lines of what follows.
    ensureSpace(textHeight(text, headingFont, m_area.width()) + mm(25));
    paragraph(text, headingFont, Accent, Qt::AlignLeft, mm(3));
}

QString Renderer::termText(const Term *term, const QString &key) const
{
    return term ? term->name.text(m_language) : key;
}

QString Renderer::sectionTitle(const Section &section) const
{
    return section.number + QStringLiteral(". ") + section.name.text(m_language);
}

bool Renderer::run(QPdfWriter *writer)
{
    m_writer = writer;
    const QRectF page(0, 0, writer->width(), writer->height());
    m_area = QRectF(page.left() + mm(20), page.top() + mm(16), page.width() - mm(38),
                            page.height() - mm(16) - mm(22));
    if (!m_painter.begin(writer))
        return false;
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
    newPage();
    drawCover();
    drawContents();
    drawDirections();
    drawProfile();
    drawTables();
    drawCharts();
    drawDocuments();
    return m_painter.end();
}

void Renderer::drawCover()
{
    const Profile &profile = m_content.profile;
    const double width = m_area.width();
    m_y += mm(6);
    if (!profile.school.isEmpty())
        paragraph(profile.school, font(13), Muted, Qt::AlignHCenter, mm(20));
    else
        m_y += mm(20);
    paragraph(tr("Teacher's attestation portfolio"), font(24, true), Accent, Qt::AlignHCenter, mm(3));
    paragraph(tr("Documents, tables I–VIII and materials of pedagogical work"), font(12), Muted,
              Qt::AlignHCenter, mm(12));

    // The portrait at its official size, 5×6 cm.
    const QRectF photo(m_area.left() + (width - mm(50)) / 2, m_y, mm(50), mm(60));
    if (!m_content.photoPath.isEmpty()) {
        drawImage(m_content.photoPath, photo);
        m_y = photo.bottom() + mm(10);
    }
    paragraph(profile.fullName.isEmpty() ? tr("The teacher's name is not filled in") : profile.fullName,
              font(20, true), Ink, Qt::AlignHCenter, mm(3));
    QStringList work;
    if (!profile.position.isEmpty())
        work.append(profile.position);
    if (!profile.subject.isEmpty())
        work.append(tr("Subject: %1").arg(profile.subject));
    if (!work.isEmpty())
        paragraph(work.join(QStringLiteral(" · ")), font(12), Ink, Qt::AlignHCenter, mm(12));

    QList<QPair<QString, QString>> rows;
    rows.append({tr("Current category"),
                 profile.currentCategory.isEmpty()
                     ? tr("none")
                     : termText(m_catalog.category(profile.currentCategory), profile.currentCategory)});
    if (!profile.targetCategory.isEmpty())
        rows.append({tr("Category applied for"),
                     termText(m_catalog.category(profile.targetCategory), profile.targetCategory)});
    if (profile.attestationDate.isValid()) {
        rows.append({tr("Planned attestation date"), displayDate(profile.attestationDate)});
        rows.append({tr("Period covered"), tr("%1 – %2")
                                               .arg(displayDate(profile.attestationDate.addYears(-5)),
                                                    displayDate(profile.attestationDate))});
    }
    const QDate printed = m_options.printedOn.isValid() ? m_options.printedOn : QDate::currentDate();
    rows.append({tr("Prepared on"), displayDate(printed)});
    const double tableWidth = mm(140);
    const QRectF saved = m_area;
    m_area.setLeft(saved.left() + (width - tableWidth) / 2);
    m_area.setWidth(tableWidth);
    drawKeyValues(rows, mm(66), 11);
    m_area = saved;
}

QList<ContentsEntry> Renderer::contentsEntries() const
{
    QList<ContentsEntry> entries;
    entries.append({0, tr("The portfolio by the directions of the 2024 rules"), QStringLiteral("directions")});
    entries.append({0, tr("The teacher's profile"), QStringLiteral("profile")});
    const Portfolio *tables = m_catalog.portfolio(QStringLiteral("tables"));
    if (tables) {
        entries.append({0, tables->name.text(m_language), QString()});
        for (const QString &key : tables->sectionKeys) {
            if (const Section *section = m_catalog.section(key))
                entries.append({1, sectionTitle(*section), QStringLiteral("table:") + key});
        }
    }
    entries.append({0, tr("Charts"), QStringLiteral("charts")});
    entries.append({0, tr("Documents"), QString()});
    for (const Portfolio &portfolio : m_catalog.portfolios()) {
        QList<ContentsEntry> sections;
        for (const QString &key : portfolio.sectionKeys) {
            const Section *section = m_catalog.section(key);
            if (section && hasDocumentPages(*section))
                sections.append({2, sectionTitle(*section), QStringLiteral("docs:") + key});
        }
        if (sections.isEmpty())
            continue;
        entries.append({1, portfolio.name.text(m_language), QString()});
        entries.append(sections);
    }
    return entries;
}

void Renderer::drawContents()
{
    newPage();
    heading(tr("Contents"), 18);
    m_y += mm(2);
    for (const ContentsEntry &entry : contentsEntries()) {
        const QFont entryFont = font(entry.depth == 0 ? 11.5 : 10.5, entry.depth < 2 && entry.anchor.isEmpty());
        drawLeaderLine(entry.text, entryFont, entry.depth * mm(7), entry.anchor,
                       entry.depth == 0 ? mm(3) : mm(0.8));
    }
}

// One line of a listing: the text, wrapped when long, then a dotted leader
// and the page number where `anchorKey` starts (no number when the key is
// empty).
void Renderer::drawLeaderLine(const QString &text, const QFont &textFont, double indent, const QString &anchorKey,
                              double spaceBefore)
{
    const QFont pageFont = font(10.5);
    const QFontMetricsF metrics(pageFont, m_writer);
    const double numberWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
    const double textWidth = m_area.width() - indent - numberWidth - mm(4);
    const double height = textHeight(text, textFont, textWidth);
    ensureSpace(height + spaceBefore);
    m_y += spaceBefore;
    const QRectF textRect(m_area.left() + indent, m_y, textWidth, height);
    drawText(textRect, Qt::AlignLeft | Qt::TextWordWrap, text, textFont, Ink);
    if (!anchorKey.isEmpty()) {
        const int page = m_knownAnchors.value(anchorKey);
        const QRectF numberRect(m_area.right() - numberWidth, m_y + height - metrics.height(), numberWidth,
                                metrics.height());
        drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, page > 0 ? QString::number(page) : QString(),
                 pageFont, Ink);
        // A dotted leader from the end of the text's last line to the number.
        QTextLayout layout(text, textFont, m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        double lastLineWidth = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(textWidth);
            lastLineWidth = line.naturalTextWidth();
        }
        layout.endLayout();
        const double lineEnd = textRect.left() + lastLineWidth;
        m_painter.setPen(QPen(RuleColor, 0.6 * PointUnit, Qt::DotLine));
        const double baseline = m_y + height - metrics.descent() - mm(0.3);
        if (numberRect.left() - mm(2) > lineEnd + mm(2))
            m_painter.drawLine(QPointF(lineEnd + mm(2), baseline), QPointF(numberRect.left() - mm(2), baseline));
    }
    m_y += height;
}

// The anchor of the page where an item is shown: its first document page,
// or its table for a table row without pages.
QString Renderer::itemAnchor(const Item &item) const
{
    const Section *section = m_catalog.section(item.sectionKey);
    if (section && section->isTable && item.pages.isEmpty())
        return QStringLiteral("table:") + item.sectionKey;
    return QStringLiteral("item:") + item.uuid.toString();
}

// Draws the portfolio's second view: the same items grouped by the four
// directions of the 2024 rules, each with its date and the page showing it.
void Renderer::drawDirections()
{
    newPage();
    anchor(QStringLiteral("directions"));
    heading(tr("The portfolio by the directions of the 2024 rules"), 18);
    paragraph(tr("The same documents grouped by the four directions of the attestation rules as amended in 2024. "
                 "The number on the right is the page where the document is."),
              font(10), Muted, Qt::AlignLeft, mm(2));
    QList<ItemSummary> summaries;
    QHash<QUuid, const Item *> byUuid;
    for (const Item &item : m_content.items) {
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
    const QFont itemFont = font(10.5);
    for (const DirectionGroup &group : groupByDirection(summaries, m_language, m_catalog)) {
        const Term *direction = m_catalog.direction(group.directionKey);
        const QString name = termText(direction, group.directionKey);
        const QFont headingFont = font(12.5, true);
        ensureSpace(textHeight(name, headingFont, m_area.width()) + mm(18));
        m_y += mm(4);
        paragraph(name, headingFont, Accent, Qt::AlignLeft, mm(1.5));
        if (group.items.isEmpty()) {
            paragraph(tr("No documents in this direction yet."), font(10), Muted, Qt::AlignLeft, mm(1));
            continue;
        }
        for (const ItemSummary &summary : group.items) {
            const Item *item = byUuid.value(summary.uuid);
            QString text = summary.title.isEmpty() ? tr("Untitled item") : summary.title;
            text += QStringLiteral(" — ")
                + (summary.date.isValid() ? displayDate(summary.date) : tr("no date"));
            drawLeaderLine(text, itemFont, mm(4), item ? itemAnchor(*item) : QString(), mm(0.8));
        }
    }
}

void Renderer::drawKeyValues(const QList<QPair<QString, QString>> &rows, double labelWidth, double points)
{
    const QFont labelFont = font(points);
    const QFont valueFont = font(points, true);
    const double pad = mm(2);
    const double valueWidth = m_area.width() - labelWidth;
    for (const auto &row : rows) {
        const double height = std::max(textHeight(row.first, labelFont, labelWidth - 2 * pad),
                                       textHeight(row.second, valueFont, valueWidth - 2 * pad))
            + 2 * pad;
        ensureSpace(height);
        const QRectF label(m_area.left(), m_y, labelWidth, height);
        const QRectF value(label.right(), m_y, valueWidth, height);
        m_painter.fillRect(label, HeaderFill);
        m_painter.setPen(QPen(RuleColor, 0.5 * PointUnit));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(label);
        m_painter.drawRect(value);
        drawText(label.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.first,
                 labelFont, Muted);
        drawText(value.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                 row.second, valueFont, Ink);
        m_y += height;
    }
}

void Renderer::drawProfile()
{
    newPage();
    anchor(QStringLiteral("profile"));
    const Section *general = m_catalog.section(QStringLiteral("documents.general"));
    heading(general ? sectionTitle(*general) : tr("The teacher's profile"), 16);
    const Profile &profile = m_content.profile;
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("—") : text; };
    QList<QPair<QString, QString>> rows = {
        {tr("Surname, name, patronymic"), orDash(profile.fullName)},
        {tr("Specialty by diploma"), orDash(profile.specialty)},
        {tr("Place of work"), orDash(profile.school)},
        {tr("Position"), orDash(profile.position)},
        {tr("Subject"), orDash(profile.subject)},
        {tr("Years of work in education"),
         profile.yearsOfExperience > 0 ? QString::number(profile.yearsOfExperience) : QStringLiteral("—")},
        {tr("Current category"),
         profile.currentCategory.isEmpty()
             ? tr("none")
             : termText(m_catalog.category(profile.currentCategory), profile.currentCategory)},
        {tr("Category applied for"),
         orDash(profile.targetCategory.isEmpty()
                    ? QString()
                    : termText(m_catalog.category(profile.targetCategory), profile.targetCategory))},
        {tr("Planned attestation date"), orDash(displayDate(profile.attestationDate))},
    };
    drawKeyValues(rows, mm(70), 11);
}

QString Renderer::cellText(const Item &item, const FieldDef &field) const
{
    if (field.key == QLatin1String("date") || field.type == FieldType::Date) {
        const QDate date = field.key == QLatin1String("date")
            ? item.date
            : QDate::fromString(item.fields.value(field.key).toString(), Qt::ISODate);
        return date.isValid() ? displayDate(date) : tr("no date");
    }
    if (field.key == QLatin1String("level") || field.type == FieldType::Level) {
        const QString key = field.key == QLatin1String("level") ? item.level : item.fields.value(field.key).toString();
        return key.isEmpty() ? QString() : termText(m_catalog.level(key), key);
    }
    const QString value = item.fields.value(field.key).toString();
    if (value.isEmpty())
        return {};
    if (field.type == FieldType::Place)
        return termText(m_catalog.place(value), value);
    if (field.type == FieldType::Choice) {
        for (const auto &option : field.options) {
            if (option.first == value)
                return option.second.text(m_language);
        }
    }
    return value;
}

double columnWidth(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Date:
        return mm(22);
    case FieldType::Percent:
        return mm(24);
    case FieldType::ClassGroup:
        return mm(20);
    case FieldType::Level:
        return mm(27);
    case FieldType::Number:
        return mm(16);
    default:
        return 0; // shares the rest
    }
}

void Renderer::drawTables()
{
    const Portfolio *tables = m_catalog.portfolio(QStringLiteral("tables"));
    if (!tables)
        return;
    newPage();
    heading(tables->name.text(m_language), 18);
    for (const QString &key : tables->sectionKeys) {
        if (const Section *section = m_catalog.section(key))
            drawTable(*section);
    }
}

void Renderer::drawTable(const Section &section)
{
    const double pad = mm(1.5);
    const QFont headerFont = font(8.5, true);
    const QFont cellFont = font(9);
    const QList<Item> rows = m_content.bySection.value(section.key);
    QList<QStringList> cells;
    for (int r = 0; r < rows.size(); ++r) {
        QStringList row{QString::number(r + 1)};
        for (const FieldDef &column : section.columns)
            row.append(cellText(rows.at(r), column));
        cells.append(row);
    }

    // The row number, then the catalog's columns.
    QList<double> widths{mm(9)};
    QStringList headers{QStringLiteral("№")};
    double fixed = widths.first();
    int shared = 0;
    const QFontMetricsF headerMetrics(headerFont, m_writer);
    const QFontMetricsF cellMetrics(cellFont, m_writer);
    const auto longestWord = [](const QString &text, const QFontMetricsF &metrics) {
        double longest = 0;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word));
        return longest;
    };
    // The least width of each column that shares the rest: its header's longest word.
    QList<double> minimum{0};
    for (int c = 0; c < section.columns.size(); ++c) {
        headers.append(section.columns.at(c).name.text(m_language));
        const double headerWord = longestWord(headers.last(), headerMetrics) + 2 * pad + mm(1);
        double width = columnWidth(section.columns.at(c));
        if (width > 0) {
            // A narrow column is at least as wide as the longest word of its header and cells.
            width = std::max(width, headerWord);
            for (const QStringList &row : std::as_const(cells))
                width = std::max(width, longestWord(row.at(c + 1), cellMetrics) + 2 * pad + mm(1));
        }
        widths.append(width);
        minimum.append(width > 0 ? 0 : headerWord);
        fixed += widths.last();
        shared += widths.last() == 0 ? 1 : 0;
    }
    // Shares the rest equally; a column whose share is below its minimum gets
    // the minimum, and the others share what is left.
    QList<bool> settled(widths.size(), false);
    for (int i = 0; i < widths.size(); ++i)
        settled[i] = widths.at(i) > 0;
    double available = m_area.width() - fixed;
    for (bool changed = true; changed && shared > 0;) {
        changed = false;
        const double share = available / shared;
        for (int i = 0; i < widths.size(); ++i) {
            if (!settled.at(i) && minimum.at(i) > share) {
                widths[i] = minimum.at(i);
                settled[i] = true;
                available -= minimum.at(i);
                --shared;
                changed = true;
            }
        }
    }
    const double rest = std::max(mm(15), available / std::max(1, shared));
    double total = 0;
    for (int i = 0; i < widths.size(); ++i) {
        if (!settled.at(i))
            widths[i] = rest;
        total += widths.at(i);
    }
    // Too many wide columns: all of them shrink to fit the page.
    if (total > m_area.width()) {
        for (double &width : widths)
            width *= m_area.width() / total;
    }

    // Words wrap whole, unless a word is wider than its column: then the
    // text breaks anywhere rather than being cut off.
    const auto wrapFlags = [&](const QString &text, const QFontMetricsF &metrics, double width) {
        return longestWord(text, metrics) > width ? int(Qt::TextWrapAnywhere) : int(Qt::TextWordWrap);
    };
    const auto rowHeight = [&](const QStringList &row, const QFont &rowFont) {
        const QFontMetricsF metrics(rowFont, m_writer);
        double height = 0;
        for (int i = 0; i < row.size(); ++i) {
            const double width = widths.at(i) - 2 * pad;
            height = std::max(height, textHeight(row.at(i), rowFont, width, wrapFlags(row.at(i), metrics, width)));
        }
        return height + 2 * pad;
    };
    const auto drawRow = [&](const QStringList &row, const QFont &rowFont, double height, bool header) {
        const QFontMetricsF metrics(rowFont, m_writer);
        double x = m_area.left();
        for (int i = 0; i < row.size(); ++i) {
            const QRectF cell(x, m_y, widths.at(i), height);
            if (header)
                m_painter.fillRect(cell, HeaderFill);
            m_painter.setPen(QPen(RuleColor, 0.5 * PointUnit));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(cell);
            const int align = (header || i == 0) ? Qt::AlignHCenter | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignTop;
            const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
            drawText(inner, align | wrapFlags(row.at(i), metrics, inner.width()), row.at(i), rowFont, Ink);
            x += widths.at(i);
        }
        m_y += height;
    };

    const QString title = sectionTitle(section);
    const double headerHeight = rowHeight(headers, headerFont);
    const double firstRow = cells.isEmpty() ? mm(10) : rowHeight(cells.first(), cellFont);

    // The title, the header and the first row stay together.
    const QFont titleFont = font(12.5, true);
    const double titleHeight = textHeight(title, titleFont, m_area.width());
    m_y += mm(5);
    ensureSpace(titleHeight + mm(2) + headerHeight + firstRow);
    anchor(QStringLiteral("table:") + section.key);
    paragraph(title, titleFont, Accent, Qt::AlignLeft, mm(2));
    drawRow(headers, headerFont, headerHeight, true);

    if (cells.isEmpty()) {
        const QRectF empty(m_area.left(), m_y, m_area.width(), mm(10));
        m_painter.setPen(QPen(RuleColor, 0.5 * PointUnit));
        m_painter.drawRect(empty);
        drawText(empty, Qt::AlignCenter, tr("No rows yet"), font(9), Muted);
        m_y += empty.height();
        return;
    }
    for (const QStringList &row : std::as_const(cells)) {
        const double height = rowHeight(row, cellFont);
        if (m_y + height > m_area.bottom()) {
            // The table goes on: its title and header again on the next page.
            newPage();
            paragraph(tr("%1 (continued)").arg(title), font(10, true), Muted, Qt::AlignLeft, mm(2));
            drawRow(headers, headerFont, headerHeight, true);
        }
        drawRow(row, cellFont, height, false);
    }
}

void Renderer::drawCharts()
{
    newPage();
    anchor(QStringLiteral("charts"));
    heading(tr("Charts"), 18);
    const QDate reference = referenceDate(m_content.profile);
    ChartStyle style;
    style.unit = PointUnit;
    style.fontFamily = bundledFontFamily();

    if (const Section *dynamics = m_catalog.section(QStringLiteral("tables.achievement_dynamics")))
        paragraph(sectionTitle(*dynamics), font(12.5, true), Accent, Qt::AlignLeft, mm(1));
    paragraph(Charts::dynamicsTitle(), font(10), Muted, Qt::AlignLeft, mm(3));
    const QRectF first(m_area.left(), m_y, m_area.width(), mm(90));
    Charts::drawDynamics(&m_painter, first, dynamicsChart(m_content.items, reference), style);
    m_y = first.bottom() + mm(12);

    paragraph(Charts::awardsTitle(), font(12.5, true), Accent, Qt::AlignLeft, mm(1));
    if (const Section *achievements = m_catalog.section(QStringLiteral("documents.achievements")))
        paragraph(sectionTitle(*achievements), font(10), Muted, Qt::AlignLeft, mm(3));
    const QRectF second(m_area.left(), m_y, m_area.width(),
                        std::min(mm(95), m_area.bottom() - m_y));
    Charts::drawAwards(&m_painter, second, awardsChart(m_content.items, reference), m_language, style);
    m_y = second.bottom();
}

bool Renderer::hasDocumentPages(const Section &section) const
{
    for (const Item &item : m_content.bySection.value(section.key)) {
        if (!item.pages.isEmpty() || !section.isTable)
            return true;
    }
    return false;
}

void Renderer::drawDocuments()
{
    for (const Portfolio &portfolio : m_catalog.portfolios()) {
        for (const QString &key : portfolio.sectionKeys) {
            const Section *section = m_catalog.section(key);
            if (!section || !hasDocumentPages(*section))
                continue;
            bool first = true;
            for (const Item &item : m_content.bySection.value(key)) {
                // A table row without attached pages is shown in its table only.
                if (section->isTable && item.pages.isEmpty())
                    continue;
                const int pages = std::max(1, int(item.pages.size()));
                for (int index = 0; index < pages; ++index) {
                    drawDocumentPage(*section, item, index, first);
                    first = false;
                }
            }
        }
    }
}

void Renderer::drawDocumentPage(const Section &section, const Item &item, int pageIndex, bool sectionStart)
{
    newPage();
    if (sectionStart)
        anchor(QStringLiteral("docs:") + section.key);
    if (pageIndex == 0)
        anchor(QStringLiteral("item:") + item.uuid.toString());
    const Portfolio *portfolio = m_catalog.portfolio(section.portfolioKey);
    const QString where = (portfolio ? portfolio->name.text(m_language) + QStringLiteral(" · ") : QString())
        + sectionTitle(section);
    paragraph(where, font(sectionStart ? 11 : 9, sectionStart), sectionStart ? Accent : Muted, Qt::AlignLeft,
              mm(2));
    m_painter.setPen(QPen(RuleColor, 0.5 * PointUnit));
    m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    m_y += mm(3);

    const int pageCount = int(item.pages.size());
    QString title = item.title.isEmpty() ? tr("Untitled item") : item.title;
    paragraph(title, font(14, true), Ink, Qt::AlignLeft, mm(2));

    QList<QPair<QString, QString>> rows;
    if (!item.kind.isEmpty()) {
        if (const DocumentKind *kind = m_catalog.documentKind(section.key, item.kind))
            rows.append({tr("Document"), kind->name.text(m_language)});
    }
    QString date = item.date.isValid() ? displayDate(item.date)
                                       : tr("not given: the item is incomplete until it has a date");
    if (item.date.isValid() && item.endDate.isValid())
        date = tr("%1 – %2").arg(displayDate(item.date), displayDate(item.endDate));
    rows.append({tr("Date"), date});
    if (!item.issuer.isEmpty())
        rows.append({tr("Issued by"), item.issuer});
    if (!item.level.isEmpty())
        rows.append({tr("Level"), termText(m_catalog.level(item.level), item.level)});
    QList<FieldDef> fields;
    if (!section.isTable)
        fields = section.columns;
    if (const DocumentKind *kind = m_catalog.documentKind(section.key, item.kind))
        fields.append(kind->fields);
    for (const FieldDef &field : std::as_const(fields)) {
        if (field.key == QLatin1String("date") || field.key == QLatin1String("level")
            || field.type == FieldType::Level)
            continue;
        const QString value = cellText(item, field);
        if (!value.isEmpty())
            rows.append({field.name.text(m_language), value});
    }
    for (const Barcode &code : item.barcodes) {
        if (code.pageIndex == pageIndex || pageCount <= 1)
            rows.append({code.format == QLatin1String("QRCode") ? tr("QR code") : tr("Barcode"), code.text});
    }
    if (m_options.reviewStatus) {
        const QString review = m_options.reviewStatus(item);
        if (!review.isEmpty())
            rows.append({tr("Review"), review});
    }
    if (pageCount > 1)
        rows.append({tr("Page"), tr("%1 of %2").arg(pageIndex + 1).arg(pageCount)});

    const QFont labelFont = font(9);
    const QFont valueFont = font(9.5);
    const double labelWidth = mm(38);
    const double valueWidth = m_area.width() - labelWidth;
    for (const auto &row : std::as_const(rows)) {
        const int flags = Qt::TextWordWrap;
        const double height = std::max(textHeight(row.first, labelFont, labelWidth - mm(2)),
                                       textHeight(row.second, valueFont, valueWidth, flags | Qt::TextWrapAnywhere));
        drawText(QRectF(m_area.left(), m_y, labelWidth - mm(2), height), Qt::AlignLeft | flags, row.first,
                 labelFont, Muted);
        const bool incomplete = row.first == tr("Date") && !item.date.isValid();
        drawText(QRectF(m_area.left() + labelWidth, m_y, valueWidth, height),
                 Qt::AlignLeft | flags | Qt::TextWrapAnywhere, row.second, valueFont, incomplete ? Warning : Ink);
        m_y += height + mm(0.8);
    }
    m_y += mm(3);

    const QRectF area(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y);
    if (pageCount == 0) {
        drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("No page is attached to this item."),
                 font(10), Muted);
        return;
    }
    const Page &page = item.pages.at(pageIndex);
    const QString path = m_content.pagePaths.value(item.uuid.toString()).value(pageIndex);
    if (page.kind == PageKind::Document) {
        const QString name = page.displayName.isEmpty() ? page.mimeType : page.displayName;
        paragraph(tr("Attached file: %1. The file itself is kept in the portfolio and in the bundle.").arg(name),
                  font(10), Muted, Qt::AlignLeft, mm(3));
        if (!path.isEmpty())
            drawImage(path, QRectF(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y));
        return;
    }
    ++m_documentPages;
    drawImage(path, area);
}

// Draws the image centred in `area`, scaled to fit, at the report's image
// resolution: a larger picture is scaled down before Qt embeds it as JPEG.
void Renderer::drawImage(const QString &path, const QRectF &area)
{
    if (!m_final || path.isEmpty() || area.height() < mm(10))
        return;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid())
        return;
    const QSizeF fitted = QSizeF(size).scaled(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.left() + (area.width() - fitted.width()) / 2, area.top(), fitted.width(),
                        fitted.height());
    const QSize printed(std::max(1, int(std::lround(target.width() / Dpi * m_options.imageDpi))),
                        std::max(1, int(std::lround(target.height() / Dpi * m_options.imageDpi))));
    if (size.width() > printed.width() || size.height() > printed.height())
        reader.setScaledSize(size.scaled(printed, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return;
    if (image.width() > printed.width() * 1.05)
        image = image.scaled(printed, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        // No transparency in PDF/A-1: flatten on white.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    image = image.convertToFormat(image.allGray() ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    m_painter.drawImage(target, image);
    m_painter.setPen(QPen(RuleColor, 0.5 * PointUnit));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(target);
}

void setUp(QPdfWriter *writer, const ReportContent &content, const ReportOptions &options)
{
    writer->setResolution(Dpi);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer->setCreator(QStringLiteral("Qujat ") + QCoreApplication::applicationVersion());
    writer->setTitle(content.profile.fullName.isEmpty()
                         ? ReportWriter::tr("Attestation portfolio")
                         : ReportWriter::tr("Attestation portfolio: %1").arg(content.profile.fullName));
    if (options.pdfA)
        writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
}

} // namespace

bool ReportWriter::write(const Store &store, QIODevice *device, const ReportOptions &options, Error *error)
{
    const auto failed = [&](const QString &detail) {
        if (error) {
            error->message = tr("The PDF portfolio could not be written. Check that there is free space, then try again.");
            error->detail = detail;
        }
        return false;
    };
    if (!store.isOpen())
        return failed(QStringLiteral("the portfolio is not open"));
    registerBundledFonts();
    const ReportContent content = loadContent(store);

    // First pass: where each part starts and how many pages there are.
    QByteArray scratch;
    QBuffer scratchDevice(&scratch);
    scratchDevice.open(QIODevice::WriteOnly);
    QHash<QString, int> anchors;
    int totalPages = 0;
    {
        QPdfWriter writer(&scratchDevice);
        setUp(&writer, content, options);
        Renderer measure(content, options, false, {}, 0);
        if (!measure.run(&writer))
            return failed(QStringLiteral("the layout pass failed"));
        anchors = measure.anchors();
        totalPages = measure.pages();
    }

    QPdfWriter writer(device);
    setUp(&writer, content, options);
    Renderer renderer(content, options, true, anchors, totalPages);
    if (!renderer.run(&writer))
        return failed(QStringLiteral("QPainter on QPdfWriter failed: %1").arg(device->errorString()));
    if (renderer.pages() != totalPages)
        return failed(QStringLiteral("page count changed between passes: %1, then %2").arg(totalPages).arg(renderer.pages()));
    if (options.stats) {
        options.stats->pages = renderer.pages();
        options.stats->documentPages = renderer.documentPages();
    }
    return true;
}

QByteArray ReportWriter::render(const Store &store, const ReportOptions &options, Error *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(store, &buffer, options, error))
        return {};
    return bytes;
}

bool ReportWriter::writeFile(const Store &store, const QString &path, const ReportOptions &options, Error *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            error->message = tr("The PDF could not be saved to %1. Choose a folder you can write to, then try again.")
                                 .arg(QFileInfo(path).absolutePath());
            error->detail = file.errorString();
        }
        return false;
    }
    if (!write(store, &file, options, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) {
            error->message = tr("The PDF could not be saved to %1. Check that there is free space, then try again.")
                                 .arg(QFileInfo(path).absolutePath());
            error->detail = file.errorString();
        }
        return false;
    }
    return true;
}

QString ReportWriter::suggestedFileName(const Profile &profile)
{
    QString name = profile.fullName.simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QString());
    return name.isEmpty() ? tr("Portfolio") + QStringLiteral(".pdf")
                          : tr("Portfolio") + QStringLiteral(" — ") + name + QStringLiteral(".pdf");
}

} // namespace qujat
