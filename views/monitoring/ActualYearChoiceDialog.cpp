#include "ActualYearChoiceDialog.h"

#include "plan/Plan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

namespace zeroplan {

ActualYearChoiceDialog::ActualYearChoiceDialog(const Plan &plan, const QString &folder,
                                               QWidget *parent)
    : QDialog(parent), m_folder(folder), m_year(new QSpinBox(this)), m_kind(new QComboBox(this)),
      m_path(new QLineEdit(this))
{
    setObjectName(QStringLiteral("actualYearChoiceDialog"));
    setWindowTitle(tr("Import actual year"));
    const int first = plan.community.baseYear + 1;
    const ActualInventory *latest = plan.monitoring.latestActual();
    m_year->setObjectName(QStringLiteral("importYearSpinBox"));
    m_year->setRange(first, std::max(first, plan.community.horizonEnd));
    m_year->setValue(latest ? latest->year + 1 : first);
    m_kind->setObjectName(QStringLiteral("importKindComboBox"));
    m_kind->addItem(tr("Activity lines (CSV or XLSX, one line per row)"));
    m_kind->addItem(tr("Monthly meter readings (summed over the year)"));
    m_path->setObjectName(QStringLiteral("importFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("importChoiceButtonBox"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Year of the actual emissions:"), m_year);
    form->addRow(tr("The file holds:"), m_kind);
    form->addRow(tr("File:"), file);
    form->addRow(buttons);
    resize(560, sizeHint().height());
    connect(browse, &QPushButton::clicked, this, &ActualYearChoiceDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ActualYearChoiceDialog::updateState);
    updateState();
}

int ActualYearChoiceDialog::year() const
{
    return m_year->value();
}

bool ActualYearChoiceDialog::meterReadings() const
{
    return m_kind->currentIndex() == 1;
}

QString ActualYearChoiceDialog::path() const
{
    return m_path->text().trimmed();
}

void ActualYearChoiceDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import actual year"), m_folder,
                                     tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ActualYearChoiceDialog::updateState()
{
    auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("importChoiceButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace zeroplan
