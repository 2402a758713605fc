#include "CommunityBar.h"

#include "DistrictDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace zeroplan {

CommunityBar::CommunityBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("communityBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#communityBar { background: #eaf3ea; border-bottom: 1px solid "
                                 "#b9d3b9; } #communityBar QLabel { color: #1f3d1f; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("communityBarLabel"));
    m_label->setWordWrap(true);
    m_back = new QPushButton(tr("Back to District"), this);
    m_back->setObjectName(QStringLiteral("backToDistrictButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_back);
    connect(m_back, &QPushButton::clicked, this, &CommunityBar::backRequested);
}

void CommunityBar::setCommunity(const DistrictDocument &document, int member)
{
    const DistrictMember &counted = document.member(member);
    const Scenario *run = counted.scenarioToRun();
    const QString community = counted.name;
    const QString district = document.displayName();
    const QString scenario = run ? run->name : QString();
    m_back->setText(tr("Back to District")); // again after a language switch
    m_label->setText(
        (scenario.isEmpty()
             ? tr("Community %1 of district %2, which counts its business as usual: its edits "
                  "count in the district at once.")
                   .arg(community, district)
             : tr("Community %1 of district %2, which counts its scenario %3: its edits count "
                  "in the district at once.")
                   .arg(community, district, scenario)));
}

void CommunityBar::setOwnMeasures(const DistrictDocument &document)
{
    const District &district = document.district();
    const DistrictMember own{QString(), district.ownPlan, district.ownScenario,
                             CommunityType::Existing};
    const Scenario *run = own.scenarioToRun();
    const QString scenario = run ? run->name : QString();
    m_back->setText(tr("Back to District"));
    m_label->setText(
        scenario.isEmpty()
            ? tr("The own measures of district %1: the activity the district itself answers for "
                 "(its bus fleet, its heating plant) and its measures, counted once beside the "
                 "communities. Saved with the district.")
                  .arg(document.displayName())
            : tr("The own measures of district %1, which counts their scenario %2: counted once "
                 "beside the communities, saved with the district.")
                  .arg(document.displayName(), scenario));
}

QString CommunityBar::text() const
{
    return m_label->text();
}

} // namespace zeroplan
