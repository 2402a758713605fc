#include "HistoryDock.h"

#include "HistoryPanel.h"

#include <QAction>
#include <QEvent>

namespace zeroplan {

HistoryDock::HistoryDock(QWidget *parent) : QDockWidget(parent), m_panel(new HistoryPanel(this))
{
    setObjectName(QStringLiteral("historyDock"));
    setWidget(m_panel);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    QEvent language(QEvent::LanguageChange);
    changeEvent(&language);
}

void HistoryDock::setDocument(PlanDocument *document)
{
    m_panel->setDocument(document);
}

void HistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("History"));
        toggleViewAction()->setText(tr("&History"));
    }
    QDockWidget::changeEvent(event);
}

} // namespace zeroplan
