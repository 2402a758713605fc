#pragma once

#include "ChangeValue.h"
#include "PlanField.h"

#include <QObject>
#include <vector>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace zeroplan {

class PlanDocument;

// Line edits and spin boxes tied to plan fields: an edit pushes a ChangeValue (typing in a
// field is one undo step, as consecutive changes of a field merge), and refresh() shows the
// plan's values after undo or redo without touching a field that already shows its value, so
// it never fights the user's typing.
class PlanFieldEditors : public QObject
{
    Q_OBJECT

public:
    explicit PlanFieldEditors(PlanDocument *document, QObject *parent = nullptr);

    // `shown`, when given, is how the plan's text reads on screen (a default name in the
    // window's language, DefaultNames); what the user types is stored as typed.
    QLineEdit *lineEdit(const char *objectName, PlanField<QString> (*field)(),
                        QString (*shown)(const QString &, const QString &) = nullptr);
    // Shows the plan's value × `scale` (a rate of 0.05 as 5 with the suffix " %").
    QDoubleSpinBox *spinBox(const char *objectName, PlanField<double> (*field)(), double scale,
                            double min, double max, int decimals, const QString &suffix);
    void refresh();

    // Sets the box to `value` without signals, unless it shows it already to its decimals.
    static void display(QDoubleSpinBox *box, double value);
    static void display(QSpinBox *box, int value);

    template <typename Value>
    static void push(PlanDocument *document, const PlanField<Value> &field, const Value &value)
    {
        document->undoStack()->push(new ChangeValue<Value>(document, field, value));
    }
    // A change that is a step of its own (a click that turns a target on or off): it merges
    // neither with the typing before it nor with the typing after it.
    template <typename Value>
    static void pushStep(PlanDocument *document, const PlanField<Value> &field, const Value &value)
    {
        pushSeparateStep(document, field, value);
    }

private:
    struct Text
    {
        QLineEdit *edit;
        PlanField<QString> (*field)();
        QString (*shown)(const QString &, const QString &);
    };
    struct Number
    {
        QDoubleSpinBox *box;
        PlanField<double> (*field)();
        double scale;
    };

    PlanDocument *m_document;
    std::vector<Text> m_texts;
    std::vector<Number> m_numbers;
};

} // namespace zeroplan
