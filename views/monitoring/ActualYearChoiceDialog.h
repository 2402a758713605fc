#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace zeroplan {

struct Plan;

// What "Import actual year…" asks first: the year (after the base year, within the horizon),
// whether the file holds activity lines or monthly meter readings, and the file.
class ActualYearChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    ActualYearChoiceDialog(const Plan &plan, const QString &folder, QWidget *parent = nullptr);

    int year() const;
    bool meterReadings() const;
    QString path() const;

private:
    void browse();
    void updateState();

    QString m_folder;
    QSpinBox *m_year;
    QComboBox *m_kind;
    QLineEdit *m_path;
};

} // namespace zeroplan
