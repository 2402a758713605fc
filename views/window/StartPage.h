#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace zeroplan {

// What the window shows with no plan open: start a new plan, open one, open a recent one or
// look at a sample.
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
    void openFileRequested(const QString &path);
    void sampleRequested(const QString &resource);

private:
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_samplesLabel = nullptr;
    QListWidget *m_sampleList = nullptr;
    QStringList m_recentFiles;
};

} // namespace zeroplan
