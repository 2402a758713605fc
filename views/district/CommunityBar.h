#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace zeroplan {

// The bar above a community opened in place from its district: "Community X of district Y"
// and a Back to district button.
class CommunityBar : public QWidget
{
    Q_OBJECT

public:
    explicit CommunityBar(QWidget *parent = nullptr);
    void setNames(const QString &community, const QString &district);
    QString text() const;

signals:
    void backRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace zeroplan
