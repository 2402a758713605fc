#pragma once

#include <QWidget>

namespace zeroplan {

class LiveResults;
class PlanDocument;

// The PDF plan the committee adopts. Until the report lands (issue 5) the page says what it
// will hold and that it is coming.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);
};

} // namespace zeroplan
