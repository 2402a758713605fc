#include "ColumnMappingWidget.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr int kNoColumn = -1;
constexpr int kMappedValue = -2; // a mapping file's value for a field that can't be typed here
constexpr int kFixedValue = -3;  // the value typed next to the combo, for every row

} // namespace

ColumnMappingWidget::ColumnMappingWidget(const QList<ImportField> &fields, QWidget *parent)
    : QWidget(parent), m_fields(fields), m_mappingLabel(new QLabel(this))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ImportField field : fields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(objectNameFor(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        // activated, not currentIndexChanged: only the user's picks are choices.
        connect(combo, &QComboBox::activated, this, [this, field] { choose(field); });
        m_combos.insert(field, combo);
        const QString name = ImportVocabulary::fieldName(field);
        const QString label = name.left(1).toUpper() + name.mid(1) + QLatin1Char(':');
        if (!canBeFixed(field)) {
            form->addRow(label, combo);
            continue;
        }
        auto *edit = new QLineEdit(this);
        edit->setObjectName(fixedValueObjectNameFor(field));
        edit->setPlaceholderText(tr("value for every row"));
        edit->setToolTip(tr("Every row gets this %1, as if the file had a column with it in "
                            "each row; press Enter to read the file again")
                             .arg(name));
        edit->setVisible(false);
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { setFixedValue(field); });
        edit->installEventFilter(this);
        m_fixedEdits.insert(field, edit);
        auto *row = new QVBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        row->addWidget(combo);
        row->addWidget(edit);
        form->addRow(label, row);
    }
    auto *load = new QPushButton(tr("Load mapping…"), this);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    load->setToolTip(tr("A JSON file that names the columns, by header text or by number from 1, "
                        "and gives values every row gets, for example:\n"
                        "{\"columns\": {\"amount\": \"Verbrauch\"}, \"values\": {\"unit\": "
                        "\"MWh\"}}"));
    m_mappingLabel->setObjectName(QStringLiteral("mappingFileLabel"));
    m_mappingLabel->setWordWrap(true);
    auto *save = new QPushButton(tr("Save mapping…"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    save->setToolTip(tr("Save the columns and values chosen here as a mapping file, to load "
                        "for the next file of the same kind or to give zeroplan-cli --mapping"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_mappingLabel);
    layout->addStretch();
    connect(load, &QPushButton::clicked, this, &ColumnMappingWidget::browseMapping);
    connect(save, &QPushButton::clicked, this, &ColumnMappingWidget::browseSaveMapping);
}

bool ColumnMappingWidget::canBeFixed(ImportField field)
{
    return field != ImportField::Amount && field != ImportField::Id && field != ImportField::Meter;
}

QString ColumnMappingWidget::fixedValueObjectNameFor(ImportField field)
{
    QString name = objectNameFor(field);
    name.chop(int(QStringLiteral("ColumnComboBox").size()));
    return name + QStringLiteral("FixedValueEdit");
}

QString ColumnMappingWidget::objectNameFor(ImportField field)
{
    const QStringList words = ImportVocabulary::fieldId(field).split(QLatin1Char('_'));
    QString name = words.first();
    for (const QString &word : words.mid(1))
        name += word.left(1).toUpper() + word.mid(1);
    return name + QStringLiteral("ColumnComboBox");
}

ImportMapping ColumnMappingWidget::mapping() const
{
    ImportMapping mapping = m_fileMapping;
    mapping.warnings.clear();
    for (const ImportField field : m_fields) {
        if (canBeFixed(field)) // the file's values were copied into m_fixed when it was loaded
            mapping.values.remove(field);
    }
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
        mapping.columns.insert(it.key(), columnSpec(it.value()));
        mapping.values.remove(it.key()); // a column picked here wins over the file's value
    }
    for (auto it = m_fixed.cbegin(); it != m_fixed.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        mapping.values.insert(it.key(), it.value());
        mapping.columns.remove(it.key()); // a value for every row wins over a column
    }
    return mapping;
}

// A column by its header where the header names it alone, so that ColumnLayout also finds
// a header row of words it doesn't know; else by its number from 1.
QString ColumnMappingWidget::columnSpec(int column) const
{
    const QString header = column < m_headers.size() ? m_headers.at(column).trimmed() : QString();
    const bool unique =
        !header.isEmpty() && m_headers.count(header) == 1 && !header.front().isDigit();
    return unique ? header : QString::number(column + 1);
}

bool ColumnMappingWidget::loadMappingFile(const QString &path)
{
    QFile file(path);
    QString error;
    std::optional<ImportMapping> loaded;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("can't be opened: %1").arg(file.errorString());
    else
        loaded = ImportMapping::fromJson(file.read(1 << 20), &error);
    const QString name = QFileInfo(path).fileName();
    if (!loaded) {
        m_mappingError = name + QStringLiteral(": ") + error;
        m_mappingLabel->setText(m_mappingError);
        return false;
    }
    m_mappingError.clear();
    m_fileMapping = *loaded;
    m_chosen.clear(); // the file is the new starting point
    m_fixed.clear();
    for (auto it = m_fileMapping.values.cbegin(); it != m_fileMapping.values.cend(); ++it) {
        if (m_fields.contains(it.key()) && canBeFixed(it.key()))
            m_fixed.insert(it.key(), it.value());
    }
    for (auto it = m_fixedEdits.cbegin(); it != m_fixedEdits.cend(); ++it)
        it.value()->setText(m_fixed.value(it.key()));
    QStringList lines{tr("Mapping: %1").arg(name)};
    for (const QString &warning : m_fileMapping.warnings)
        lines << tr("warning: %1").arg(warning);
    m_mappingLabel->setText(lines.join(QLatin1Char('\n')));
    emit mappingChanged();
    return true;
}

QString ColumnMappingWidget::mappingError() const
{
    return m_mappingError;
}

void ColumnMappingWidget::showColumns(const QStringList &headers,
                                      const QHash<ImportField, int> &found)
{
    m_headers = headers;
    for (const ImportField field : m_fields) {
        QComboBox *combo = m_combos.value(field);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(QStringLiteral("—"), kNoColumn);
        combo->setItemData(0,
                           tr("Not from a column: the header's words decide, else the field "
                              "is not in the file"),
                           Qt::ToolTipRole);
        for (int c = 0; c < headers.size(); ++c)
            combo->addItem(tr("%1: %2", "column number: header").arg(c + 1).arg(headers.at(c)), c);
        const QString value = m_fileMapping.values.value(field);
        const bool fromFile = !canBeFixed(field) && !value.isEmpty() && !m_chosen.contains(field);
        if (fromFile)
            combo->addItem(tr("“%1” in every row (mapping)").arg(value), kMappedValue);
        if (canBeFixed(field)) {
            combo->addItem(tr("Same for every row:"), kFixedValue);
            combo->setItemData(combo->count() - 1,
                               tr("Not from a column: type the value every row gets"),
                               Qt::ToolTipRole);
        }
        int at = combo->findData(found.value(field, kNoColumn));
        if (fromFile || m_fixed.contains(field))
            at = combo->count() - 1;
        combo->setCurrentIndex(std::max(at, 0));
    }
    showFixedEdits();
}

bool ColumnMappingWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        for (auto it = m_fixedEdits.cbegin(); it != m_fixedEdits.cend(); ++it) {
            if (it.value() == watched && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
                setFixedValue(it.key());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ColumnMappingWidget::showFixedEdits()
{
    for (auto it = m_fixedEdits.cbegin(); it != m_fixedEdits.cend(); ++it)
        it.value()->setVisible(m_fixed.contains(it.key()));
}

void ColumnMappingWidget::setFixedValue(ImportField field)
{
    if (!m_fixed.contains(field))
        return;
    const QString value = m_fixedEdits.value(field)->text().trimmed();
    if (m_fixed.value(field) == value)
        return;
    m_fixed.insert(field, value);
    emit mappingChanged();
}

void ColumnMappingWidget::choose(ImportField field)
{
    const int column = m_combos.value(field)->currentData().toInt();
    if (column == kMappedValue)
        return;
    if (column == kFixedValue) {
        QLineEdit *edit = m_fixedEdits.value(field);
        m_chosen.remove(field);
        m_fixed.insert(field, edit->text().trimmed());
        showFixedEdits();
        edit->setFocus();
        if (!edit->text().trimmed().isEmpty())
            emit mappingChanged();
        return;
    }
    m_fixed.remove(field);
    showFixedEdits();
    if (column == kNoColumn)
        m_chosen.remove(field);
    else
        m_chosen.insert(field, column);
    emit mappingChanged();
}

bool ColumnMappingWidget::saveMappingFile(const QString &path)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(mapping().toJson()) < 0 || !file.commit()) {
        m_mappingLabel->setText(tr("%1 could not be saved: %2").arg(name, file.errorString()));
        return false;
    }
    m_mappingLabel->setText(tr("Mapping saved as %1").arg(name));
    return true;
}

void ColumnMappingWidget::browseSaveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"), {},
                                                      tr("Mappings (*.json)"));
    if (!path.isEmpty())
        saveMappingFile(path);
}

void ColumnMappingWidget::browseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a column mapping"), {},
                                                      tr("Mappings (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadMappingFile(path);
}

} // namespace zeroplan
