#include "ColumnMappingWidget.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {

namespace {

constexpr int kNoColumn = -1;
constexpr int kMappedValue = -2;

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
        form->addRow(name.left(1).toUpper() + name.mid(1) + QLatin1Char(':'), combo);
    }
    auto *load = new QPushButton(tr("Load mapping…"), this);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    load->setToolTip(tr("A JSON file that names the columns, by header text or by number from 1, "
                        "and gives values every row gets, for example:\n"
                        "{\"columns\": {\"amount\": \"Verbrauch\"}, \"values\": {\"unit\": "
                        "\"MWh\"}}"));
    m_mappingLabel->setObjectName(QStringLiteral("mappingFileLabel"));
    m_mappingLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(load);
    layout->addWidget(m_mappingLabel);
    layout->addStretch();
    connect(load, &QPushButton::clicked, this, &ColumnMappingWidget::browseMapping);
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
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
        mapping.columns.insert(it.key(), columnSpec(it.value()));
        mapping.values.remove(it.key()); // a column picked here wins over the file's value
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
        if (!value.isEmpty() && !m_chosen.contains(field))
            combo->addItem(tr("“%1” in every row (mapping)").arg(value), kMappedValue);
        int at = combo->findData(found.value(field, kNoColumn));
        if (!value.isEmpty() && !m_chosen.contains(field))
            at = combo->count() - 1;
        combo->setCurrentIndex(std::max(at, 0));
    }
}

void ColumnMappingWidget::choose(ImportField field)
{
    const int column = m_combos.value(field)->currentData().toInt();
    if (column == kMappedValue)
        return;
    if (column == kNoColumn)
        m_chosen.remove(field);
    else
        m_chosen.insert(field, column);
    emit mappingChanged();
}

void ColumnMappingWidget::browseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a column mapping"), {},
                                                      tr("Mappings (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadMappingFile(path);
}

} // namespace zeroplan
