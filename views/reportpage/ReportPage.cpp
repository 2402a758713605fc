#include "ReportPage.h"

#include "PlanDocument.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace zeroplan {

ReportPage::ReportPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results)
{
    setObjectName(QStringLiteral("reportPage"));
    m_scenarioComboBox = new QComboBox(this);
    m_scenarioComboBox->setObjectName(QStringLiteral("reportScenarioComboBox"));
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(QStringLiteral("reportLanguageComboBox"));
    m_sectionList = new QListWidget(this);
    m_sectionList->setObjectName(QStringLiteral("reportSectionList"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("reportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_pdf = new QPdfDocument(this);
    m_buffer = new QBuffer(this);
    m_preview = new QPdfView(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setDocument(m_pdf);
    m_preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_preview->setPageSpacing(12);
    m_preview->setBackgroundRole(QPalette::Mid);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);

    m_scenarioLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_sectionsLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_scenarioLabel, m_scenarioComboBox);
    form->addRow(m_languageLabel, m_languageComboBox);
    auto *options = new QVBoxLayout;
    options->addLayout(form);
    options->addWidget(m_sectionsLabel);
    options->addWidget(m_sectionList, 1);
    options->addWidget(m_exportButton);
    options->addWidget(m_statusLabel);
    auto *optionsBox = new QWidget(this);
    optionsBox->setLayout(options);
    optionsBox->setMaximumWidth(300);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(optionsBox);
    layout->addWidget(m_preview, 1);

    fillLanguages();
    fillSections();
    refreshScenarios();
    retranslate();
    m_scenarioComboBox->setCurrentIndex(std::max(m_results->currentScenario(), 0));

    connect(m_refreshTimer, &QTimer::timeout, this, &ReportPage::refreshPreview);
    connect(m_results, &LiveResults::updated, this, [this] {
        refreshScenarios();
        scheduleRefresh();
    });
    // The report is of the window's current scenario (the key figures' picker): choosing one
    // here chooses it there, and the other way round.
    connect(m_scenarioComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_results->setCurrentScenario(index);
        scheduleRefresh();
    });
    connect(m_results, &LiveResults::currentScenarioChanged, this, [this](int index) {
        if (index >= 0 && index < m_scenarioComboBox->count())
            m_scenarioComboBox->setCurrentIndex(index);
    });
    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this,
            &ReportPage::scheduleRefresh);
    connect(m_sectionList, &QListWidget::itemChanged, this, &ReportPage::scheduleRefresh);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
}

ReportPage::~ReportPage()
{
    m_preview->setDocument(nullptr);
}

void ReportPage::fillLanguages()
{
    for (const auto &[code, name] : Language::available())
        m_languageComboBox->addItem(name, code);
    m_languageComboBox->setCurrentIndex(
        std::max(m_languageComboBox->findData(Language::current()), 0));
}

void ReportPage::fillSections()
{
    for (const ReportSection section : ReportOptions::allSections()) {
        auto *item = new QListWidgetItem(m_sectionList);
        item->setData(Qt::UserRole, int(section));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void ReportPage::refreshScenarios()
{
    QStringList names;
    for (const Scenario &s : m_document->plan().scenarios)
        names.append(s.name);
    QStringList shown;
    for (int i = 0; i < m_scenarioComboBox->count(); ++i)
        shown.append(m_scenarioComboBox->itemText(i));
    if (names == shown)
        return;
    const QSignalBlocker blocker(m_scenarioComboBox);
    m_scenarioComboBox->clear();
    m_scenarioComboBox->addItems(names);
    m_scenarioComboBox->setCurrentIndex(m_results->currentScenario());
    m_scenarioComboBox->setEnabled(!names.isEmpty());
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPage::retranslate()
{
    m_scenarioLabel->setText(tr("Scenario"));
    m_languageLabel->setText(tr("Language"));
    m_sectionsLabel->setText(tr("Sections"));
    m_languageComboBox->setToolTip(
        tr("The report's language, whatever language the window speaks"));
    for (int i = 0; i < m_sectionList->count(); ++i) {
        QListWidgetItem *item = m_sectionList->item(i);
        item->setText(ReportOptions::sectionName(ReportSection(item->data(Qt::UserRole).toInt())));
    }
    m_exportButton->setText(tr("Export PDF…"));
}

ReportOptions ReportPage::options() const
{
    ReportOptions options;
    options.scenario = std::max(m_scenarioComboBox->currentIndex(), 0);
    options.language = m_languageComboBox->currentData().toString();
    options.sections.clear();
    for (int i = 0; i < m_sectionList->count(); ++i) {
        const QListWidgetItem *item = m_sectionList->item(i);
        if (item->checkState() == Qt::Checked)
            options.sections.append(ReportSection(item->data(Qt::UserRole).toInt()));
    }
    return options;
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start(0);
}

void ReportPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void ReportPage::refreshPreview()
{
    m_refreshTimer->stop();
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QString error;
    const bool written =
        PlanReport::write(m_document->plan(), m_results->library(), options(), &out, &error);
    QGuiApplication::restoreOverrideCursor();
    m_stale = false;
    const int page = m_preview->pageNavigator() ? m_preview->pageNavigator()->currentPage() : 0;
    m_pdf->close();
    m_buffer->close();
    if (!written) {
        m_statusLabel->setText(error);
        return;
    }
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_buffer);
    if (m_preview->pageNavigator() && page > 0 && page < m_pdf->pageCount())
        m_preview->pageNavigator()->jump(page, {});
    m_statusLabel->setText(tr("%n page(s)", nullptr, m_pdf->pageCount()));
}

bool ReportPage::exportTo(const QString &path, QString *error) const
{
    return PlanReport::writeFile(m_document->plan(), m_results->library(), options(), path, error);
}

void ReportPage::exportPdf()
{
    const Plan &plan = m_document->plan();
    const QString base = plan.community.name.isEmpty() ? tr("plan") : plan.community.name;
    const QString suggested =
        QDir(Preferences::fileDialogFolder())
            .filePath(base + QLatin1Char('-') + m_languageComboBox->currentData().toString() +
                      QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Preferences::rememberFileDialogFolder(path);
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    QString error;
    const bool written = exportTo(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export PDF"), error);
        return;
    }
    m_statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace zeroplan
