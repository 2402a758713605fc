# PageIncludes: run as `cmake -DVIEWS=<source>/views -P PageIncludes.cmake`. Fails, naming
# each file and line, when
#  - a page folder includes another page folder's headers (what two pages share belongs in
#    views/present), or the window's or the problems dock's; views/common (widgets shared
#    by pages) is open to every page;
#  - the problems dock includes a page's or the window's headers;
#  - the floor (views/present, views/charts, views/report) includes any of those, or
#    views/common, or a floor above it (present < charts < report).
# "district/", "measures/", "monitoring/", "optimise/" and "residents/" name both a model folder
# and a page folder: an include counts as the page's only when the header is one of the page
# folder's own.
cmake_policy(SET CMP0057 NEW) # if(… IN_LIST …)
set(pages baseline community costs district measures monitoring optimise pathway reportpage
    residents scenarios uncertainty)
set(widgetOnly problems window) # views/common (shared widgets) is open to every page
set(sharedNames district measures monitoring optimise residents)
foreach(folder IN LISTS sharedNames)
    file(GLOB pageHeaders_${folder} RELATIVE ${VIEWS}/${folder} ${VIEWS}/${folder}/*.h)
endforeach()

# Whether `include` (the quoted path) names a header in views/<folder>.
function(names_folder include folder result)
    set(${result} FALSE PARENT_SCOPE)
    if(include MATCHES "^${folder}/(.+)$")
        if(folder IN_LIST sharedNames)
            list(FIND pageHeaders_${folder} "${CMAKE_MATCH_1}" found)
            if(found EQUAL -1)
                return()
            endif()
        endif()
        set(${result} TRUE PARENT_SCOPE)
    endif()
endfunction()

set(failures "")
# Checks every file of views/<folder> against the folders it may not include.
function(check folder forbidden)
    file(GLOB_RECURSE files ${VIEWS}/${folder}/*.h ${VIEWS}/${folder}/*.cpp)
    foreach(file IN LISTS files)
        file(STRINGS ${file} lines REGEX "^#include \"[^\"]+/[^\"]+\"")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^#include \"([^\"]+)\".*$" "\\1" include "${line}")
            foreach(other IN LISTS forbidden)
                names_folder("${include}" ${other} hit)
                if(hit)
                    file(RELATIVE_PATH shown ${VIEWS} ${file})
                    string(APPEND failures "views/${shown}: ${line}\n")
                endif()
            endforeach()
        endforeach()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

foreach(page IN LISTS pages)
    set(forbidden ${pages} ${widgetOnly})
    list(REMOVE_ITEM forbidden ${page})
    check(${page} "${forbidden}")
endforeach()
# The problems dock points at cells of every page, through what the floor gives it (the
# activity table's columns are in views/present), never through a page's headers.
check(problems "${pages};window")
check(present "${pages};${widgetOnly};common;charts;report")
check(charts "${pages};${widgetOnly};common;report")
check(report "${pages};${widgetOnly};common")

if(failures)
    message(FATAL_ERROR "A page or the floor includes headers it must not:\n${failures}")
endif()
