#include "ImportSourceWidget.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace zeroplan {

namespace {

QComboBox *comboBox(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    return combo;
}

} // namespace

ImportSourceWidget::ImportSourceWidget(const QString &path, QWidget *parent)
    : QWidget(parent), m_file(new QLineEdit(path, this)),
      m_encoding(comboBox(QStringLiteral("encodingComboBox"), this)),
      m_delimiter(comboBox(QStringLiteral("delimiterComboBox"), this)),
      m_decimal(comboBox(QStringLiteral("decimalComboBox"), this)),
      m_sheet(comboBox(QStringLiteral("sheetComboBox"), this)), m_description(new QLabel(this))
{
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_description->setObjectName(QStringLiteral("fileDescriptionLabel"));
    m_description->setWordWrap(true);

    using Encoding = CsvOptions::Encoding;
    m_encoding->addItem(tr("Detect"), int(Encoding::Detect));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(Encoding::Utf8));
    m_encoding->addItem(tr("GB18030 / GBK (Chinese Excel, WPS)"), int(Encoding::Gb18030));
    m_encoding->addItem(tr("UTF-16 (Excel “Unicode text”)"), int(Encoding::Utf16));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_decimal->addItem(tr("As the file suggests"), -1);
    m_decimal->addItem(tr("Point (1,234.5)"), int(DecimalSeparator::Point));
    m_decimal->addItem(tr("Comma (1.234,5)"), int(DecimalSeparator::Comma));
    m_decimal->setToolTip(tr("Unless chosen: a comma in semicolon-separated text, as European "
                             "spreadsheets write it, else a point"));
    m_sheet->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("File:"), this), 0, 0);
    grid->addLayout(fileRow, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Text encoding:"), this), 1, 0);
    grid->addWidget(m_encoding, 1, 1);
    grid->addWidget(new QLabel(tr("Delimiter:"), this), 1, 2);
    grid->addWidget(m_delimiter, 1, 3);
    grid->addWidget(new QLabel(tr("Decimal sign:"), this), 2, 0);
    grid->addWidget(m_decimal, 2, 1);
    grid->addWidget(new QLabel(tr("Sheet:"), this), 2, 2);
    grid->addWidget(m_sheet, 2, 3);
    grid->addWidget(m_description, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(browse, &QPushButton::clicked, this, &ImportSourceWidget::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportSourceWidget::takeTypedPath);
    m_file->installEventFilter(this);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_decimal, m_sheet})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportSourceWidget::optionsChanged);
}

QString ImportSourceWidget::path() const
{
    return m_file->text().trimmed();
}

void ImportSourceWidget::setPath(const QString &path)
{
    m_file->setText(path);
    {
        const QSignalBlocker blocker(m_sheet); // a new file starts on its first sheet
        m_sheet->clear();
    }
    emit fileChanged();
    emit optionsChanged();
}

TableFileOptions ImportSourceWidget::options() const
{
    TableFileOptions options;
    options.csv.encoding = CsvOptions::Encoding(m_encoding->currentData().toInt());
    options.csv.delimiter = char(m_delimiter->currentData().toInt());
    options.sheet = m_sheet->currentText();
    return options;
}

std::optional<DecimalSeparator> ImportSourceWidget::decimal() const
{
    const int chosen = m_decimal->currentData().toInt();
    return chosen < 0 ? std::nullopt : std::optional(DecimalSeparator(chosen));
}

void ImportSourceWidget::showWorkbook(const QStringList &sheets, const QString &current)
{
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(sheets);
    m_sheet->setCurrentIndex(int(sheets.indexOf(current)));
    m_sheet->setEnabled(true);
    m_encoding->setEnabled(false);
    m_delimiter->setEnabled(false);
    m_description->setText(tr("Excel workbook, sheet “%1”").arg(current));
}

void ImportSourceWidget::showText(const QString &description)
{
    m_sheet->setEnabled(false);
    m_encoding->setEnabled(true);
    m_delimiter->setEnabled(true);
    m_description->setText(tr("Read as %1").arg(description));
}

void ImportSourceWidget::showUnreadable()
{
    m_description->clear();
}

void ImportSourceWidget::takeTypedPath()
{
    if (m_file->isModified()) {
        m_file->setModified(false);
        setPath(m_file->text());
    }
}

// Enter in the file field reads the file; it must not also press the dialog's Import, which
// would apply a file nobody has looked at yet.
bool ImportSourceWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            takeTypedPath();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImportSourceWidget::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose a file to import"), start,
                                     tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace zeroplan
