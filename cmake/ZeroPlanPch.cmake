# Precompiled headers (ZEROPLAN_PCH, on by default): every library, the CLI and the tests
# compile the heavy Qt and Eigen headers most of their files include once per target, not
# once per file. A Qt header costs a file a second or more to parse (QtTest, the widgets,
# Qt Charts, Eigen/Core), more than most of our files take themselves; CI compiles some
# three hundred files. docs/packaging.md and CONTRIBUTING.md give the measured gain.
#
# The headers only ever come from what a target already links (the model's list is Qt Core
# + Eigen only), so the layer rules (tests/layering) still hold; the probes have no PCH.
# Every file still includes what it uses: configure with -DZEROPLAN_PCH=OFF to check that a
# file compiles without the precompiled headers.
option(ZEROPLAN_PCH "Precompile the heavy Qt and Eigen headers of each target" ON)

# ccache caches a file compiled with a precompiled header only when told that the PCH's
# defines, __TIME__ and the headers' timestamps may be ignored; without that every such file
# is a cache miss. When ccache is the compiler launcher, it runs with that sloppiness, and
# with its inode cache: a hit hashes the 200-340 MB header, 1.7 s a file, unless the hash is
# remembered (then 0.1 s).
set(ZEROPLAN_CCACHE_SLOPPINESS pch_defines,time_macros,include_file_mtime,include_file_ctime)
foreach(lang CXX C)
    if(ZEROPLAN_PCH AND CMAKE_${lang}_COMPILER_LAUNCHER)
        list(GET CMAKE_${lang}_COMPILER_LAUNCHER 0 launcher)
        get_filename_component(launcher ${launcher} NAME)
        if(launcher STREQUAL "ccache")
            set(CMAKE_${lang}_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
                CCACHE_SLOPPINESS=${ZEROPLAN_CCACHE_SLOPPINESS} CCACHE_INODECACHE=true
                ${CMAKE_${lang}_COMPILER_LAUNCHER})
        endif()
    endif()
endforeach()

# What model/, model/document and zeroplan-cli include most (Qt Core, Qt JSON, Eigen).
set(ZEROPLAN_PCH_MODEL
    <algorithm> <cmath> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale>
    <QRegularExpression> <QSet> <QString> <QStringList>
    <Eigen/Core>)
# The presentation floor adds Qt Gui (the undo stack, item models, painting).
set(ZEROPLAN_PCH_PRESENT ${ZEROPLAN_PCH_MODEL}
    <QAbstractTableModel> <QColor> <QFont> <QObject> <QPainter> <QUndoStack>)
# The charts and the printed report add Qt Charts.
set(ZEROPLAN_PCH_CHARTS ${ZEROPLAN_PCH_PRESENT}
    <QAreaSeries> <QChart> <QLegend> <QLineSeries> <QValueAxis>)
# The pages and the window add Qt Widgets.
set(ZEROPLAN_PCH_VIEWS ${ZEROPLAN_PCH_CHARTS}
    <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton>
    <QTableView> <QVBoxLayout> <QWidget>)

# zeroplan_pch(TARGET HEADERS...): precompiles HEADERS for TARGET when ZEROPLAN_PCH is on.
function(zeroplan_pch target)
    if(ZEROPLAN_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# zeroplan_pch_reuse(TARGET FROM): TARGET uses FROM's precompiled header, which FROM built
# with the same compile definitions and options (GCC refuses a PCH built with other macros,
# and -Winvalid-pch with -Werror makes that an error, never a silent slow build).
function(zeroplan_pch_reuse target from)
    if(ZEROPLAN_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
