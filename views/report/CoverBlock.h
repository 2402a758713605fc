#pragma once

#include "ReportBlock.h"

#include <QList>
#include <QPair>
#include <QString>

namespace zeroplan {

// The first page: the plan's title, the community, and what the document is (scenario,
// date, who prepared it), on a page of its own.
class CoverBlock : public ReportBlock
{
public:
    struct Content
    {
        QString kicker;    // "Carbon-neutrality plan"
        QString title;     // the plan's title
        QString community; // name and region
        QList<QPair<QString, QString>> details; // "Scenario" → "Ambitious", …
        QString colophon;  // "Made with ZeroPlan 0.1.0"
    };

    explicit CoverBlock(Content content);
    qreal height(const ReportStyle &style, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect, const ReportStyle &style) const override;
    const Content &content() const { return m_content; }

private:
    Content m_content;
};

} // namespace zeroplan
