#include "DistrictPage.h"

#include "DistrictDocument.h"
#include "DistrictPathwayChart.h"
#include "DistrictWedgeChart.h"
#include "LeagueFilterProxy.h"
#include "LeagueTableModel.h"
#include "SmallMultiples.h"
#include "TemplateEditor.h"
#include "common/ChoiceDelegate.h"
#include "district/DistrictFlags.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace zeroplan {

namespace {

// A key figure: its caption over its value, as the plan's key-figure strip shows them.
QWidget *figureBox(QWidget *parent, QLabel *&caption, QLabel *&value, const QString &name)
{
    auto *box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(0);
    caption = new QLabel(box);
    caption->setObjectName(name + QStringLiteral("Caption"));
    value = new QLabel(box);
    value->setObjectName(name + QStringLiteral("Value"));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    value->setFont(font);
    layout->addWidget(caption);
    layout->addWidget(value);
    return box;
}

} // namespace

DistrictPage::DistrictPage(DistrictDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("districtPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(makeHeader());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("districtTabs"));
    m_tabs->addTab(makePathwayTab(), tr("Pathway"));
    m_tabs->addTab(makeLeagueTab(), tr("League table"));
    m_tabs->addTab(makeCommunitiesTab(), tr("Communities"));
    m_tabs->addTab(makeHelpTab(), tr("Needs help"));
    m_tabs->addTab(new TemplateEditor(m_document, m_tabs), tr("Template"));
    layout->addWidget(m_tabs, 1);
    connect(m_document, &DistrictDocument::rollupChanged, this, &DistrictPage::changed);
    connect(m_document, &DistrictDocument::districtChanged, this, &DistrictPage::changed);
    refresh();
}

QWidget *DistrictPage::makeHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("districtTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("districtSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    auto *figures = new QHBoxLayout;
    QLabel *reductionCaption = nullptr;
    QLabel *neutralCaption = nullptr;
    figures->addWidget(
        figureBox(header, m_baseNetCaption, m_baseNet, QStringLiteral("districtBaseNet")));
    figures->addWidget(
        figureBox(header, m_targetNetCaption, m_targetNet, QStringLiteral("districtTargetNet")));
    figures->addWidget(
        figureBox(header, reductionCaption, m_reduction, QStringLiteral("districtReduction")));
    figures->addWidget(
        figureBox(header, neutralCaption, m_neutral, QStringLiteral("districtNeutral")));
    figures->addStretch(1);
    auto *ownMeasures = new QPushButton(tr("District Measures…"), header);
    ownMeasures->setObjectName(QStringLiteral("districtMeasuresButton"));
    ownMeasures->setToolTip(tr("The district's own measures (bus fleet, district heating, a "
                               "district solar programme): a plan of their own, counted once "
                               "beside the communities"));
    connect(ownMeasures, &QPushButton::clicked, this, &DistrictPage::openOwnMeasuresRequested);
    figures->addWidget(ownMeasures, 0, Qt::AlignBottom);
    reductionCaption->setText(tr("Cut of net emissions"));
    reductionCaption->setToolTip(tr("1 − net in the target year ÷ net in the base year"));
    neutralCaption->setText(tr("Neutral by their target"));
    neutralCaption->setToolTip(tr("Communities whose net emissions stay at or below zero from "
                                  "their own neutrality target year (else their horizon end)"));
    layout->addLayout(figures);
    m_linkNotice = new QLabel(header);
    m_linkNotice->setObjectName(QStringLiteral("districtLinkNotice"));
    m_linkNotice->setWordWrap(true);
    m_linkNotice->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_linkNotice);
    return header;
}

QWidget *DistrictPage::makePathwayTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    m_pathway = new DistrictPathwayChart(tab);
    auto *right = new QWidget(tab);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitRow = new QHBoxLayout;
    auto *splitLabel = new QLabel(tr("Wedges by:"), right);
    m_wedgeSplit = new QComboBox(right);
    m_wedgeSplit->setObjectName(QStringLiteral("wedgeSplitCombo"));
    m_wedgeSplit->addItem(tr("Measure kind"));
    m_wedgeSplit->addItem(tr("Community"));
    splitLabel->setBuddy(m_wedgeSplit);
    splitRow->addWidget(splitLabel);
    splitRow->addWidget(m_wedgeSplit);
    splitRow->addStretch(1);
    m_wedges = new DistrictWedgeChart(right);
    rightLayout->addLayout(splitRow);
    rightLayout->addWidget(m_wedges, 1);
    layout->addWidget(m_pathway, 1);
    layout->addWidget(right, 1);
    connect(m_wedgeSplit, &QComboBox::currentIndexChanged, this, &DistrictPage::refreshWedges);
    return tab;
}

QWidget *DistrictPage::makeLeagueTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *filters = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("Type:"), tab);
    m_typeFilter = new QComboBox(tab);
    m_typeFilter->setObjectName(QStringLiteral("leagueTypeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (CommunityType type : {CommunityType::Existing, CommunityType::New, CommunityType::Rural})
        m_typeFilter->addItem(communityTypeName(type), communityTypeId(type));
    typeLabel->setBuddy(m_typeFilter);
    auto *sizeLabel = new QLabel(tr("Households from"), tab);
    m_minHouseholds = new QSpinBox(tab);
    m_minHouseholds->setObjectName(QStringLiteral("leagueMinHouseholds"));
    m_minHouseholds->setRange(0, 10'000'000);
    m_minHouseholds->setGroupSeparatorShown(true);
    sizeLabel->setBuddy(m_minHouseholds);
    auto *toLabel = new QLabel(tr("to"), tab);
    m_maxHouseholds = new QSpinBox(tab);
    m_maxHouseholds->setObjectName(QStringLiteral("leagueMaxHouseholds"));
    m_maxHouseholds->setRange(0, 10'000'000);
    m_maxHouseholds->setGroupSeparatorShown(true);
    m_maxHouseholds->setSpecialValueText(tr("any"));
    toLabel->setBuddy(m_maxHouseholds);
    m_openButton = new QPushButton(tr("Open Community"), tab);
    m_openButton->setObjectName(QStringLiteral("openCommunityButton"));
    m_openButton->setToolTip(tr("Show the chosen community's plan with all its pages, here in "
                                "the district (or double-click its row)"));
    filters->addWidget(typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addSpacing(12);
    filters->addWidget(sizeLabel);
    filters->addWidget(m_minHouseholds);
    filters->addWidget(toLabel);
    filters->addWidget(m_maxHouseholds);
    filters->addStretch(1);
    filters->addWidget(m_openButton);
    layout->addLayout(filters);

    m_model = new LeagueTableModel(m_document, this);
    m_proxy = new LeagueFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("leagueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the district's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            emit openCommunityRequested(index.data(LeagueTableModel::MemberRole).toInt());
    });
    connect(m_openButton, &QPushButton::clicked, this, &DistrictPage::openSelected);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &DistrictPage::applyFilter);
    connect(m_minHouseholds, &QSpinBox::valueChanged, this, &DistrictPage::applyFilter);
    connect(m_maxHouseholds, &QSpinBox::valueChanged, this, &DistrictPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_openButton->setEnabled(selectedCommunity() >= 0); });
    m_openButton->setEnabled(false);
    return tab;
}

QWidget *DistrictPage::makeCommunitiesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *note = new QLabel(tr("Business as usual (dashed) and net emissions of each community, "
                               "all on the same scale. Double-click one to open it."),
                            tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *scroll = new QScrollArea(tab);
    scroll->setObjectName(QStringLiteral("smallMultiplesScroll"));
    scroll->setWidgetResizable(true);
    m_multiples = new SmallMultiples(scroll);
    scroll->setWidget(m_multiples);
    layout->addWidget(scroll, 1);
    connect(m_multiples, &SmallMultiples::communityClicked, this, &DistrictPage::selectCommunity);
    connect(m_multiples, &SmallMultiples::communityActivated, this,
            &DistrictPage::openCommunityRequested);
    return tab;
}

QWidget *DistrictPage::makeHelpTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *flagsLabel = new QLabel(tr("Communities that need help, the most tonnes at stake "
                                     "first (click one to find it in the league table):"),
                                  tab);
    flagsLabel->setWordWrap(true);
    m_flags = new QListWidget(tab);
    m_flags->setObjectName(QStringLiteral("districtFlagsList"));
    m_flags->setWordWrap(true);
    flagsLabel->setBuddy(m_flags);
    auto *linksLabel = new QLabel(m_document->isFromServer()
                                      ? tr("Communities rolled up without a plan:")
                                      : tr("Community files that could not be read as linked:"),
                                  tab);
    m_links = new QListWidget(tab);
    m_links->setObjectName(QStringLiteral("districtLinksList"));
    m_links->setWordWrap(true);
    linksLabel->setBuddy(m_links);
    layout->addWidget(flagsLabel);
    layout->addWidget(m_flags, 3);
    layout->addWidget(linksLabel);
    layout->addWidget(m_links, 1);
    connect(m_flags, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int member = item->data(Qt::UserRole).toInt();
        m_tabs->setCurrentIndex(1);
        selectCommunity(member);
    });
    return tab;
}

bool DistrictPage::showTab(const QString &id)
{
    static const char *const ids[] = {"pathway", "league", "communities", "help", "template"};
    for (int i = 0; i < int(std::size(ids)); ++i) {
        if (id.compare(QLatin1String(ids[i]), Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void DistrictPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DistrictPage::changed()
{
    if (isVisible())
        refresh();
    else
        m_stale = true; // a community opened in place is being edited: refreshed when shown
}

void DistrictPage::refresh()
{
    m_stale = false;
    const int selected = selectedCommunity();
    const DistrictRollup &rollup = m_document->rollup();
    const District &district = m_document->district();
    m_title->setText(m_document->displayName());
    m_subtitle->setText(
        (district.region.isEmpty() ? QString() : district.region + QStringLiteral(" · ")) +
        tr("%n communities, %1–%2", "", int(m_document->links().size()))
            .arg(NumberFormat::year(district.baseYear), NumberFormat::year(district.horizonEnd)) +
        (m_document->isFromServer()
             ? QStringLiteral(" · ") + tr("from the shared store, as checked in; to look at")
             : QString()));
    m_model->refresh();
    m_figures = DistrictFigures::of(rollup, m_model->rows());
    m_baseNetCaption->setText(tr("Net emissions %1").arg(NumberFormat::year(m_figures.baseYear)));
    m_baseNet->setText(NumberFormat::tonnesPerYear(m_figures.baseNet));
    m_targetNetCaption->setText(
        tr("Net emissions %1").arg(NumberFormat::year(m_figures.targetYear)));
    m_targetNetCaption->setToolTip(tr("In the latest of the communities' neutrality target years"));
    m_targetNet->setText(NumberFormat::tonnesPerYear(m_figures.targetNet));
    m_reduction->setText(m_figures.reduction ? NumberFormat::percent(*m_figures.reduction)
                                             : QStringLiteral("—"));
    m_neutral->setText(tr("%1 of %2")
                           .arg(NumberFormat::number(m_figures.neutralByTarget),
                                NumberFormat::number(m_figures.communities)));
    m_pathway->setRollup(rollup);
    refreshWedges();
    m_multiples->setRollup(rollup);
    refreshFlags();
    refreshLinks();
    if (selected >= 0)
        selectCommunity(selected);
}

void DistrictPage::refreshWedges()
{
    m_wedges->setRollup(m_document->rollup(), m_wedgeSplit->currentIndex() == 1
                                                  ? DistrictWedgeChart::Split::ByCommunity
                                                  : DistrictWedgeChart::Split::ByKind);
}

void DistrictPage::refreshFlags()
{
    m_flags->clear();
    DistrictFlagOptions options;
    options.currentYear = QDate::currentDate().year();
    const std::vector<DistrictFlag> flags =
        DistrictFlags::of(m_document->rollup(), m_model->rows(), options);
    for (const DistrictFlag &flag : flags) {
        const QString text =
            flag.tonnesAtStake > 0
                ? tr("%1 — %2 at stake")
                      .arg(flag.message, NumberFormat::tonnesPerYear(flag.tonnesAtStake))
                : flag.message;
        auto *item = new QListWidgetItem(text, m_flags);
        item->setData(Qt::UserRole, flag.community);
    }
    if (flags.empty())
        m_flags->addItem(tr("No community needs help by these measures."));
    m_tabs->setTabText(3, flags.empty()
                              ? tr("Needs help")
                              : tr("Needs help (%1)").arg(NumberFormat::number(int(flags.size()))));
}

void DistrictPage::refreshLinks()
{
    m_links->clear();
    int problems = 0;
    for (const LinkState &link : m_document->links()) {
        if (link.status == LinkStatus::Ok)
            continue;
        ++problems;
        if (m_document->isFromServer()) { // no file: the message names the community
            m_links->addItem(link.message);
            continue;
        }
        const QString file = QDir::toNativeSeparators(link.filePath);
        QString text = tr("%1: %2").arg(file, DistrictLoader::statusName(link.status));
        if (!link.message.isEmpty())
            text += QStringLiteral(" — ") + link.message;
        else if (link.status == LinkStatus::Changed)
            text += QStringLiteral(" — ") +
                    tr("the file differs from when it was linked; it is counted as it is now, "
                       "and saving the district links it as it is");
        m_links->addItem(text);
    }
    const bool server = m_document->isFromServer();
    if (problems == 0)
        m_links->addItem(server ? tr("Every community's plan on the shared store was read.")
                                : tr("Every community file was read as linked."));
    m_linkNotice->setText(
        problems == 0 ? QString()
        : server      ? tr("%n community(ies) on the shared store rolled up without a plan: see "
                                "Needs help.",
                           "", problems)
                      : tr("%n community file(s) could not be read as linked: see Needs help.", "",
                           problems));
    m_linkNotice->setVisible(problems > 0);
}

void DistrictPage::applyFilter()
{
    LeagueFilter filter;
    const QString type = m_typeFilter->currentData().toString();
    if (!type.isEmpty())
        filter.type = communityTypeFromId(type);
    filter.minHouseholds = m_minHouseholds->value();
    filter.maxHouseholds = m_maxHouseholds->value() == 0 ? std::numeric_limits<double>::infinity()
                                                         : double(m_maxHouseholds->value());
    m_proxy->setFilter(filter);
}

int DistrictPage::selectedCommunity() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().data(LeagueTableModel::MemberRole).toInt();
}

void DistrictPage::selectCommunity(int member)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(LeagueTableModel::MemberRole).toInt() == member) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

void DistrictPage::openSelected()
{
    const int member = selectedCommunity();
    if (member >= 0)
        emit openCommunityRequested(member);
}

} // namespace zeroplan
