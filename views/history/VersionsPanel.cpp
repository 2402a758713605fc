#include "VersionsPanel.h"

#include "PlanDocument.h"
#include "history/ComparisonText.h"
#include "history/HistoryText.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zeroplan {

namespace {

enum Column
{
    NumberColumn,
    SavedColumn,
    WhoColumn,
    KindColumn,
    NameColumn,
    CommentColumn
};

enum ComparisonColumn
{
    ItemColumn,
    FromColumn,
    ToColumn,
    ChangeColumn
};

} // namespace

VersionsPanel::VersionsPanel(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit), m_comment(new QLineEdit), m_save(new QPushButton),
      m_tree(new QTreeWidget), m_compare(new QPushButton), m_open(new QPushButton),
      m_message(new QLabel), m_comparison(new QTreeWidget)
{
    m_name->setObjectName(QStringLiteral("versionNameEdit"));
    m_comment->setObjectName(QStringLiteral("versionCommentEdit"));
    m_save->setObjectName(QStringLiteral("saveVersionButton"));
    m_tree->setObjectName(QStringLiteral("versionsTree"));
    m_tree->setColumnCount(6);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));
    m_open->setObjectName(QStringLiteral("openVersionButton"));
    m_message->setObjectName(QStringLiteral("versionsMessageLabel"));
    m_message->setWordWrap(true);
    m_comparison->setObjectName(QStringLiteral("versionComparisonTree"));
    m_comparison->setColumnCount(4);
    m_comparison->setUniformRowHeights(true);
    m_comparison->header()->setStretchLastSection(false);
    m_comparison->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    for (int column : {int(FromColumn), int(ToColumn), int(ChangeColumn)})
        m_comparison->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *naming = new QHBoxLayout;
    naming->addWidget(m_name, 3);
    naming->addWidget(m_comment, 2);
    naming->addWidget(m_save);
    auto *below = new QHBoxLayout;
    below->addWidget(m_compare);
    below->addWidget(m_open);
    below->addWidget(m_message, 1);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(naming);
    listLayout->addWidget(m_tree, 1);
    listLayout->addLayout(below);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(list);
    splitter->addWidget(m_comparison);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_save, &QPushButton::clicked, this, &VersionsPanel::saveVersion);
    connect(m_name, &QLineEdit::returnPressed, this, &VersionsPanel::saveVersion);
    connect(m_name, &QLineEdit::textChanged, this, &VersionsPanel::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, &VersionsPanel::compare);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (chosen().size() == 1)
            emit openRequested(chosen().first());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &VersionsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &VersionsPanel::compare);
    QEvent language(QEvent::LanguageChange);
    changeEvent(&language);
}

void VersionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_name->setPlaceholderText(tr("Name, e.g. draft for committee 2026-03"));
        m_comment->setPlaceholderText(tr("Comment (optional)"));
        m_save->setText(tr("Save Version"));
        m_save->setToolTip(tr("Save the plan and keep it as a version with this name; a named "
                              "version is never thinned"));
        m_compare->setText(tr("Compare"));
        m_compare->setToolTip(tr("Compare the version chosen with the plan as it is now, or "
                                 "two versions chosen with each other"));
        m_open->setText(tr("Open"));
        m_open->setToolTip(tr("Open the version chosen in this window, to look at it or keep "
                              "it as a plan of its own with Save As; the file is not changed"));
        m_tree->setHeaderLabels(
            {tr("No."), tr("Saved"), tr("Who"), tr("Kind"), tr("Name"), tr("Comment")});
        m_comparison->setHeaderLabels({tr("Compared"), tr("From"), tr("To"), tr("Change")});
        m_message->clear();
        m_comparison->clear();
        refresh();
    }
    QWidget::changeEvent(event);
}

void VersionsPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::versionsChanged, this, &VersionsPanel::refresh);
        connect(m_document, &PlanDocument::fileNameChanged, this, &VersionsPanel::updateButtons);
    }
    m_message->clear();
    m_comparison->clear();
    refresh();
}

void VersionsPanel::refresh()
{
    m_tree->clear();
    if (m_document) {
        const PlanVersions &versions = m_document->versions();
        for (qsizetype i = versions.size(); i-- > 0;) {
            const PlanVersion &v = versions[i];
            auto *item = new QTreeWidgetItem(m_tree);
            item->setData(NumberColumn, Qt::UserRole, v.number);
            item->setText(NumberColumn, QString::number(v.number));
            item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(SavedColumn, HistoryText::when(v.at));
            item->setText(WhoColumn, HistoryText::who(v.author, v.organisation));
            item->setText(KindColumn, HistoryText::kindName(v.kind));
            item->setText(NameColumn, v.name);
            item->setText(CommentColumn, v.comment);
            item->setToolTip(CommentColumn, v.comment);
        }
        for (int column = NumberColumn; column < CommentColumn; ++column)
            m_tree->resizeColumnToContents(column);
    }
    updateButtons();
}

void VersionsPanel::updateButtons()
{
    const bool project = m_document && m_document->fileFormat() != PlanDocument::FileFormat::Json;
    m_name->setEnabled(project);
    m_comment->setEnabled(project);
    m_save->setEnabled(project && !m_name->text().trimmed().isEmpty());
    const qsizetype count = m_tree->selectedItems().size();
    m_compare->setEnabled(m_document && (count == 1 || count == 2));
    m_open->setEnabled(m_document && count == 1);
    if (!m_document)
        m_message->clear();
    else if (m_document->fileFormat() == PlanDocument::FileFormat::Json)
        m_message->setText(tr("A JSON plan keeps no versions: save it as a ZeroPlan project "
                              "(.zeroplan) to keep them."));
    else if (m_document->versions().isEmpty() && m_comparison->topLevelItemCount() == 0)
        m_message->setText(tr("Each save keeps a version; name one to keep it for good."));
}

QList<int> VersionsPanel::chosen() const
{
    QList<int> numbers;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        numbers << item->data(NumberColumn, Qt::UserRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void VersionsPanel::saveVersion()
{
    if (!m_document || m_name->text().trimmed().isEmpty())
        return;
    QString error;
    if (!m_document->saveVersion(m_name->text(), m_comment->text(), &error)) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("Saved and kept as version %1, \"%2\".")
                           .arg(m_document->versions().constLast().number)
                           .arg(m_document->versions().constLast().name));
    m_name->clear();
    m_comment->clear();
}

void VersionsPanel::compare()
{
    if (!m_document)
        return;
    const QList<int> numbers = chosen();
    if (numbers.isEmpty() || numbers.size() > 2)
        return;
    // The plans compared and what each is called: a version by its number and title.
    QList<std::pair<Plan, QString>> plans;
    for (int number : numbers) {
        for (const PlanVersion &v : m_document->versions()) {
            if (v.number != number)
                continue;
            const PlanReadResult read = v.read();
            if (!read.ok()) {
                m_message->setText(
                    read.plan ? tr("Version %1 was saved with errors in the plan, so its results "
                                   "cannot be worked out.")
                                    .arg(number)
                              : tr("Version %1 is damaged: the plan it keeps does not read.")
                                    .arg(number));
                m_comparison->clear();
                return;
            }
            plans.append({*read.plan, tr("%1 · %2").arg(number).arg(HistoryText::title(v))});
        }
    }
    if (plans.size() == 1) {
        if (hasErrors(m_document->problems())) {
            m_message->setText(tr("The plan has errors, so its results cannot be worked out; fix "
                                  "them first (Problems)."));
            return;
        }
        plans.append({m_document->plan(), tr("Now")});
    }
    const VersionComparison comparison =
        VersionComparison::between(plans[0].first, plans[1].first, FactorLibraryJson::builtIn());
    m_comparison->clear();
    m_comparison->setHeaderLabels({tr("Compared"), plans[0].second, plans[1].second, tr("Change")});
    auto *inputs = new QTreeWidgetItem(m_comparison);
    inputs->setText(ItemColumn, ComparisonText::inputsHeading(comparison));
    for (const FieldChange &c : comparison.inputs) {
        auto *row = new QTreeWidgetItem(inputs);
        row->setText(ItemColumn, c.path());
        row->setText(FromColumn, FieldChange::valueText(c.before));
        row->setText(ToColumn, FieldChange::valueText(c.after));
        for (int column : {int(ItemColumn), int(FromColumn), int(ToColumn)})
            row->setToolTip(column, row->text(column));
    }
    inputs->setExpanded(true);
    QTreeWidgetItem *scenario = nullptr;
    for (const ComparisonRow &r : ComparisonText::rows(comparison)) {
        if (!r.scenario.isEmpty()) {
            scenario = new QTreeWidgetItem(m_comparison);
            scenario->setText(ItemColumn, r.scenario);
            scenario->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(scenario);
        row->setText(ItemColumn, r.figure);
        row->setText(FromColumn, r.from);
        row->setText(ToColumn, r.to);
        row->setText(ChangeColumn, r.change);
        for (int column : {int(FromColumn), int(ToColumn), int(ChangeColumn)})
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_comparison->expandAll();
    m_message->setText(tr("%1 compared with %2.").arg(plans[0].second, plans[1].second));
}

} // namespace zeroplan
