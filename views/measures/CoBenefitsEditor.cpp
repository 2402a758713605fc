#include "CoBenefitsEditor.h"

#include "ChangeValue.h"
#include "MeasureIndex.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "measures/CoBenefitDefaults.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace zeroplan {
namespace {

// The tooltip of a row: where the rating comes from and the figure, if any.
QString rowTip(const Measure &m, const CoBenefit &b)
{
    QStringList lines;
    const QString source = CoBenefitDefaults::displayText(m.kind, b.dimension, b.source);
    lines << (source.isEmpty() ? CoBenefitsEditor::tr("Source: none given")
                               : CoBenefitsEditor::tr("Source: %1").arg(source));
    if (b.quantity) {
        const QString per = b.quantity->basis == CoBenefitBasis::PerYear
                                ? CoBenefitsEditor::tr("per year")
                                : CoBenefitsEditor::tr("per unit of activity");
        lines << CoBenefitsEditor::tr("Figure: %1 %2 %3 (%4)")
                     .arg(QLocale().toString(b.quantity->value), b.quantity->unit, per,
                          b.quantity->source);
    }
    if (b.dimension == CoBenefitDimension::Bills)
        lines << CoBenefitsEditor::tr("Bill savings in money are the engine's (Costs page): a "
                                      "rating here adds nothing to them.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CoBenefitsEditor::CoBenefitsEditor(PlanDocument *document, const QString &measureId,
                                   QWidget *parent)
    : QWidget(parent), m_document(document), m_measureId(measureId)
{
    setObjectName(QStringLiteral("coBenefitsEditor"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    int line = 0;
    for (CoBenefitDimension d : kAllCoBenefitDimensions) {
        const QString id = coBenefitDimensionId(d);
        Row row{d, new QLabel(coBenefitDimensionName(d), this), new QComboBox(this),
                new QLineEdit(this)};
        row.rating->setObjectName(QStringLiteral("coBenefitRating_%1ComboBox").arg(id));
        for (CoBenefitRating r : {CoBenefitRating::Positive, CoBenefitRating::None,
                                  CoBenefitRating::Negative, CoBenefitRating::NotAssessed}) {
            const QString text =
                r == CoBenefitRating::NotAssessed
                    ? coBenefitRatingName(r)
                    : coBenefitRatingMark(r) + QLatin1Char(' ') + coBenefitRatingName(r);
            row.rating->addItem(text, coBenefitRatingId(r));
        }
        row.label->setBuddy(row.rating);
        row.note->setObjectName(QStringLiteral("coBenefitNote_%1Edit").arg(id));
        row.note->setPlaceholderText(tr("Why, in a few words"));
        row.note->setClearButtonEnabled(true);
        grid->addWidget(row.label, line, 0);
        grid->addWidget(row.rating, line, 1);
        grid->addWidget(row.note, line, 2);
        ++line;
        m_rows.append(row);
    }
    for (const Row &row : std::as_const(m_rows)) {
        connect(row.rating, &QComboBox::activated, this, [this, row] { ratingChosen(row); });
        connect(row.note, &QLineEdit::editingFinished, this, [this, row] { noteEdited(row); });
    }
    refresh();
}

void CoBenefitsEditor::refresh()
{
    const Measure *m = m_document->plan().findMeasure(m_measureId);
    if (!m)
        return;
    for (const Row &row : std::as_const(m_rows)) {
        const CoBenefit b = coBenefitFor(m->coBenefits, row.dimension);
        const int index = row.rating->findData(coBenefitRatingId(b.rating));
        if (index != row.rating->currentIndex()) {
            const QSignalBlocker blocker(row.rating);
            row.rating->setCurrentIndex(index);
        }
        const QString note = CoBenefitDefaults::displayText(m->kind, row.dimension, b.note);
        if (!row.note->hasFocus() && row.note->text() != note) {
            const QSignalBlocker blocker(row.note);
            row.note->setText(note);
            row.note->setCursorPosition(0);
        }
        const QString tip = rowTip(*m, b);
        row.label->setToolTip(tip);
        row.rating->setToolTip(tip);
        row.note->setToolTip(note.isEmpty() ? tip : note + QLatin1Char('\n') + tip);
    }
}

void CoBenefitsEditor::ratingChosen(const Row &row)
{
    const Measure *m = m_document->plan().findMeasure(m_measureId);
    const auto rating = coBenefitRatingFromId(row.rating->currentData().toString());
    if (!m || !rating)
        return;
    CoBenefit b = coBenefitFor(m->coBenefits, row.dimension);
    if (b.rating == *rating)
        return;
    b.rating = *rating;
    b.source.clear(); // the source backed the rating it had; this one is the user's
    push(row.dimension, b);
}

void CoBenefitsEditor::noteEdited(const Row &row)
{
    const Measure *m = m_document->plan().findMeasure(m_measureId);
    if (!m)
        return;
    CoBenefit b = coBenefitFor(m->coBenefits, row.dimension);
    const QString typed = row.note->text().trimmed();
    // The catalogue's note shown in the window's language is not an edit.
    if (typed == CoBenefitDefaults::displayText(m->kind, row.dimension, b.note))
        return;
    b.note = typed;
    push(row.dimension, b);
}

void CoBenefitsEditor::push(CoBenefitDimension dimension, const CoBenefit &value)
{
    const Plan &plan = m_document->plan();
    const qsizetype index = MeasureIndex::of(plan, m_measureId);
    if (index < 0)
        return;
    m_document->undoStack()->push(new ChangeValue<CoBenefit>(
        m_document, PlanFields::measureCoBenefit(plan, index, dimension), value, UndoMerge::Never));
    refresh();
}

} // namespace zeroplan
