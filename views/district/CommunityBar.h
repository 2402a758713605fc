#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace zeroplan {

class DistrictDocument;

// The bar above a community opened in place from its district: "Community X of district Y",
// the scenario the district counts for it (which may not be the one the plan's pages show),
// and a Back to district button.
class CommunityBar : public QWidget
{
    Q_OBJECT

public:
    explicit CommunityBar(QWidget *parent = nullptr);
    // Names community `member` of `district` (again after a language switch).
    void setCommunity(const DistrictDocument &district, int member);
    // Names the district's own measures, opened in place.
    void setOwnMeasures(const DistrictDocument &document);
    QString text() const;

signals:
    void backRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace zeroplan
