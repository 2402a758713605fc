#pragma once

#include <QUrl>
#include <QWidget>

class QAction;
class QBuffer;
class QComboBox;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolBar;

namespace zeroplan {

class LiveResults;
class PlanDocument;
struct ReportOptions;

// The printed plan the committee adopts, or once adopted its annual monitoring report (年度自评
// 报告): options on the left (what to print, scenario, language, sections),
// a preview of the PDF itself on the right (Qt PDF) with zoom, fit to width and page by page
// navigation, Export and, once exported, Open the PDF; and Print…. The preview is redrawn a
// moment after the plan or an option changes, while the page is in view.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);
    ~ReportPage() override;

    ReportOptions options() const;
    QPdfDocument *previewDocument() const { return m_pdf; }
    void refreshPreview(); // now, not after the pause
    // Writes the PDF to `path`; on success "Open the PDF" offers it.
    bool exportTo(const QString &path, QString *error);
    // Paints the report into `printer` (what Print… does once its dialog is accepted).
    bool printTo(QPrinter *printer, QString *error) const;
    // The file "Open the PDF" opens: the last one exported; empty before any export.
    QUrl exportedUrl() const { return m_exportedUrl; }
    // The preview's page, from 0, and its zoom (1 = 72 points to the inch of the screen).
    int currentPage() const;
    qreal zoomFactor() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();
    void refreshScenarios();
    void refreshKinds(); // the monitoring report only for an adopted plan
    void fillKinds();
    // The versions the appendix of changes can start from, newest first (docs/history.md).
    void refreshVersions();
    void fillLanguages();
    void fillSections();
    void exportPdf();
    void print();
    void openPdf();
    void zoomBy(qreal factor);
    void fitWidth();
    void goToPage(int page);
    void updateNavigation();
    qreal fitWidthFactor() const;

    PlanDocument *m_document;
    LiveResults *m_results;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindComboBox = nullptr;
    QLabel *m_scenarioLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QComboBox *m_scenarioComboBox = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    QListWidget *m_sectionList = nullptr;
    QLabel *m_changesLabel = nullptr;
    QComboBox *m_changesComboBox = nullptr; // the appendix of changes since a version, or none
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openPdfButton = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_previousPageAction = nullptr;
    QAction *m_nextPageAction = nullptr;
    QAction *m_printAction = nullptr;
    QSpinBox *m_pageSpinBox = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QUrl m_exportedUrl;
    QLabel *m_statusLabel = nullptr;
    QPdfView *m_preview = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_buffer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = true;
};

} // namespace zeroplan
