#include "ReportPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace zeroplan {

ReportPage::ReportPage(PlanDocument *, LiveResults *, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Report — coming"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto *text = new QLabel(
        tr("A PDF plan for the committee to adopt is coming in the next version: cover, "
           "summary, baseline by sector, measures with their owners and years, the pathway "
           "and wedge charts, costs, uncertainty, an action timeline and every factor with "
           "its source, in Chinese or English.\n\nUntil then, save the plan and export its "
           "results with zeroplan-cli export."),
        this);
    text->setObjectName(QStringLiteral("reportComingLabel"));
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace zeroplan
