#pragma once

#include "ImportNumber.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace zeroplan {

// Watches one column of numbers for the reading that could go either way: with a decimal comma,
// "1.234" is one thousand two hundred and thirty-four (the dot groups thousands), but it could
// as well be 1.234 with a decimal point. When every number of the column has that form — digits,
// then only dots each before exactly three digits — nothing in the column tells the two apart,
// and the import report says so (issue 12: it was read as thousands without a word).
class DecimalAmbiguity
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::DecimalAmbiguity)

public:
    explicit DecimalAmbiguity(DecimalSeparator decimal);

    // Each non-empty value of the column, as in the file.
    void see(QByteArrayView text);
    // True when the column had numbers and each could be read both ways.
    bool ambiguous() const;
    // The note for the import report, naming `column` ("column 3 (Amount)"); empty when the
    // column is not ambiguous.
    QString note(const QString &column) const;

private:
    static bool dotsGroupThousands(QByteArrayView text);

    bool m_watching = false;
    bool m_allAmbiguous = true;
    qint64 m_seen = 0;
    QByteArray m_example;
};

} // namespace zeroplan
