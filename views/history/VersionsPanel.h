#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace zeroplan {

class PlanDocument;

// The versions a plan's file keeps (docs/history.md, "Versions"), newest first, and two of
// them compared. "Save Version" saves the plan and keeps it as a version under the name (and
// comment) typed; "Compare" sets the version chosen beside the plan as it is now (or, with two
// chosen, the older beside the newer): the inputs changed, field by field, then each
// scenario's results side by side. "Open" asks for the version chosen to be opened in the
// window, read-only (PlanDocument::fromVersion).
// Object names: versionNameEdit, versionCommentEdit, saveVersionButton, versionsTree,
// compareVersionsButton, openVersionButton, versionsMessageLabel, versionComparisonTree.
class VersionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VersionsPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *comparison() const { return m_comparison; }

signals:
    void openRequested(int number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void saveVersion();
    void compare();
    void updateButtons();
    // The numbers of the versions chosen, oldest first.
    QList<int> chosen() const;

    QPointer<PlanDocument> m_document;
    QLineEdit *m_name;
    QLineEdit *m_comment;
    QPushButton *m_save;
    QTreeWidget *m_tree;
    QPushButton *m_compare;
    QPushButton *m_open;
    QLabel *m_message;
    QTreeWidget *m_comparison;
};

} // namespace zeroplan
