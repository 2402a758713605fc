# Settings every ZeroPlan target shares: defines that keep strings honest, the warning set,
# and -Werror when ZEROPLAN_WERROR is on. Qt and Eigen come in as SYSTEM includes through
# their imported targets, so their headers do not trip our warnings.
function(zeroplan_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        ZEROPLAN_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Woverloaded-virtual -Wformat=2)
    if(ZEROPLAN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
