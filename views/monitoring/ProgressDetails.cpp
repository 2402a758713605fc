#include "ProgressDetails.h"

#include "monitoring/MeasureTracking.h"
#include "plan/Plan.h"
#include "present/NumberFormat.h"

#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {

namespace {

// A spin box for an amount of money to date; its lowest value (shown as "—") means not reported.
QDoubleSpinBox *moneyBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(0);
    box->setRange(-1, 1e12);
    box->setSpecialValueText(ProgressDetails::tr("—"));
    box->setGroupSeparatorShown(true);
    box->setValue(-1);
    return box;
}

std::optional<double> reported(const QDoubleSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<double>(box->value());
}

} // namespace

ProgressDetails::ProgressDetails(QWidget *parent)
    : QWidget(parent), m_capex(moneyBox(QStringLiteral("progressCapexSpinBox"), this)),
      m_opex(moneyBox(QStringLiteral("progressOpexSpinBox"), this)),
      m_capexPlanned(new QLabel(this)), m_opexPlanned(new QLabel(this)),
      m_author(new QLineEdit(this)), m_note(new QLineEdit(this)), m_evidence(new QLineEdit(this)),
      m_attach(new QPushButton(tr("Attach file…"), this)), m_updates(new QTableWidget(0, 4, this))
{
    m_capexPlanned->setObjectName(QStringLiteral("progressCapexPlannedLabel"));
    m_opexPlanned->setObjectName(QStringLiteral("progressOpexPlannedLabel"));
    m_author->setObjectName(QStringLiteral("progressAuthorEdit"));
    m_author->setPlaceholderText(tr("Who reports"));
    m_note->setObjectName(QStringLiteral("progressNoteEdit"));
    m_note->setPlaceholderText(tr("What happened, what is next"));
    m_evidence->setObjectName(QStringLiteral("progressEvidenceEdit"));
    m_evidence->setPlaceholderText(tr("A link, or a file attached"));
    m_attach->setObjectName(QStringLiteral("progressAttachButton"));
    m_attach->setToolTip(tr("Keep a file's name and its SHA-256 fingerprint as evidence: the "
                            "file itself stays where it is, and can later be shown to be the "
                            "same."));
    m_updates->setObjectName(QStringLiteral("progressUpdatesTable"));
    m_updates->setHorizontalHeaderLabels({tr("Date"), tr("Author"), tr("Note"), tr("Evidence")});
    m_updates->verticalHeader()->hide();
    m_updates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_updates->setSelectionMode(QAbstractItemView::NoSelection);
    m_updates->setWordWrap(false);
    m_updates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_updates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_updates->setMaximumHeight(96);
    m_author->setMinimumWidth(160);
    m_capex->setMinimumWidth(130);
    m_opex->setMinimumWidth(130);

    // Three lines: spending against the plan; who and what; the evidence. Then the updates.
    auto *spending = new QHBoxLayout;
    spending->addWidget(new QLabel(tr("Investment to date:"), this));
    spending->addWidget(m_capex);
    spending->addWidget(m_capexPlanned);
    spending->addSpacing(16);
    spending->addWidget(new QLabel(tr("Running costs to date:"), this));
    spending->addWidget(m_opex);
    spending->addWidget(m_opexPlanned);
    spending->addStretch(1);
    auto *note = new QHBoxLayout;
    note->addWidget(new QLabel(tr("Author:"), this));
    note->addWidget(m_author);
    note->addSpacing(16);
    note->addWidget(new QLabel(tr("Note:"), this));
    note->addWidget(m_note, 1);
    auto *evidence = new QHBoxLayout;
    evidence->addWidget(new QLabel(tr("Evidence:"), this));
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(spending);
    layout->addLayout(note);
    layout->addLayout(evidence);
    layout->addWidget(m_updates);
    connect(m_attach, &QPushButton::clicked, this, &ProgressDetails::chooseFile);
}

void ProgressDetails::showMeasure(const Plan &plan, const MeasureTrack *track, int year)
{
    const QString currency = plan.community.currency;
    const QString unit = NumberFormat::currencyUnit(currency);
    m_capex->setSuffix(QLatin1Char(' ') + unit);
    m_opex->setSuffix(QLatin1Char(' ') + unit);
    m_updates->setRowCount(0);
    if (!track) {
        m_capex->setValue(-1);
        m_opex->setValue(-1);
        m_capexPlanned->clear();
        m_opexPlanned->clear();
        return;
    }
    const MeasureProgress *entry = nullptr;
    QList<ProgressUpdate> updates;
    for (const MeasureProgress &p : plan.monitoring.progress) {
        if (p.measure != track->measure)
            continue;
        if (p.year == year)
            entry = &p;
        updates.append(p.updates);
    }
    // The figures of the year as reported ("—": not reported for the year).
    m_capex->setValue(entry && entry->capexToDate ? *entry->capexToDate : -1);
    m_opex->setValue(entry && entry->opexToDate ? *entry->opexToDate : -1);
    m_capexPlanned->setText(
        tr("planned %1").arg(NumberFormat::money(track->plannedCapexToDate, currency)));
    m_opexPlanned->setText(
        tr("planned %1").arg(NumberFormat::money(track->plannedOpexToDate, currency)));
    std::stable_sort(
        updates.begin(), updates.end(),
        [](const ProgressUpdate &a, const ProgressUpdate &b) { return a.date > b.date; });
    m_updates->setRowCount(int(updates.size()));
    for (int i = 0; i < int(updates.size()); ++i) {
        const ProgressUpdate &u = updates.at(i);
        const QStringList cells{u.date.toString(Qt::ISODate), u.author, u.note, u.evidence};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_updates->setItem(i, c, item);
        }
    }
}

void ProgressDetails::fillReport(ProgressReport &report, const QDate &day) const
{
    report.capexToDate = reported(m_capex);
    report.opexToDate = reported(m_opex);
    report.update = {day, m_author->text(), m_note->text(), m_evidence->text()};
}

void ProgressDetails::clearNote()
{
    m_note->clear();
    m_evidence->clear();
}

QString ProgressDetails::fileEvidence(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QFileInfo(path).fileName() + QStringLiteral(" sha256:") +
           QString::fromLatin1(hash.result().toHex());
}

bool ProgressDetails::attachFile(const QString &path)
{
    const QString evidence = fileEvidence(path);
    if (evidence.isEmpty())
        return false;
    m_evidence->setText(evidence);
    return true;
}

void ProgressDetails::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"));
    if (!path.isEmpty() && !attachFile(path))
        QMessageBox::warning(this, tr("Attach evidence"),
                             tr("%1 cannot be read.").arg(QFileInfo(path).fileName()));
}

} // namespace zeroplan
