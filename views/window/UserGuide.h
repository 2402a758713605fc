#pragma once

#include <QDialog>

class QTextBrowser;

namespace zeroplan {

// Help → User Guide (F1): the guide shipped in the app's resources (":/help/<language>/
// guide.html", no network), in a window of its own beside the plan. Every page of the main
// window has a section whose anchor is the page's id ("costs"); so do "start", "workflow",
// "import" and "method". The guide speaks the language the window speaks.
class UserGuide : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuide(QWidget *parent = nullptr);

    // The guide's file for a language code ("zh_CN" → the Chinese guide, anything else English).
    static QString guideFile(const QString &language);
    // Shows the guide, in the language of the moment, at the section `anchor`.
    void showSection(const QString &anchor);
    QString section() const { return m_anchor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser = nullptr;
    QString m_anchor;
    QString m_language;
};

} // namespace zeroplan
