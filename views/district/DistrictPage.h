#pragma once

#include "DistrictFigures.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace zeroplan {

class DistrictDocument;
class DistrictPathwayChart;
class DistrictWedgeChart;
class LeagueFilterProxy;
class LeagueTableModel;
class SmallMultiples;

// What the window shows for a district (docs/desktop.md, "Districts"): its name and region,
// its key figures, and in tabs the aggregate pathway with its wedges (by measure kind or by
// community), the league table (sortable, filtered by type and size; the type and scenario
// of each community edited in place, undoably), a small chart per community, and what needs
// help (DistrictFlags, the largest tonnes at stake first) with the links that could not be
// read, and the template (TemplateEditor). Follows every change of the district's roll-up,
// when shown.
class DistrictPage : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictPage(DistrictDocument *document, QWidget *parent = nullptr);

    const DistrictFigures &figures() const { return m_figures; }
    LeagueTableModel *leagueModel() const { return m_model; }
    LeagueFilterProxy *leagueProxy() const { return m_proxy; }
    // The community chosen (a row of the league table, a flag, a small chart); -1: none.
    int selectedCommunity() const;
    void selectCommunity(int member);
    // Shows a tab by its English id: "pathway", "league", "communities", "help" or "template" (as
    // `zeroplan --page` names them for a district); false for another id.
    bool showTab(const QString &id);
    // Everything again from the roll-up (done when shown after a change).
    void refresh();

signals:
    void openCommunityRequested(int member);
    // The district's own measures, to open in place (District Measures…).
    void openOwnMeasuresRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeHeader();
    QWidget *makePathwayTab();
    QWidget *makeLeagueTab();
    QWidget *makeCommunitiesTab();
    QWidget *makeHelpTab();
    void changed(); // the roll-up or the district changed
    void applyFilter();
    void refreshFlags();
    void refreshLinks();
    void refreshWedges();
    void openSelected();

    DistrictDocument *m_document;
    DistrictFigures m_figures;
    bool m_stale = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_linkNotice = nullptr;
    QLabel *m_baseNet = nullptr;
    QLabel *m_baseNetCaption = nullptr;
    QLabel *m_targetNet = nullptr;
    QLabel *m_targetNetCaption = nullptr;
    QLabel *m_reduction = nullptr;
    QLabel *m_neutral = nullptr;
    QTabWidget *m_tabs = nullptr;
    DistrictPathwayChart *m_pathway = nullptr;
    DistrictWedgeChart *m_wedges = nullptr;
    QComboBox *m_wedgeSplit = nullptr;
    LeagueTableModel *m_model = nullptr;
    LeagueFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QSpinBox *m_minHouseholds = nullptr;
    QSpinBox *m_maxHouseholds = nullptr;
    QPushButton *m_openButton = nullptr;
    SmallMultiples *m_multiples = nullptr;
    QListWidget *m_flags = nullptr;
    QListWidget *m_links = nullptr;
};

} // namespace zeroplan
