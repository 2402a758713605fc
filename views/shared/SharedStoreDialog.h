#pragma once

#include "server/ServerDistrict.h"
#include "server/SharedStore.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace zeroplan {

// Connects to a district's shared store and picks a community on it (docs/server.md): the
// connection string (remembered; never a password), a password when the server asks for one,
// and the communities the signed-in person may see with their plan's revision and the
// person's role. For a check-out, a community with a plan; for a plan's first check-in, one
// without a plan that the person edits; or, to open a district, the districts the person sees.
class SharedStoreDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        CheckOut,
        FirstCheckIn,
        District // a district to open, not a community
    };

    SharedStoreDialog(Purpose purpose, QWidget *parent = nullptr);
    ~SharedStoreDialog() override;

    // After accept(): the store, open, and the community chosen.
    std::unique_ptr<SharedStore> takeStore() { return std::move(m_store); }
    SharedCommunity community() const;
    ServerDistrictSummary district() const; // Purpose::District

    void accept() override;

signals:
    // After connecting: whether any community listed can be chosen.
    void communitiesShown(bool any);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setConnectDefault(bool yes);
    void connectToServer();
    void fillCommunities();
    void updateButtons();
    int rows() const;
    bool fits(int row) const; // can be chosen

    Purpose m_purpose;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ok = nullptr;
    std::unique_ptr<SharedStore> m_store;
    QList<SharedCommunity> m_communities;
    QList<ServerDistrictSummary> m_districts;
};

} // namespace zeroplan
