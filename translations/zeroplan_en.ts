<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>zeroplan::FactorLibrary</name>
    <message numerus="yes">
        <location filename="../model/inventory/FactorLibrary.cpp" line="+33"/>
        <source>%1 (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanFile</name>
    <message numerus="yes">
        <location filename="../app/cli/PlanFile.cpp" line="+79"/>
        <source>is too large for a plan (more than %n MB)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::SimulateCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/SimulateCommand.cpp" line="+65"/>
        <source>(%n more; run %1 validate %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n warning(s); run %1 validate %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ValidateCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="+58"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
