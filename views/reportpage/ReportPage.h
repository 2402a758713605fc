#pragma once

#include <QWidget>

class QBuffer;
class QComboBox;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QTimer;

namespace zeroplan {

class LiveResults;
class PlanDocument;
struct ReportOptions;

// The printed plan the committee adopts: options on the left (scenario, language, sections),
// a preview of the PDF itself on the right (Qt PDF), and Export. The preview is redrawn a
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
    bool exportTo(const QString &path, QString *error) const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();
    void refreshScenarios();
    void fillLanguages();
    void fillSections();
    void exportPdf();

    PlanDocument *m_document;
    LiveResults *m_results;
    QLabel *m_scenarioLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QComboBox *m_scenarioComboBox = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    QListWidget *m_sectionList = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPdfView *m_preview = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_buffer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = true;
};

} // namespace zeroplan
