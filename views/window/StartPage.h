#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace zeroplan {

// What the window shows with no plan open (and at the first start): start a new plan, start one
// from the community's data (Import data…), open one, open a recent one, look at an example
// (a sample plan, said to be one) or read the user guide.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);
    void retranslate();

signals:
    void newPlanRequested();
    void openRequested();
    void importRequested();
    void guideRequested();
    void openFileRequested(const QString &path);
    void sampleRequested(const QString &resource);

private:
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_guideButton = nullptr;
    QLabel *m_buttonsHint = nullptr;
    QLabel *m_samplesHint = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_samplesLabel = nullptr;
    QListWidget *m_sampleList = nullptr;
    QStringList m_recentFiles;
};

} // namespace zeroplan
