#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace zeroplan {

class DistrictDocument;
class PlanDocument;

// Check-out and check-in from the window (docs/server.md, "Check-out and check-in"): each asks
// what it needs (the store and community, where to save, how to decide conflicts), talks to
// the server, and says what it did or why it could not. A failure never changes the user's
// file: the check-in's result is taken into the plan and saved only once the server has it.
class SharedStoreFlow
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::SharedStoreFlow)

public:
    // File → Check Out from Shared Store…: a community's plan into a new project file, whose
    // path it returns for the window to open; empty when cancelled or refused.
    static QString checkOut(QWidget *parent);
    // File → Check In to Shared Store: saves the plan first (`save`, the window's Save), then
    // checks it in, merging what others checked in first and asking about conflicts, takes
    // the result into `document` and saves again. A status line on success; "" otherwise.
    static QString checkIn(QWidget *parent, PlanDocument &document,
                           const std::function<bool()> &save);
    // File → Open District from Shared Store…: a district's communities as checked in, rolled
    // up, to look at (DistrictDocument::fromServer); nothing when cancelled or refused.
    static std::unique_ptr<DistrictDocument> openDistrict(QWidget *parent);
};

} // namespace zeroplan
