#include "StartPage.h"

#include "PlanDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zeroplan {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newPlanButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openPlanButton"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importDataButton"));
    m_guideButton = new QPushButton(this);
    m_guideButton->setObjectName(QStringLiteral("userGuideButton"));
    m_guideButton->setFlat(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    buttons->addWidget(m_guideButton);
    m_buttonsHint = new QLabel(this);
    m_buttonsHint->setWordWrap(true);
    m_buttonsHint->setStyleSheet(QStringLiteral("color: #555;"));
    m_recentLabel = new QLabel(this);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("recentPlansList"));
    m_samplesLabel = new QLabel(this);
    m_samplesHint = new QLabel(this);
    m_samplesHint->setWordWrap(true);
    m_samplesHint->setStyleSheet(QStringLiteral("color: #555;"));
    m_sampleList = new QListWidget(this);
    m_sampleList->setObjectName(QStringLiteral("samplePlansList"));

    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addLayout(buttons);
    column->addWidget(m_buttonsHint);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList, 2);
    column->addWidget(m_samplesLabel);
    column->addWidget(m_samplesHint);
    column->addWidget(m_sampleList, 1);
    column->addStretch(1);

    connect(m_newButton, &QPushButton::clicked, this, &StartPage::newPlanRequested);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(m_guideButton, &QPushButton::clicked, this, &StartPage::guideRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_sampleList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit sampleRequested(item->data(Qt::UserRole).toString());
    });
    retranslate();
}

void StartPage::setRecentFiles(const QStringList &files)
{
    m_recentFiles = files;
    m_recentList->clear();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(),
                              QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recentList);
        item->setData(Qt::UserRole, path);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Plans you open or save appear here."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::retranslate()
{
    m_title->setText(tr("ZeroPlan"));
    m_intro->setText(tr("Plan your community's path to carbon neutrality: start with the "
                        "baseline, add measures, compare scenarios and see when the community "
                        "reaches net zero."));
    m_newButton->setText(tr("New Plan"));
    m_importButton->setText(tr("Import Data…"));
    m_openButton->setText(tr("Open Plan…"));
    m_guideButton->setText(tr("User Guide (F1)"));
    m_buttonsHint->setText(
        tr("New Plan starts an empty plan on the Community page, where you name the community "
           "and choose its grid region. Import Data… starts a new plan and reads your energy "
           "and waste figures from a CSV or Excel table. Open Plan… opens a saved plan."));
    m_recentLabel->setText(tr("Recent plans"));
    m_samplesLabel->setText(tr("Examples"));
    m_samplesHint->setText(tr("Sample plans of other communities, to look around and try things "
                              "out: they are examples, not your community's figures."));
    m_sampleList->clear();
    for (const SamplePlan &sample : PlanDialogs::samples()) {
        auto *item = new QListWidgetItem(tr("%1 (example)").arg(sample.name), m_sampleList);
        item->setData(Qt::UserRole, sample.resource);
    }
    setRecentFiles(m_recentFiles);
}

} // namespace zeroplan
