#pragma once

#include "measures/CoBenefit.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace zeroplan {

class PlanDocument;

// A measure's co-benefits in the measure form: one row per dimension (air quality, health,
// comfort, jobs, neighbourliness, bills) with a rating (✓ better, – no effect, ✗ worse, not
// assessed) and a short note; the source and any figure show as the row's tooltip. Each
// change of a rating, and each note when editing ends, is one undo step; a rating the user
// changes drops the catalogue's source (it backed the old rating). Object names:
// coBenefitsEditor, coBenefitRating_<dimension id>ComboBox, coBenefitNote_<dimension id>Edit.
class CoBenefitsEditor : public QWidget
{
    Q_OBJECT

public:
    CoBenefitsEditor(PlanDocument *document, const QString &measureId, QWidget *parent = nullptr);

    void refresh(); // shows the plan again (after undo or redo); leaves a note being typed

private:
    struct Row
    {
        CoBenefitDimension dimension;
        QLabel *label;
        QComboBox *rating;
        QLineEdit *note;
    };
    void ratingChosen(const Row &row);
    void noteEdited(const Row &row);
    void push(CoBenefitDimension dimension, const CoBenefit &value);

    PlanDocument *m_document;
    QString m_measureId;
    QList<Row> m_rows;
};

} // namespace zeroplan
