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
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    m_recentLabel = new QLabel(this);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("recentPlansList"));
    m_samplesLabel = new QLabel(this);
    m_sampleList = new QListWidget(this);
    m_sampleList->setObjectName(QStringLiteral("samplePlansList"));

    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList, 2);
    column->addWidget(m_samplesLabel);
    column->addWidget(m_sampleList, 1);
    column->addStretch(1);

    connect(m_newButton, &QPushButton::clicked, this, &StartPage::newPlanRequested);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);
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
    m_openButton->setText(tr("Open Plan…"));
    m_recentLabel->setText(tr("Recent plans"));
    m_samplesLabel->setText(tr("Samples"));
    m_sampleList->clear();
    for (const SamplePlan &sample : PlanDialogs::samples()) {
        auto *item = new QListWidgetItem(sample.name, m_sampleList);
        item->setData(Qt::UserRole, sample.resource);
    }
    setRecentFiles(m_recentFiles);
}

} // namespace zeroplan
