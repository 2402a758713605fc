#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

namespace zeroplan {

// The first page: the plan's title, the community, and what the document is (scenario,
// date, who prepared it), on a page of its own. However long the names, each part keeps to
// a bounded number of lines (the last cut with "…"), so nothing runs into the next part or
// off the page.
class CoverBlock : public ReportBlock
{
public:
    struct Content
    {
        QString kicker;                         // "Carbon-neutrality plan"
        QString title;                          // the plan's title
        QString community;                      // name and region
        QList<QPair<QString, QString>> details; // "Scenario" → "Ambitious", …
        QString colophon;                       // "Made with ZeroPlan 0.1.0"
    };

    // Where each part goes on the page (device units).
    struct Parts
    {
        QRectF band;
        QRectF kicker;
        QRectF title;
        QRectF community;
        QList<QRectF> details; // one per detail, caption and value
        QRectF colophon;
    };
    static constexpr int kKickerLines = 1;
    static constexpr int kTitleLines = 4;
    static constexpr int kCommunityLines = 2;
    static constexpr int kDetailLines = 3;

    explicit CoverBlock(Content content);
    Parts parts(const ReportStyle &style, const QRectF &rect) const;
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    const Content &content() const { return m_content; }

private:
    Content m_content;
};

} // namespace zeroplan
