#include "HistoryPanel.h"

#include "PlanDocument.h"
#include "history/HistoryText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

enum Column
{
    WhenColumn,
    WhoColumn,
    ChangeColumn,
    BeforeColumn,
    AfterColumn
};

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit), m_tree(new QTreeWidget), m_reason(new QPushButton),
      m_summary(new QLabel)
{
    m_filter->setObjectName(QStringLiteral("historyFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(5);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_reason->setObjectName(QStringLiteral("historyReasonButton"));
    m_summary->setObjectName(QStringLiteral("historySummaryLabel"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPanel::refresh);
    connect(m_reason, &QPushButton::clicked, this, &HistoryPanel::askReason);
    QEvent language(QEvent::LanguageChange);
    changeEvent(&language);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_filter->setPlaceholderText(tr("Filter by who, what or a value"));
        m_reason->setText(tr("Give a Reason…"));
        m_reason->setToolTip(tr("Say why the last change was made; it is kept with it"));
        m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Before"), tr("After")});
        refresh();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &PlanDocument::changeLogged, this, &HistoryPanel::refresh);
    refresh();
}

void HistoryPanel::refresh()
{
    m_tree->clear();
    m_reason->setEnabled(m_document && !m_document->changeLog().isEmpty());
    if (!m_document) {
        m_summary->clear();
        return;
    }
    const ChangeLog &log = m_document->changeLog();
    const QString filter = m_filter->text().trimmed();
    int shown = 0;
    for (qsizetype i = log.size(); i-- > 0;) {
        const ChangeEntry &e = log[i];
        if (!HistoryText::matches(e, filter))
            continue;
        ++shown;
        auto *entry = new QTreeWidgetItem(m_tree);
        entry->setText(WhenColumn, HistoryText::when(e));
        entry->setText(WhoColumn, HistoryText::who(e));
        entry->setText(ChangeColumn, HistoryText::what(e));
        entry->setToolTip(ChangeColumn, entry->text(ChangeColumn));
        for (const FieldChange &c : e.changes) {
            auto *value = new QTreeWidgetItem(entry);
            value->setText(ChangeColumn, c.path());
            value->setText(BeforeColumn, FieldChange::valueText(c.before));
            value->setText(AfterColumn, FieldChange::valueText(c.after));
            for (int column : {int(ChangeColumn), int(BeforeColumn), int(AfterColumn)})
                value->setToolTip(column, value->text(column));
        }
        if (!e.reason.isEmpty()) {
            auto *reason = new QTreeWidgetItem(entry);
            reason->setText(ChangeColumn, HistoryText::reason(e));
        }
        // The newest change open, the others closed.
        entry->setExpanded(shown == 1);
    }
    for (int column = WhenColumn; column < AfterColumn; ++column)
        m_tree->resizeColumnToContents(column);
    m_summary->setText(filter.isEmpty()
                           ? tr("%n change(s) recorded.", nullptr, int(log.size()))
                           : tr("%1 of %n change(s) match.", nullptr, int(log.size())).arg(shown));
}

void HistoryPanel::askReason()
{
    if (!m_document || m_document->changeLog().isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reason for the Last Change"),
        tr("Why was \"%1\" made?").arg(HistoryText::what(m_document->changeLog().last())),
        QLineEdit::Normal, m_document->changeLog().last().reason, &ok);
    if (ok)
        m_document->setLastChangeReason(reason);
}

} // namespace zeroplan
