#include "ReportPage.h"

#include "PlanDocument.h"
#include "history/HistoryText.h"
#include "plan/DefaultNames.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "report/PlanReport.h"
#include "report/ReportOptions.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace zeroplan {

namespace {

// The preview's zoom: from a quarter to four times, a step of 1.25 at a time.
constexpr qreal kMinimumZoom = 0.25;
constexpr qreal kMaximumZoom = 4.0;
constexpr qreal kZoomStep = 1.25;

} // namespace

ReportPage::ReportPage(PlanDocument *document, LiveResults *results, QWidget *parent)
    : QWidget(parent), m_document(document), m_results(results)
{
    setObjectName(QStringLiteral("reportPage"));
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(QStringLiteral("reportKindComboBox"));
    m_scenarioComboBox = new QComboBox(this);
    m_scenarioComboBox->setObjectName(QStringLiteral("reportScenarioComboBox"));
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(QStringLiteral("reportLanguageComboBox"));
    m_sectionList = new QListWidget(this);
    m_sectionList->setObjectName(QStringLiteral("reportSectionList"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_openPdfButton = new QPushButton(this);
    m_openPdfButton->setObjectName(QStringLiteral("openPdfButton"));
    m_openPdfButton->setEnabled(false); // until a PDF is exported
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

    // Above the preview: zoom, fit to width, page by page, print.
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("reportPreviewToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [this](const char *name) {
        QAction *a = m_toolBar->addAction(QString());
        a->setObjectName(QLatin1String(name));
        addAction(a); // its shortcut works anywhere on the page
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return a;
    };
    m_zoomOutAction = action("zoomOutAction");
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomInAction = action("zoomInAction");
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_fitWidthAction = action("fitWidthAction");
    m_fitWidthAction->setCheckable(true);
    m_fitWidthAction->setChecked(true);
    m_toolBar->addSeparator();
    m_previousPageAction = action("previousPageAction");
    m_pageSpinBox = new QSpinBox(this);
    m_pageSpinBox->setObjectName(QStringLiteral("reportPageSpinBox"));
    m_pageSpinBox->setKeyboardTracking(false);
    m_toolBar->addWidget(m_pageSpinBox);
    m_pageCountLabel = new QLabel(this);
    m_pageCountLabel->setObjectName(QStringLiteral("reportPageCountLabel"));
    m_toolBar->addWidget(m_pageCountLabel);
    m_nextPageAction = action("nextPageAction");
    m_toolBar->addSeparator();
    m_printAction = action("printAction");
    m_printAction->setShortcut(QKeySequence::Print);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);

    m_kindLabel = new QLabel(this);
    m_scenarioLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_sectionsLabel = new QLabel(this);
    m_changesLabel = new QLabel(this);
    m_changesComboBox = new QComboBox(this);
    m_changesComboBox->setObjectName(QStringLiteral("changesSinceComboBox"));
    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kindComboBox);
    form->addRow(m_scenarioLabel, m_scenarioComboBox);
    form->addRow(m_languageLabel, m_languageComboBox);
    auto *options = new QVBoxLayout;
    options->addLayout(form);
    options->addWidget(m_sectionsLabel);
    options->addWidget(m_sectionList, 1);
    auto *changes = new QFormLayout;
    changes->addRow(m_changesLabel, m_changesComboBox);
    options->addLayout(changes);
    options->addWidget(m_exportButton);
    options->addWidget(m_openPdfButton);
    options->addWidget(m_statusLabel);
    auto *optionsBox = new QWidget(this);
    optionsBox->setLayout(options);
    optionsBox->setMaximumWidth(300);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(optionsBox);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(m_toolBar);
    previewBox->addWidget(m_preview, 1);
    layout->addLayout(previewBox, 1);

    fillKinds();
    fillLanguages();
    fillSections();
    refreshVersions();
    refreshScenarios();
    refreshKinds();
    retranslate();
    m_scenarioComboBox->setCurrentIndex(std::max(m_results->currentScenario(), 0));

    connect(m_refreshTimer, &QTimer::timeout, this, &ReportPage::refreshPreview);
    connect(m_results, &LiveResults::updated, this, [this] {
        refreshScenarios();
        refreshKinds();
        scheduleRefresh();
    });
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        refreshKinds();
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
    connect(m_changesComboBox, &QComboBox::currentIndexChanged, this, &ReportPage::scheduleRefresh);
    connect(m_document, &PlanDocument::versionsChanged, this, &ReportPage::refreshVersions);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(m_openPdfButton, &QPushButton::clicked, this, &ReportPage::openPdf);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomBy(kZoomStep); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomBy(1 / kZoomStep); });
    connect(m_fitWidthAction, &QAction::triggered, this, &ReportPage::fitWidth);
    connect(m_previousPageAction, &QAction::triggered, this,
            [this] { goToPage(currentPage() - 1); });
    connect(m_nextPageAction, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    connect(m_pageSpinBox, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    connect(m_printAction, &QAction::triggered, this, &ReportPage::print);
    connect(m_preview->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &ReportPage::updateNavigation);
    connect(m_preview, &QPdfView::zoomModeChanged, this, &ReportPage::updateNavigation);
    connect(m_preview, &QPdfView::zoomFactorChanged, this, &ReportPage::updateNavigation);
    updateNavigation();
}

ReportPage::~ReportPage()
{
    m_preview->setDocument(nullptr);
}

void ReportPage::refreshVersions()
{
    const int chosen = m_changesComboBox->currentData().toInt();
    const QSignalBlocker block(m_changesComboBox);
    m_changesComboBox->clear();
    m_changesComboBox->addItem(tr("No appendix"), 0);
    const PlanVersions &versions = m_document->versions();
    for (qsizetype i = versions.size(); i-- > 0;)
        m_changesComboBox->addItem(
            tr("%1 · %2").arg(versions[i].number).arg(HistoryText::title(versions[i])),
            versions[i].number);
    m_changesComboBox->setCurrentIndex(std::max(0, m_changesComboBox->findData(chosen)));
    m_changesComboBox->setEnabled(versions.size() > 0);
}

void ReportPage::fillKinds()
{
    for (const ReportKind kind : {ReportKind::Plan, ReportKind::Monitoring})
        m_kindComboBox->addItem(QString(), int(kind));
}

// The annual monitoring report is offered once a scenario is adopted; it is of the adopted
// plan, so the scenario and the sections are not chosen for it.
void ReportPage::refreshKinds()
{
    const bool adopted = m_document->plan().monitoring.adopted() != nullptr;
    const int monitoring = m_kindComboBox->findData(int(ReportKind::Monitoring));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_kindComboBox->model()))
        model->item(monitoring)->setEnabled(adopted);
    m_kindComboBox->setItemData(
        monitoring, adopted ? QString() : tr("Adopt a scenario on the Monitoring page first"),
        Qt::ToolTipRole);
    if (!adopted && m_kindComboBox->currentIndex() == monitoring)
        m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(int(ReportKind::Plan)));
    const bool plan = ReportKind(m_kindComboBox->currentData().toInt()) == ReportKind::Plan;
    m_scenarioComboBox->setEnabled(plan && m_scenarioComboBox->count() > 0);
    m_sectionList->setEnabled(plan);
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
        names.append(DefaultNames::scenario(s.name));
    QStringList shown;
    for (int i = 0; i < m_scenarioComboBox->count(); ++i)
        shown.append(m_scenarioComboBox->itemText(i));
    if (names == shown)
        return;
    const QSignalBlocker blocker(m_scenarioComboBox);
    m_scenarioComboBox->clear();
    m_scenarioComboBox->addItems(names);
    m_scenarioComboBox->setCurrentIndex(m_results->currentScenario());
    m_scenarioComboBox->setEnabled(
        !names.isEmpty() && ReportKind(m_kindComboBox->currentData().toInt()) == ReportKind::Plan);
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPage::retranslate()
{
    m_kindLabel->setText(tr("Print"));
    for (int i = 0; i < m_kindComboBox->count(); ++i)
        m_kindComboBox->setItemText(
            i, ReportOptions::kindName(ReportKind(m_kindComboBox->itemData(i).toInt())));
    m_scenarioLabel->setText(tr("Scenario"));
    m_languageLabel->setText(tr("Language"));
    m_sectionsLabel->setText(tr("Sections"));
    m_changesLabel->setText(tr("Changes since"));
    m_changesComboBox->setToolTip(tr("Add an appendix listing every change made since the "
                                     "version chosen"));
    if (m_changesComboBox->count() > 0)
        m_changesComboBox->setItemText(0, tr("No appendix"));
    m_languageComboBox->setToolTip(
        tr("The report's language, whatever language the window speaks"));
    for (int i = 0; i < m_sectionList->count(); ++i) {
        QListWidgetItem *item = m_sectionList->item(i);
        item->setText(ReportOptions::sectionName(ReportSection(item->data(Qt::UserRole).toInt())));
    }
    m_exportButton->setText(tr("Export PDF…"));
    m_openPdfButton->setText(tr("Open the PDF"));
    m_openPdfButton->setToolTip(m_exportedUrl.isEmpty()
                                    ? tr("Opens the PDF once it is exported")
                                    : QDir::toNativeSeparators(m_exportedUrl.toLocalFile()));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_fitWidthAction->setText(tr("Fit width"));
    m_fitWidthAction->setToolTip(tr("Show the pages as wide as the preview"));
    m_previousPageAction->setText(tr("Previous page"));
    m_nextPageAction->setText(tr("Next page"));
    m_printAction->setText(tr("Print…"));
    m_printAction->setToolTip(tr("Print the plan as it is previewed"));
    m_pageSpinBox->setToolTip(tr("Go to page"));
    updateNavigation();
}

int ReportPage::currentPage() const
{
    return m_preview->pageNavigator() ? m_preview->pageNavigator()->currentPage() : 0;
}

// What fit to width shows at: the preview's width over a page's width on the screen
// (QPdfView draws a point at the screen's dots per inch over 72).
qreal ReportPage::fitWidthFactor() const
{
    if (m_pdf->pageCount() <= 0)
        return 1;
    const qreal pageWidth = m_pdf->pagePointSize(0).width() * m_preview->logicalDpiX() / 72.0;
    const QMargins margins = m_preview->documentMargins();
    const qreal available = m_preview->viewport()->width() - margins.left() - margins.right();
    return pageWidth > 0 && available > 0 ? available / pageWidth : 1;
}

qreal ReportPage::zoomFactor() const
{
    return m_preview->zoomMode() == QPdfView::ZoomMode::Custom ? m_preview->zoomFactor()
                                                               : fitWidthFactor();
}

// From what is shown now (the fitted width, the first time), `factor` times larger.
void ReportPage::zoomBy(qreal factor)
{
    const qreal zoom = std::clamp(zoomFactor() * factor, kMinimumZoom, kMaximumZoom);
    m_preview->setZoomMode(QPdfView::ZoomMode::Custom);
    m_preview->setZoomFactor(zoom);
    updateNavigation();
}

void ReportPage::fitWidth()
{
    m_preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updateNavigation();
}

void ReportPage::goToPage(int page)
{
    QPdfPageNavigator *navigator = m_preview->pageNavigator();
    if (!navigator || m_pdf->pageCount() <= 0)
        return;
    page = std::clamp(page, 0, m_pdf->pageCount() - 1);
    if (page != navigator->currentPage())
        navigator->jump(page, {});
    updateNavigation();
}

// The page number, its count and which buttons can act, as the preview stands.
void ReportPage::updateNavigation()
{
    const int count = m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
    const int page = std::clamp(currentPage(), 0, std::max(count - 1, 0));
    {
        const QSignalBlocker blocker(m_pageSpinBox);
        m_pageSpinBox->setRange(count > 0 ? 1 : 0, std::max(count, 0));
        m_pageSpinBox->setValue(count > 0 ? page + 1 : 0);
    }
    m_pageSpinBox->setEnabled(count > 0);
    m_pageCountLabel->setText(tr("of %1", "page n of count").arg(count));
    m_previousPageAction->setEnabled(count > 0 && page > 0);
    m_nextPageAction->setEnabled(count > 0 && page < count - 1);
    const bool fitted = m_preview->zoomMode() == QPdfView::ZoomMode::FitToWidth;
    m_fitWidthAction->setChecked(fitted);
    const qreal zoom = zoomFactor();
    m_zoomInAction->setEnabled(count > 0 && zoom < kMaximumZoom - 1e-9);
    m_zoomOutAction->setEnabled(count > 0 && zoom > kMinimumZoom + 1e-9);
    m_printAction->setEnabled(count > 0);
}

ReportOptions ReportPage::options() const
{
    ReportOptions options;
    options.scenario = std::max(m_scenarioComboBox->currentIndex(), 0);
    options.language = m_languageComboBox->currentData().toString();
    if (ReportKind(m_kindComboBox->currentData().toInt()) == ReportKind::Monitoring) {
        options.setKind(ReportKind::Monitoring);
        return options;
    }
    options.changesSince =
        ReportChanges::of(m_document->history(), m_changesComboBox->currentData().toInt());
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
    updateNavigation();
}

bool ReportPage::exportTo(const QString &path, QString *error)
{
    if (!PlanReport::writeFile(m_document->plan(), m_results->library(), options(), path, error))
        return false;
    m_exportedUrl = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    m_openPdfButton->setEnabled(true);
    m_openPdfButton->setToolTip(QDir::toNativeSeparators(m_exportedUrl.toLocalFile()));
    return true;
}

// The report laid out for A4 as the PDF is, edge to edge: the report draws its own margins.
bool ReportPage::printTo(QPrinter *printer, QString *error) const
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    const Plan &plan = m_document->plan();
    printer->setDocName(plan.title.isEmpty() ? plan.community.name : plan.title);
    return PlanReport::paint(plan, m_results->library(), options(), *printer, error);
}

void ReportPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the plan"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    QString error;
    const bool printed = printTo(&printer, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!printed)
        QMessageBox::warning(this, tr("Print the plan"), error);
}

void ReportPage::openPdf()
{
    if (m_exportedUrl.isEmpty())
        return;
    if (!QDesktopServices::openUrl(m_exportedUrl))
        QMessageBox::warning(this, tr("Open the PDF"),
                             tr("No program to open %1 was found.")
                                 .arg(QDir::toNativeSeparators(m_exportedUrl.toLocalFile())));
}

void ReportPage::exportPdf()
{
    const Plan &plan = m_document->plan();
    QString base = plan.community.name.isEmpty() ? tr("plan") : plan.community.name;
    if (options().kind == ReportKind::Monitoring)
        base += QLatin1Char('-') + tr("monitoring", "in the monitoring report's file name");
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
