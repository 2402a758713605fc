#pragma once

#include "import/ImportNumber.h"
#include "import/TableFile.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace zeroplan {

// The file to import and how to read it: path and Browse…, the text encoding and delimiter
// (for CSV), the decimal sign, and the sheet (for a workbook). Says optionsChanged() on
// every change the user makes, so the dialog reads the file again.
class ImportSourceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSourceWidget(const QString &path, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    TableFileOptions options() const;
    // Set when the user chose a decimal sign; unset: as the mapping or the file says.
    std::optional<DecimalSeparator> decimal() const;

    // After a read: what the file turned out to be. A workbook offers its sheets and no text
    // options; text shows what detection found ("GB18030 text, comma-separated").
    void showWorkbook(const QStringList &sheets, const QString &current);
    void showText(const QString &description);
    void showUnreadable();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void fileChanged(); // before optionsChanged(), when another file was chosen
    void optionsChanged();

private:
    void browse();
    void takeTypedPath();

    QLineEdit *m_file;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_decimal;
    QComboBox *m_sheet;
    QLabel *m_description;
};

} // namespace zeroplan
