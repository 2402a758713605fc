<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>zeroplan::ActivityImportDialog</name>
    <message numerus="yes">
        <location filename="../views/common/ActivityImportDialog.cpp" line="+44"/>
        <source>%n line(s) to add</source>
        <translation>
            <numerusform>%n line to add</numerusform>
            <numerusform>%n lines to add</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityTableModel</name>
    <message numerus="yes">
        <location filename="../views/baseline/ActivityTableModel.cpp" line="+193"/>
        <source>%n thread(s) in all</source>
        <translation>
            <numerusform>%n thread in all</numerusform>
            <numerusform>%n threads in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ActualsImportBar</name>
    <message numerus="yes">
        <location filename="../views/monitoring/ActualsImportBar.cpp" line="+77"/>
        <source>The actual emissions of %1 are already entered (%n line(s)). Replace them with the file&apos;s, or add the file&apos;s lines to them?</source>
        <translation>
            <numerusform>The actual emissions of %1 are already entered (%n line). Replace them with the file&apos;s, or add the file&apos;s lines to them?</numerusform>
            <numerusform>The actual emissions of %1 are already entered (%n lines). Replace them with the file&apos;s, or add the file&apos;s lines to them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The totals replace %n activity line(s) of %1 in the sectors given. Go on?</source>
        <translation>
            <numerusform>The totals replace %n activity line of %1 in the sectors given. Go on?</numerusform>
            <numerusform>The totals replace %n activity lines of %1 in the sectors given. Go on?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::BaselinePage</name>
    <message numerus="yes">
        <location filename="../views/baseline/BaselinePage.cpp" line="+277"/>
        <source>Remove %n activity line(s)</source>
        <translation>
            <numerusform>Remove %n activity line</numerusform>
            <numerusform>Remove %n activity lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::CheckInCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/CheckInCommand.cpp" line="+113"/>
        <source>%1 checked in revision %2 first, and %n value(s) changed both there and here; nothing was checked in and this file is unchanged. Choose with --prefer mine or --prefer theirs, or decide each in the app (File → Check In).</source>
        <translation>
            <numerusform>%1 checked in revision %2 first, and %n value changed both there and here; nothing was checked in and this file is unchanged. Choose with --prefer mine or --prefer theirs, or decide each in the app (File → Check In).</numerusform>
            <numerusform>%1 checked in revision %2 first, and %n values changed both there and here; nothing was checked in and this file is unchanged. Choose with --prefer mine or --prefer theirs, or decide each in the app (File → Check In).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Merged with what %1 checked in first: %n value(s) of theirs taken</source>
        <translation>
            <numerusform>Merged with what %1 checked in first: %n value of theirs taken</numerusform>
            <numerusform>Merged with what %1 checked in first: %n values of theirs taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n conflict(s) decided.</source>
        <translation>
            <numerusform>, %n conflict decided.</numerusform>
            <numerusform>, %n conflicts decided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::CommentsPanel</name>
    <message numerus="yes">
        <location filename="../views/history/CommentsPanel.cpp" line="+207"/>
        <source>%n resolved thread(s) hidden: Show resolved lists them.</source>
        <translation>
            <numerusform>%n resolved thread hidden: Show resolved lists it.</numerusform>
            <numerusform>%n resolved threads hidden: Show resolved lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ComparisonText</name>
    <message numerus="yes">
        <location filename="../model/history/ComparisonText.cpp" line="+32"/>
        <source>%n input(s) changed:</source>
        <translation>
            <numerusform>%n input changed:</numerusform>
            <numerusform>%n inputs changed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ConflictDialog</name>
    <message numerus="yes">
        <location filename="../views/shared/ConflictDialog.cpp" line="+25"/>
        <source>%1 checked in revision %2 while you worked. Their other changes and yours merge by themselves; these %n value(s) each of you changed in your own way. Choose which to keep.</source>
        <translation>
            <numerusform>%1 checked in revision %2 while you worked. Their other changes and yours merge by themselves; this %n value each of you changed in your own way. Choose which to keep.</numerusform>
            <numerusform>%1 checked in revision %2 while you worked. Their other changes and yours merge by themselves; these %n values each of you changed in your own way. Choose which to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/DistrictCommand.cpp" line="+347"/>
        <source>%n community plan(s) created from %1 and linked in %2.</source>
        <translation>
            <numerusform>%n community plan created from %1 and linked in %2.</numerusform>
            <numerusform>%n community plans created from %1 and linked in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n plan(s) linked in %1.</source>
        <translation>
            <numerusform>%n plan linked in %1.</numerusform>
            <numerusform>%n plans linked in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n changed plan(s) relinked.</source>
        <translation>
            <numerusform>%n changed plan relinked.</numerusform>
            <numerusform>%n changed plans relinked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictPage</name>
    <message numerus="yes">
        <location filename="../views/district/DistrictPage.cpp" line="+315"/>
        <source>%n communities, %1–%2</source>
        <translation>
            <numerusform>%n community, %1–%2</numerusform>
            <numerusform>%n communities, %1–%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n community(ies) on the shared store rolled up without a plan: see Needs help.</source>
        <translation>
            <numerusform>%n community on the shared store rolled up without a plan: see Needs help.</numerusform>
            <numerusform>%n communities on the shared store rolled up without a plan: see Needs help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n community file(s) could not be read as linked: see Needs help.</source>
        <translation>
            <numerusform>%n community file could not be read as linked: see Needs help.</numerusform>
            <numerusform>%n community files could not be read as linked: see Needs help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictTable</name>
    <message numerus="yes">
        <location filename="../app/cli/DistrictTable.cpp" line="+32"/>
        <source>District %1: %n community plan(s), %2–%3</source>
        <translation>
            <numerusform>District %1: %n community plan, %2–%3</numerusform>
            <numerusform>District %1: %n community plans, %2–%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorLibrary</name>
    <message numerus="yes">
        <location filename="../model/storage/FactorLibraryJson.cpp" line="+34"/>
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/FactorsCommand.cpp" line="+105"/>
        <source>%n factor(s) from library %1.</source>
        <translation>
            <numerusform>%n factor from library %1.</numerusform>
            <numerusform>%n factors from library %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorsDialog</name>
    <message numerus="yes">
        <location filename="../views/baseline/FactorsDialog.cpp" line="+159"/>
        <source>“%1” is used by %n baseline line(s): give them another factor first.</source>
        <translation>
            <numerusform>“%1” is used by %n baseline line: give it another factor first.</numerusform>
            <numerusform>“%1” is used by %n baseline lines: give them another factor first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::HistoryPanel</name>
    <message numerus="yes">
        <location filename="../views/history/HistoryPanel.cpp" line="+120"/>
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>%n change recorded.</numerusform>
            <numerusform>%n changes recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) match.</source>
        <translation>
            <numerusform>%1 of %n change matches.</numerusform>
            <numerusform>%1 of %n changes match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportActivities</name>
    <message numerus="yes">
        <location filename="../model/document/ImportActivities.cpp" line="+13"/>
        <source>Import %n activity line(s)</source>
        <translation>
            <numerusform>Import %n activity line</numerusform>
            <numerusform>Import %n activity lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="+338"/>
        <source>%n meter(s) miss %1 meter-months, e.g. %2</source>
        <translation>
            <numerusform>%n meter miss %1 meter-months, e.g. %2</numerusform>
            <numerusform>%n meters miss %1 meter-months, e.g. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n reading(s) of %1 not summed: the plan&apos;s base year is %2</source>
        <translation>
            <numerusform>%n reading of %1 not summed: the plan&apos;s base year is %2</numerusform>
            <numerusform>%n readings of %1 not summed: the plan&apos;s base year is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Dry run: %n line(s) would be added; nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n line would be added; nothing was changed.</numerusform>
            <numerusform>Dry run: %n lines would be added; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n line(s) to the actual inventory of %2 in %1.</source>
        <translation>
            <numerusform>Added %n line to the actual inventory of %2 in %1.</numerusform>
            <numerusform>Added %n lines to the actual inventory of %2 in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Added %n activity line(s) to %1.</source>
        <translation>
            <numerusform>Added %n activity line to %1.</numerusform>
            <numerusform>Added %n activity lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Dry run: progress of %n measure-year(s) would be recorded; nothing was changed.</source>
        <translation>
            <numerusform>Dry run: progress of %n measure-year would be recorded; nothing was changed.</numerusform>
            <numerusform>Dry run: progress of %n measure-years would be recorded; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Recorded the progress of %n measure-year(s) in %1.</source>
        <translation>
            <numerusform>Recorded the progress of %n measure-year in %1.</numerusform>
            <numerusform>Recorded the progress of %n measure-years in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportDialog</name>
    <message numerus="yes">
        <location filename="../views/common/ImportDialog.cpp" line="+327"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n line read</numerusform>
            <numerusform>%n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportMapping</name>
    <message numerus="yes">
        <location filename="../model/import/ImportMapping.cpp" line="+77"/>
        <source>&quot;%1&quot; is given %n times in this object; only the last one is read</source>
        <translation>
            <numerusform>&quot;%1&quot; is given %n time in this object; only the last one is read</numerusform>
            <numerusform>&quot;%1&quot; is given %n times in this object; only the last one is read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::KeyFigureStrip</name>
    <message numerus="yes">
        <location filename="../views/present/KeyFigures.cpp" line="+55"/>
        <source>cost not entered for %n measure(s)</source>
        <translation>
            <numerusform>cost not entered for %n measure</numerusform>
            <numerusform>cost not entered for %n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureForm</name>
    <message numerus="yes">
        <location filename="../views/measures/MeasureForm.cpp" line="+224"/>
        <source>Catalogue default: %n year(s). Source: %1</source>
        <translation>
            <numerusform>Catalogue default: %n year. Source: %1</numerusform>
            <numerusform>Catalogue default: %n years. Source: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MergeCommentsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/MergeCommentsCommand.cpp" line="+95"/>
        <source>Added %n comment(s) and review state(s) from %1.</source>
        <translation>
            <numerusform>Added %n comment or review state from %1.</numerusform>
            <numerusform>Added %n comments and review states from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MeterImportDialog</name>
    <message numerus="yes">
        <location filename="../views/common/MeterImportDialog.cpp" line="+142"/>
        <source>%n reading(s) of %1 not summed: the year imported is %2</source>
        <translation>
            <numerusform>%n reading of %1 not summed: the year imported is %2</numerusform>
            <numerusform>%n readings of %1 not summed: the year imported is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s) of %1 not summed: the plan&apos;s base year is %2</source>
        <translation>
            <numerusform>%n reading of %1 not summed: the plan&apos;s base year is %2</numerusform>
            <numerusform>%n readings of %1 not summed: the plan&apos;s base year is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n line(s) for %1 to add</source>
        <translation>
            <numerusform>%n line for %1 to add</numerusform>
            <numerusform>%n lines for %1 to add</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MeterReadings</name>
    <message numerus="yes">
        <location filename="../model/import/MeterReadings.cpp" line="+327"/>
        <source>%1: meter readings of %n meter(s), %2 % of the meter-months of %3 present, summed without extrapolation</source>
        <translation>
            <numerusform>%1: meter readings of %n meter, %2 % of the meter-months of %3 present, summed without extrapolation</numerusform>
            <numerusform>%1: meter readings of %n meters, %2 % of the meter-months of %3 present, summed without extrapolation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringReports</name>
    <message numerus="yes">
        <location filename="../model/document/MonitoringReports.cpp" line="+124"/>
        <source>Import progress of %n measure-year(s) from %1</source>
        <translation>
            <numerusform>Import progress of %n measure-year from %1</numerusform>
            <numerusform>Import progress of %n measure-years from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimisePage</name>
    <message numerus="yes">
        <location filename="../views/optimise/OptimisePage.cpp" line="+441"/>
        <source>Solving again on %n Monte Carlo draw(s)…</source>
        <translation>
            <numerusform>Solving again on %n Monte Carlo draw…</numerusform>
            <numerusform>Solving again on %n Monte Carlo draws…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Done: %n engine run(s).</source>
        <translation>
            <numerusform>Done: %n engine run.</numerusform>
            <numerusform>Done: %n engine runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseResultView</name>
    <message numerus="yes">
        <location filename="../views/optimise/OptimiseResultView.cpp" line="+142"/>
        <source>Exact: every combination of levels of the %n interaction group(s) was run by the engine.</source>
        <translation>
            <numerusform>Exact: every combination of levels of the %n interaction group was run by the engine.</numerusform>
            <numerusform>Exact: every combination of levels of the %n interaction groups was run by the engine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n interaction group(s) had too many combinations and were searched by the greedy chain; the rest exactly.</source>
        <translation>
            <numerusform>%1 of %n interaction group had too many combinations and was searched by the greedy chain; the rest exactly.</numerusform>
            <numerusform>%1 of %n interaction groups had too many combinations and were searched by the greedy chain; the rest exactly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseRobustTable</name>
    <message numerus="yes">
        <location filename="../views/optimise/OptimiseRobustTable.cpp" line="+55"/>
        <source>Robustness over %n Monte Carlo draw(s) of the measures&apos; low–likely–high values (seed %1): the target can be met in %2 of them.</source>
        <translation>
            <numerusform>Robustness over %n Monte Carlo draw of the measures&apos; low–likely–high values (seed %1): the target can be met in %2 of them.</numerusform>
            <numerusform>Robustness over %n Monte Carlo draws of the measures&apos; low–likely–high values (seed %1): the target can be met in %2 of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The solver stopped without an answer in %n draw(s).</source>
        <translation>
            <numerusform>The solver stopped without an answer in %n draw.</numerusform>
            <numerusform>The solver stopped without an answer in %n draws.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseTable</name>
    <message numerus="yes">
        <location filename="../app/cli/OptimiseTable.cpp" line="+77"/>
        <source>Robustness over %n Monte Carlo draw(s) (seed %1): the target is met in %2 % of them.</source>
        <translation>
            <numerusform>Robustness over %n Monte Carlo draw (seed %1): the target is met in %2 % of them.</numerusform>
            <numerusform>Robustness over %n Monte Carlo draws (seed %1): the target is met in %2 % of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The solver stopped without an answer in %n draw(s).</source>
        <translation>
            <numerusform>The solver stopped without an answer in %n draw.</numerusform>
            <numerusform>The solver stopped without an answer in %n draws.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Exact: every combination of levels of %n interaction group(s) run by the engine.</source>
        <translation>
            <numerusform>Exact: every combination of levels of %n interaction group run by the engine.</numerusform>
            <numerusform>Exact: every combination of levels of %n interaction groups run by the engine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n interaction group(s) searched by the greedy chain (too many combinations); the rest exactly.</source>
        <translation>
            <numerusform>%1 of %n interaction group searched by the greedy chain (too many combinations); the rest exactly.</numerusform>
            <numerusform>%1 of %n interaction groups searched by the greedy chain (too many combinations); the rest exactly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::PathwayPage</name>
    <message numerus="yes">
        <location filename="../views/present/PathwayVerdict.cpp" line="+36"/>
        <source>Neutral from %1, %n year(s) before the %2 target</source>
        <translation>
            <numerusform>Neutral from %1, %n year before the %2 target</numerusform>
            <numerusform>Neutral from %1, %n years before the %2 target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 neutrality target missed: neutral only from %2, %n year(s) late</source>
        <translation>
            <numerusform>%1 neutrality target missed: neutral only from %2, %n year late</numerusform>
            <numerusform>%1 neutrality target missed: neutral only from %2, %n years late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanFactorsModel</name>
    <message numerus="yes">
        <location filename="../views/baseline/PlanFactorsModel.cpp" line="+89"/>
        <source>%n baseline line(s)</source>
        <translation>
            <numerusform>%n baseline line</numerusform>
            <numerusform>%n baseline lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanJson</name>
    <message numerus="yes">
        <location filename="../model/storage/PlanJson.cpp" line="+128"/>
        <source>&quot;%1&quot; is given %n times in this object; only the last one is read</source>
        <translation>
            <numerusform>&quot;%1&quot; is given %n time in this object; only the last one is read</numerusform>
            <numerusform>&quot;%1&quot; is given %n times in this object; only the last one is read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/PlanValidationMonitoring.cpp" line="+19"/>
        <source>the adopted plan holds %n scenario(s); it keeps the adopted scenario alone</source>
        <translation>
            <numerusform>the adopted plan holds %n scenario; it keeps the adopted scenario alone</numerusform>
            <numerusform>the adopted plan holds %n scenarios; it keeps the adopted scenario alone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanReport</name>
    <message numerus="yes">
        <location filename="../views/report/ReportMeasureSections.cpp" line="+97"/>
        <source>The plan considers %n measure(s). Abatement and cost per tonne are those of the scenario “%1” over %2 to %3; a measure outside it shows none.</source>
        <translation>
            <numerusform>The plan considers %n measure. Abatement and cost per tonne are those of the scenario “%1” over %2 to %3; a measure outside it shows none.</numerusform>
            <numerusform>The plan considers %n measures. Abatement and cost per tonne are those of the scenario “%1” over %2 to %3; a measure outside it shows none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Owner: %1. Status: %2. Starts %3, full adoption after %n year(s) (%4); renewed every %5 years. Investment at full adoption: %6. Running cost: %7.</source>
        <translation>
            <numerusform>Owner: %1. Status: %2. Starts %3, full adoption after %n year (%4); renewed every %5 years. Investment at full adoption: %6. Running cost: %7.</numerusform>
            <numerusform>Owner: %1. Status: %2. Starts %3, full adoption after %n years (%4); renewed every %5 years. Investment at full adoption: %6. Running cost: %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/ReportResultSections.cpp" line="+196"/>
        <source>%1 simulated futures (Monte Carlo), each drawing the %n uncertain value(s) from their low–likely–high ranges.</source>
        <translation>
            <numerusform>%1 simulated futures (Monte Carlo), each drawing the %n uncertain value from their low–likely–high ranges.</numerusform>
            <numerusform>%1 simulated futures (Monte Carlo), each drawing the %n uncertain values from their low–likely–high ranges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/ReportChangesSection.cpp" line="+22"/>
        <source>Every change made to the plan since %1: %n change(s), oldest first, each with who made it, when, and every value it changed, before and after.</source>
        <translation>
            <numerusform>Every change made to the plan since %1: %n change, oldest first, each with who made it, when, and every value it changed, before and after.</numerusform>
            <numerusform>Every change made to the plan since %1: %n changes, oldest first, each with who made it, when, and every value it changed, before and after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanStore</name>
    <message numerus="yes">
        <location filename="../model/storage/PlanStore.cpp" line="+94"/>
        <source>%1: the project file is truncated: it has only %n byte(s), fewer than the 100 of an SQLite database&apos;s header</source>
        <translation>
            <numerusform>%1: the project file is truncated: it has only %n byte, fewer than the 100 of an SQLite database&apos;s header</numerusform>
            <numerusform>%1: the project file is truncated: it has only %n bytes, fewer than the 100 of an SQLite database&apos;s header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: reading the project file took longer than %n second(s) and was stopped; the file is damaged or made to stall ZeroPlan</source>
        <translation>
            <numerusform>%1: reading the project file took longer than %n second and was stopped; the file is damaged or made to stall ZeroPlan</numerusform>
            <numerusform>%1: reading the project file took longer than %n seconds and was stopped; the file is damaged or made to stall ZeroPlan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ProbabilityWords</name>
    <message numerus="yes">
        <location filename="../views/present/ProbabilityWords.cpp" line="+91"/>
        <source>it is reached in about %n of 10 simulated futures (%1)</source>
        <translation>
            <numerusform>it is reached in about %n of 10 simulated futures (%1)</numerusform>
            <numerusform>it is reached in about %n of 10 simulated futures (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemListModel</name>
    <message numerus="yes">
        <location filename="../views/problems/ProblemListModel.cpp" line="+123"/>
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemsDock</name>
    <message numerus="yes">
        <location filename="../views/problems/ProblemsDock.cpp" line="+65"/>
        <source>Saved with %n error(s) — the figures leave out what they concern; View → Problems lists them</source>
        <translation>
            <numerusform>Saved with %n error — the figures leave out what it concerns; View → Problems lists it</numerusform>
            <numerusform>Saved with %n errors — the figures leave out what they concern; View → Problems lists them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemsMarker</name>
    <message numerus="yes">
        <location filename="../views/problems/ProblemsMarker.cpp" line="+22"/>
        <source>⚠ %n problem(s) affect these figures</source>
        <translation>
            <numerusform>⚠ %n problem affects these figures</numerusform>
            <numerusform>⚠ %n problems affect these figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ProgressImportDialog</name>
    <message numerus="yes">
        <location filename="../views/monitoring/ProgressImportDialog.cpp" line="+116"/>
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>progress of %n measure-year(s) to record</source>
        <translation>
            <numerusform>progress of %n measure-year to record</numerusform>
            <numerusform>progress of %n measure-years to record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ReportPage</name>
    <message numerus="yes">
        <location filename="../views/reportpage/ReportPage.cpp" line="+454"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ResidentsText</name>
    <message numerus="yes">
        <location filename="../views/present/ResidentsText.cpp" line="+47"/>
        <source>%n year(s) (paid back in %1)</source>
        <translation>
            <numerusform>%n year (paid back in %1)</numerusform>
            <numerusform>%n years (paid back in %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ReviewFiles</name>
    <message numerus="yes">
        <location filename="../views/window/ReviewFiles.cpp" line="+82"/>
        <source>%n comment(s) and review state(s) written to %1: send this file back to the plan&apos;s owner.</source>
        <translation>
            <numerusform>%n comment or review state written to %1: send this file back to the plan&apos;s owner.</numerusform>
            <numerusform>%n comments and review states written to %1: send this file back to the plan&apos;s owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n comment(s) and review state(s) added from %1. Save the plan to keep them.</source>
        <translation>
            <numerusform>%n comment or review state added from %1. Save the plan to keep it.</numerusform>
            <numerusform>%n comments and review states added from %1. Save the plan to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ReviewText</name>
    <message numerus="yes">
        <location filename="../model/review/ReviewText.cpp" line="+67"/>
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioValueText</name>
    <message numerus="yes">
        <location filename="../views/present/ScenarioValueText.cpp" line="+32"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::SharedStoreFlow</name>
    <message numerus="yes">
        <location filename="../views/window/SharedStoreFlow.cpp" line="+155"/>
        <source>Merged with what %1 checked in first: %n value(s) of theirs taken, </source>
        <translation>
            <numerusform>Merged with what %1 checked in first: %n value of theirs taken, </numerusform>
            <numerusform>Merged with what %1 checked in first: %n values of theirs taken, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) decided.</source>
        <translation>
            <numerusform>%n conflict decided.</numerusform>
            <numerusform>%n conflicts decided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::SimulateCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/SimulateCommand.cpp" line="+49"/>
        <source>(%n more; run %1 validate %2)</source>
        <translation>
            <numerusform>(%n more; run %1 validate %2)</numerusform>
            <numerusform>(%n more; run %1 validate %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n warning(s); run %1 validate %2</source>
        <translation>
            <numerusform>%n warning; run %1 validate %2</numerusform>
            <numerusform>%n warnings; run %1 validate %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>not enough memory to run %n measure(s) and %1 activity line(s) over %2 years</source>
        <translation>
            <numerusform>not enough memory to run %n measure and %1 activity line(s) over %2 years</numerusform>
            <numerusform>not enough memory to run %n measures and %1 activity line(s) over %2 years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::UncertaintyPage</name>
    <message numerus="yes">
        <location filename="../views/uncertainty/UncertaintyPage.cpp" line="+164"/>
        <source>Scenario &quot;%1&quot;: %2 simulated futures, seed %3, triangular distributions over %n uncertain value(s).</source>
        <translation>
            <numerusform>Scenario &quot;%1&quot;: %2 simulated futures, seed %3, triangular distributions over %n uncertain value.</numerusform>
            <numerusform>Scenario &quot;%1&quot;: %2 simulated futures, seed %3, triangular distributions over %n uncertain values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ValidateCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="+58"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::XlsxReader</name>
    <message numerus="yes">
        <location filename="../model/import/XlsxReader.cpp" line="+307"/>
        <source>%1: %2 refers to shared string “%3”, but the workbook has %n shared string(s), numbered from 0</source>
        <translation>
            <numerusform>%1: %2 refers to shared string “%3”, but the workbook has %n shared string, numbered from 0</numerusform>
            <numerusform>%1: %2 refers to shared string “%3”, but the workbook has %n shared strings, numbered from 0</numerusform>
        </translation>
    </message>
</context>
</TS>
