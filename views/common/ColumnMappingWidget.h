#pragma once

#include "import/ImportMapping.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace zeroplan {

// Which column of the file holds which field: one combo per field, set to what the header's
// words say (ImportVocabulary, through ColumnLayout) and changed by the user where the file
// says something else; or, for a field such as the unit, the sector or the factor, one value
// typed here that every row gets ("Same for every row"); or a mapping file (docs/import.md)
// loaded as the starting point. The result is an ImportMapping, the same the CLI's --mapping
// gives, and it can be saved as such a file (fixed values as its "values").
class ColumnMappingWidget : public QWidget
{
    Q_OBJECT

public:
    ColumnMappingWidget(const QList<ImportField> &fields, QWidget *parent = nullptr);

    // The mapping file's mapping with the user's choices on top.
    ImportMapping mapping() const;
    // False, with the reason shown under the combos, when the file can't be used.
    bool loadMappingFile(const QString &path);
    QString mappingError() const;
    // Writes mapping() as a mapping file; false, with the reason shown, when it can't.
    bool saveMappingFile(const QString &path);
    // Forgets the user's picks of columns (another file has other columns); a loaded mapping
    // and the values typed for every row stay.
    void clearChoices() { m_chosen.clear(); }

    // After a read: the header row's texts and the column each field was found in (-1: none).
    void showColumns(const QStringList &headers, const QHash<ImportField, int> &found);
    QComboBox *comboBox(ImportField field) const { return m_combos.value(field); }
    // The editor of the value every row gets, shown when "Same for every row" is chosen;
    // null for a field that can't have one (the amount, the id, the meter).
    QLineEdit *fixedValueEdit(ImportField field) const { return m_fixedEdits.value(field); }
    static QString objectNameFor(ImportField field);           // "dataQualityColumnComboBox"
    static QString fixedValueObjectNameFor(ImportField field); // "unitFixedValueEdit"
    static bool canBeFixed(ImportField field);

signals:
    void mappingChanged();

protected:
    // Enter in a fixed-value editor applies the value; it must not reach the dialog, whose
    // default button would import at once.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(ImportField field);
    void browseMapping();
    void browseSaveMapping();
    void setFixedValue(ImportField field);
    void showFixedEdits();
    QString columnSpec(int column) const;

    QList<ImportField> m_fields;
    QHash<ImportField, QComboBox *> m_combos;
    QHash<ImportField, QLineEdit *> m_fixedEdits;
    QHash<ImportField, int> m_chosen;    // the user's choices: field → 0-based column
    QHash<ImportField, QString> m_fixed; // values typed here for every row (may be empty)
    QStringList m_headers;
    ImportMapping m_fileMapping;
    QLabel *m_mappingLabel;
    QString m_mappingError;
};

} // namespace zeroplan
