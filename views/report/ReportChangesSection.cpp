// The appendix "Changes since an earlier version" of the printed plan (ReportSections,
// docs/history.md): every change made after the version chosen, as the History panel and
// zeroplan-cli history list them.
#include "ReportSections.h"

#include "history/HistoryText.h"

namespace zeroplan {

void ReportSections::changes()
{
    const std::optional<ReportChanges> &appendix = m_context.options.changesSince;
    if (!appendix)
        return;
    heading(ReportSection::Changes);
    const ChangeLog &log = appendix->changes;
    const QString since = HistoryText::versionText(appendix->since);
    if (log.isEmpty()) {
        paragraph(tr("Nothing has been changed since %1.").arg(since));
        return;
    }
    paragraph(tr("Every change made to the plan since %1: %n change(s), oldest first, each "
                 "with who made it, when, and every value it changed, before and after.",
                 nullptr, int(log.size()))
                  .arg(since));
    table(
        {1.3, 1.3, 2, 2.4, 1.2, 1.2},
        {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft},
        {tr("When"), tr("Who"), tr("Change"), tr("Value"), tr("Before"), tr("After")},
        HistoryText::tableRows(log));
}

} // namespace zeroplan
