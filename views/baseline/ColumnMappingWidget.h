#pragma once

#include "import/ImportMapping.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace zeroplan {

// Which column of the file holds which field: one combo per field, set to what the header's
// words say (ImportVocabulary, through ColumnLayout) and changed by the user where the file
// says something else; or a mapping file (docs/import.md) loaded as the starting point.
// The result is an ImportMapping, the same the CLI's --mapping gives.
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
    // Forgets the user's picks (another file has other columns); a loaded mapping stays.
    void clearChoices() { m_chosen.clear(); }

    // After a read: the header row's texts and the column each field was found in (-1: none).
    void showColumns(const QStringList &headers, const QHash<ImportField, int> &found);
    QComboBox *comboBox(ImportField field) const { return m_combos.value(field); }
    static QString objectNameFor(ImportField field); // "dataQualityColumnComboBox"

signals:
    void mappingChanged();

private:
    void choose(ImportField field);
    void browseMapping();
    QString columnSpec(int column) const;

    QList<ImportField> m_fields;
    QHash<ImportField, QComboBox *> m_combos;
    QHash<ImportField, int> m_chosen; // the user's choices: field → 0-based column
    QStringList m_headers;
    ImportMapping m_fileMapping;
    QLabel *m_mappingLabel;
    QString m_mappingError;
};

} // namespace zeroplan
