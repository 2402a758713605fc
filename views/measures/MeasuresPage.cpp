#include "MeasuresPage.h"

#include "AddRemoveMeasure.h"
#include "ChangeValue.h"
#include "MeasureForm.h"
#include "MeasureGalleryDialog.h"
#include "MeasureImpactPanel.h"
#include "MeasureIndex.h"
#include "MeasureListDelegate.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "common/UniqueName.h"
#include "measures/MeasureCatalogue.h"
#include "measures/MeasureDefaults.h"
#include "present/LiveResults.h"
#include "present/MeasureIcon.h"
#include "review/ReviewText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zeroplan {
namespace {

QStringList measureIds(const Plan &plan)
{
    QStringList ids;
    for (const Measure &m : plan.measures)
        ids << m.id;
    return ids;
}

QStringList measureNames(const Plan &plan)
{
    QStringList names;
    for (const Measure &m : plan.measures) // as shown: a catalogue name in either language
        names << m.name << MeasureCatalogue::displayName(m);
    return names;
}

} // namespace

MeasuresPage::MeasuresPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results), m_list(new QListWidget(this)),
      m_duplicateButton(new QPushButton(tr("D&uplicate"), this)),
      m_removeButton(new QPushButton(tr("&Remove"), this)), m_reviewState(new QComboBox(this)),
      m_commentsButton(new QPushButton(tr("Comments…"), this)), m_stack(new QStackedWidget(this)),
      m_formArea(new QScrollArea(this)), m_impact(new MeasureImpactPanel(results, this))
{
    setObjectName(QStringLiteral("measuresPage"));
    auto *details = new QSplitter(Qt::Horizontal, this);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    details->addWidget(m_formArea);
    details->addWidget(m_impact);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(details);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildList());
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({300, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_document->plan().measures.size())
            m_currentId = m_document->plan().measures.at(row).id;
        showSelected();
    });
    connect(document, &PlanDocument::changed, this, &MeasuresPage::onChanged);
    connect(results, &LiveResults::updated, this, &MeasuresPage::onResultsUpdated);
    connect(document, &PlanDocument::reviewChanged, this, [this] {
        m_openThreads = m_document->review().openThreadsByObject();
        for (int row = 0; row < m_list->count(); ++row)
            updateItem(row);
        showReview();
    });
    rebuildList();
}

QWidget *MeasuresPage::buildList()
{
    auto *panel = new QWidget(this);
    m_list->setObjectName(QStringLiteral("measureListView"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(2);
    m_list->setItemDelegate(new MeasureListDelegate(m_list));
    m_list->setTextElideMode(Qt::ElideRight); // each line on its own, long names shortened
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *add = new QPushButton(tr("&Add measure…"), panel);
    add->setObjectName(QStringLiteral("addMeasureButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateMeasureButton"));
    m_duplicateButton->setToolTip(tr("Add a copy of the selected measure to vary it"));
    m_removeButton->setObjectName(QStringLiteral("removeMeasureButton"));
    m_removeButton->setToolTip(tr("Remove the selected measure from the plan and its scenarios"));
    connect(add, &QPushButton::clicked, this, &MeasuresPage::openGallery);
    connect(m_duplicateButton, &QPushButton::clicked, this, &MeasuresPage::duplicateSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &MeasuresPage::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    // The review of the measure chosen (docs/review.md): its state, and its comments.
    m_reviewState->setObjectName(QStringLiteral("measureReviewCombo"));
    m_reviewState->setToolTip(tr("Where the measure is in its review: a draft, under review by "
                                 "the adviser or the committee, or approved"));
    for (ReviewState state : {ReviewState::Draft, ReviewState::UnderReview, ReviewState::Approved})
        m_reviewState->addItem(ReviewText::stateName(state), int(state));
    m_commentsButton->setObjectName(QStringLiteral("measureCommentsButton"));
    m_commentsButton->setToolTip(tr("The comments on the measure chosen: read them, answer, or "
                                    "start a thread"));
    auto *review = new QHBoxLayout;
    auto *reviewLabel = new QLabel(tr("Re&view:"), panel);
    reviewLabel->setBuddy(m_reviewState);
    review->addWidget(reviewLabel);
    review->addWidget(m_reviewState, 1);
    review->addWidget(m_commentsButton);
    connect(m_reviewState, &QComboBox::activated, this, &MeasuresPage::setReviewState);
    connect(m_commentsButton, &QPushButton::clicked, this, [this] {
        if (!m_currentId.isEmpty())
            emit commentsRequested(ReviewTarget::measure(m_currentId));
    });
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(new QLabel(tr("Measures of the plan:"), panel));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(review);
    return panel;
}

QWidget *MeasuresPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    auto *label = new QLabel(tr("Add a measure from the catalogue to start."), empty);
    label->setObjectName(QStringLiteral("emptyMeasuresLabel"));
    label->setAlignment(Qt::AlignCenter);
    auto *add = new QPushButton(tr("Add measure…"), empty);
    add->setObjectName(QStringLiteral("addFirstMeasureButton"));
    connect(add, &QPushButton::clicked, this, &MeasuresPage::openGallery);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void MeasuresPage::rebuildList()
{
    m_openThreads = m_document->review().openThreadsByObject();
    const Plan &plan = m_document->plan();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int row = 0; row < plan.measures.size(); ++row) {
            new QListWidgetItem(m_list);
            updateItem(row);
        }
    }
    if (!plan.findMeasure(m_currentId))
        m_currentId = plan.measures.isEmpty() ? QString() : plan.measures.constFirst().id;
    selectMeasure(m_currentId);
}

void MeasuresPage::updateItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    const Measure &m = m_document->plan().measures.at(row);
    const MeasureKindSpec &spec = MeasureCatalogue::spec(m.kind);
    item->setIcon(MeasureIcon::icon(m.kind));
    // The review's badges after the status: the review state once it is no longer a draft,
    // and the open comment threads.
    QString second =
        tr("%1 · %2", "owner group, status")
            .arg(m_document->plan().people.groupName(m.ownerGroup), measureStatusName(m.status));
    const PlanReview &review = m_document->review();
    if (const ReviewState state = review.stateOf(m.id); state != ReviewState::Draft)
        second = tr("%1 · %2", "status, review state").arg(second, ReviewText::stateName(state));
    const int open = m_openThreads.value(ReviewTarget::measure(m.id).object());
    if (open > 0)
        second = tr("%1 · %2", "…, open comments").arg(second, ReviewText::openBadge(open));
    item->setText(tr("%1\n%2", "measure name, then its owner group, status and review")
                      .arg(MeasureCatalogue::displayName(m), second));
    item->setData(Qt::UserRole, m.id);
    item->setToolTip(spec.displayName() + QLatin1Char('\n') + spec.displayExplanation());
}

void MeasuresPage::selectMeasure(const QString &measureId)
{
    const qsizetype row = MeasureIndex::of(m_document->plan(), measureId);
    m_currentId = row >= 0 ? measureId : QString();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(int(row));
    }
    showSelected();
}

void MeasuresPage::showSelected()
{
    const bool any = !m_currentId.isEmpty();
    m_stack->setCurrentIndex(any ? 1 : 0);
    m_duplicateButton->setEnabled(any);
    m_removeButton->setEnabled(any);
    showReview();
    if (!any) {
        delete m_formArea->takeWidget();
        m_form = nullptr;
    } else if (!m_form || m_form->measureId() != m_currentId) {
        m_form = new MeasureForm(m_document, m_currentId);
        m_formArea->setWidget(m_form); // deletes the previous form
    }
    m_impact->setMeasure(m_currentId);
    onResultsUpdated();
}

void MeasuresPage::showReview()
{
    const bool any = !m_currentId.isEmpty();
    const bool canReview = m_document->canReview();
    m_reviewState->setEnabled(any && canReview);
    m_commentsButton->setEnabled(any);
    const QSignalBlocker blocker(m_reviewState);
    m_reviewState->setCurrentIndex(
        any ? m_reviewState->findData(int(m_document->review().stateOf(m_currentId))) : 0);
}

void MeasuresPage::setReviewState(int index)
{
    QString error;
    if (!m_currentId.isEmpty() &&
        !m_document->setReviewState(m_currentId,
                                    ReviewState(m_reviewState->itemData(index).toInt()), &error))
        QMessageBox::warning(this, tr("Review"), error);
    showReview();
}

MeasureGalleryDialog *MeasuresPage::openGallery()
{
    auto *dialog = new MeasureGalleryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeasureGalleryDialog::kindChosen, this, &MeasuresPage::addMeasure);
    dialog->open();
    return dialog;
}

void MeasuresPage::addMeasure(MeasureKind kind)
{
    const Plan &plan = m_document->plan();
    const QString kindId = measureKindId(kind).replace(QLatin1Char('_'), QLatin1Char('-'));
    // A money default in CNY is not applied to a plan in another currency.
    Measure measure = MeasureDefaults::make(kind, UniqueName::makeId(kindId, measureIds(plan)),
                                            plan.community.baseYear + 1, plan.community.currency);
    measure.name = UniqueName::make(MeasureCatalogue::spec(kind).displayName(), measureNames(plan));
    // One undo step: the measure and its place in the current scenario, so the pathway
    // shows its effect at once and one Undo takes both back.
    auto *step = new QUndoCommand(tr("Add measure “%1”").arg(measure.name));
    new AddMeasure(m_document, measure, -1, step);
    const int scenario = m_results->currentScenario();
    if (scenario >= 0) {
        QList<ScenarioMeasure> entries = plan.scenarios.at(scenario).measures;
        entries.append({measure.id, 1.0});
        new ChangeValue<QList<ScenarioMeasure>>(
            m_document, PlanFields::scenarioMeasures(plan, scenario), entries, step);
    }
    m_currentId = measure.id;
    m_document->undoStack()->push(step);
    selectMeasure(measure.id);
    if (auto *name =
            m_form ? m_form->findChild<QLineEdit *>(QStringLiteral("measureNameEdit")) : nullptr) {
        name->setFocus();
        name->selectAll();
    }
}

void MeasuresPage::removeSelected()
{
    const qsizetype index = MeasureIndex::of(m_document->plan(), m_currentId);
    if (index < 0)
        return;
    // The neighbour below takes the selection (or the one above, at the end).
    const Plan &plan = m_document->plan();
    const qsizetype next = index + 1 < plan.measures.size() ? index + 1 : index - 1;
    const QString nextId = next >= 0 ? plan.measures.at(next).id : QString();
    m_document->undoStack()->push(new RemoveMeasure(m_document, index));
    selectMeasure(nextId);
}

void MeasuresPage::duplicateSelected()
{
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_currentId);
    if (index < 0)
        return;
    Measure copy = plan.measures.at(index);
    // "Solar 2" duplicated is "Solar 3", not "Solar 2 2".
    static const QRegularExpression number(QStringLiteral("\\s+\\d+$"));
    copy.name = UniqueName::make(QString(copy.name).remove(number), measureNames(plan));
    static const QRegularExpression idNumber(QStringLiteral("-\\d+$"));
    copy.id = UniqueName::makeId(QString(copy.id).remove(idNumber), measureIds(plan));
    // Not put in any scenario: with the original there it would count twice.
    m_document->undoStack()->push(new AddMeasure(m_document, copy, index + 1));
    selectMeasure(copy.id);
}

void MeasuresPage::onChanged(const ChangeEvent &event)
{
    using Part = ChangeEvent::Part;
    const bool measureChanged = event.part == Part::Measures &&
                                event.kind == ChangeEvent::Kind::Changed && event.index >= 0 &&
                                event.index < m_list->count();
    if (measureChanged) {
        updateItem(int(event.index));
        if (m_form && m_document->plan().measures.at(event.index).id == m_currentId)
            m_form->refresh();
    } else if (event.part == Part::Measures) {
        rebuildList();
        if (m_form)
            m_form->refresh();
    } else if (event.part == Part::Plan || event.part == Part::Community) {
        // A new plan, or the currency and years the form shows in suffixes and ranges.
        delete m_formArea->takeWidget();
        m_form = nullptr;
        rebuildList();
    } else if ((event.part == Part::Activities || event.part == Part::Scenarios) && m_form) {
        // The lines it acts on; a scenario's values of it and the scenarios to choose from.
        m_form->refresh();
    } else if (event.part == Part::People) {
        // The owner groups' names in the list and the form's choice of groups.
        for (int row = 0; row < m_list->count(); ++row)
            updateItem(row);
        if (m_form)
            m_form->refresh();
    }
}

void MeasuresPage::onResultsUpdated()
{
    if (!isVisible()) {
        m_impactStale = true;
        return;
    }
    m_impact->refresh();
}

void MeasuresPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_impactStale) {
        m_impactStale = false;
        m_impact->refresh();
    }
}

} // namespace zeroplan
