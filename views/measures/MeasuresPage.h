#pragma once

#include "measures/MeasureKind.h"
#include "review/ReviewTarget.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace zeroplan {

class LiveResults;
class MeasureForm;
class MeasureGalleryDialog;
class MeasureImpactPanel;
class PlanDocument;
struct ChangeEvent;

// The Measures page: the plan's measures on the left (name, kind icon, owner group, status,
// and the review's badges: its review state once past draft, its open comments), the form of
// the selected one in the middle and what it does beside it. Under the list, the review
// state of the measure chosen and its Comments…. "Add measure…"
// opens the catalogue gallery; the kind chosen there is added with its catalogue defaults
// and included at full level in the current scenario, as one undo step.
// Object names: measuresPage, measureListView, addMeasureButton, duplicateMeasureButton,
// removeMeasureButton, measureReviewCombo, measureCommentsButton, emptyMeasuresLabel,
// addFirstMeasureButton, measureForm (MeasureForm), fullAdoptionLabel, costPerTonneLabel, rampChart
// (MeasureImpactPanel), and the gallery's measureGalleryDialog.
class MeasuresPage : public QWidget
{
    Q_OBJECT

public:
    MeasuresPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    QString currentMeasureId() const { return m_currentId; }
    void selectMeasure(const QString &measureId);
    // Opens the gallery (window-modal, not blocking) and returns it.
    MeasureGalleryDialog *openGallery();
    // Adds a measure of `kind` with its catalogue defaults, starting the year after the base
    // year, named after its kind (made unique) and at level 1 in the current scenario.
    void addMeasure(MeasureKind kind);

signals:
    // Comments…: the comments on the measure chosen.
    void commentsRequested(const zeroplan::ReviewTarget &target);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildList();
    QWidget *buildEmptyState();
    void rebuildList();
    void updateItem(int row);
    void showSelected();
    void onChanged(const ChangeEvent &event);
    void onResultsUpdated();
    void removeSelected();
    void duplicateSelected();
    // The review state and Comments… of the measure chosen.
    void showReview();
    void setReviewState(int index);

    PlanDocument *m_document;
    LiveResults *m_results;
    QString m_currentId;
    QListWidget *m_list;
    QPushButton *m_duplicateButton;
    QPushButton *m_removeButton;
    QComboBox *m_reviewState;
    QHash<QString, int> m_openThreads; // by object: the open comment threads (the badges)
    QPushButton *m_commentsButton;
    QStackedWidget *m_stack;
    QScrollArea *m_formArea;
    MeasureForm *m_form = nullptr;
    MeasureImpactPanel *m_impact;
    bool m_impactStale = false; // results changed while the page was hidden
};

} // namespace zeroplan
