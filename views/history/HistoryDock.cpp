#include "HistoryDock.h"

#include "CommentsPanel.h"
#include "HistoryPanel.h"
#include "VersionsPanel.h"

#include <QAction>
#include <QEvent>
#include <QTabWidget>

namespace zeroplan {

HistoryDock::HistoryDock(QWidget *parent)
    : QDockWidget(parent), m_tabs(new QTabWidget(this)), m_panel(new HistoryPanel),
      m_versions(new VersionsPanel), m_comments(new CommentsPanel)
{
    setObjectName(QStringLiteral("historyDock"));
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_panel, QString());
    m_tabs->addTab(m_versions, QString());
    m_tabs->addTab(m_comments, QString());
    setWidget(m_tabs);
    connect(m_versions, &VersionsPanel::openRequested, this, &HistoryDock::versionOpenRequested);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    QEvent language(QEvent::LanguageChange);
    changeEvent(&language);
}

void HistoryDock::setDocument(PlanDocument *document)
{
    m_panel->setDocument(document);
    m_versions->setDocument(document);
    m_comments->setDocument(document);
}

void HistoryDock::showComments(const ReviewTarget &target)
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_comments);
    m_comments->showTarget(target);
}

void HistoryDock::showVersions()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_versions);
}

void HistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("History"));
        toggleViewAction()->setText(tr("&History"));
        m_tabs->setTabText(0, tr("Changes"));
        m_tabs->setTabText(1, tr("Versions"));
        m_tabs->setTabText(2, tr("Comments"));
    }
    QDockWidget::changeEvent(event);
}

} // namespace zeroplan
