#include "PlanFieldEditors.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace zeroplan {

PlanFieldEditors::PlanFieldEditors(PlanDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
}

QLineEdit *PlanFieldEditors::lineEdit(const char *objectName, PlanField<QString> (*field)(),
                                      QString (*shown)(const QString &, const QString &))
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    // textEdited: typed by the user, not set by refresh().
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { push(m_document, field(), text); });
    m_texts.push_back({edit, field, shown});
    return edit;
}

QDoubleSpinBox *PlanFieldEditors::spinBox(const char *objectName, PlanField<double> (*field)(),
                                          double scale, double min, double max, int decimals,
                                          const QString &suffix)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    connect(box, &QDoubleSpinBox::valueChanged, this,
            [this, field, scale](double value) { push(m_document, field(), value / scale); });
    m_numbers.push_back({box, field, scale});
    return box;
}

void PlanFieldEditors::refresh()
{
    const Plan &plan = m_document->plan();
    for (const Text &t : m_texts) {
        const QString stored = t.field().get(plan);
        const QString value = t.shown ? t.shown(stored, QString()) : stored;
        if (t.edit->text() != value)
            t.edit->setText(value); // emits textChanged, not textEdited
    }
    for (const Number &n : m_numbers)
        display(n.box, n.field().get(plan) * n.scale);
}

void PlanFieldEditors::display(QDoubleSpinBox *box, double value)
{
    if (std::abs(box->value() - value) < 0.5 * std::pow(10.0, -box->decimals()))
        return;
    const QSignalBlocker blocker(box);
    box->setValue(value);
}

void PlanFieldEditors::display(QSpinBox *box, int value)
{
    if (box->value() == value)
        return;
    const QSignalBlocker blocker(box);
    box->setValue(value);
}

} // namespace zeroplan
