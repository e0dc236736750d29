# Install rules, desktop integration and packages for every platform.
# Included from platform/CMakeLists.txt after the app target exists.
include(GNUInstallDirs)

set(QUJAT_ICON_SVG "${PROJECT_SOURCE_DIR}/icons/qujat.svg")

# The host tool that renders icons/qujat.svg into PNG, ICO and ICNS files.
# Mobile builds use the PNGs committed under platform/android and platform/ios.
if(NOT ANDROID AND NOT IOS AND NOT CMAKE_CROSSCOMPILING)
    find_package(Qt6 6.4 QUIET COMPONENTS Svg)
endif()
if(TARGET Qt6::Svg)
    qt_add_executable(qujat-iconrender tools/iconrender.cpp)
    set_target_properties(qujat-iconrender PROPERTIES MACOSX_BUNDLE FALSE WIN32_EXECUTABLE FALSE)
    target_link_libraries(qujat-iconrender PRIVATE Qt6::Gui Qt6::Svg)
endif()

# qujat_render_icon(OUTPUT file [SIZE pixels]): a build rule for one icon file.
function(qujat_render_icon)
    cmake_parse_arguments(ARG "" "OUTPUT;SIZE" "" ${ARGN})
    get_filename_component(directory "${ARG_OUTPUT}" DIRECTORY)
    add_custom_command(OUTPUT "${ARG_OUTPUT}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${directory}"
        COMMAND qujat-iconrender "${QUJAT_ICON_SVG}" "${ARG_OUTPUT}" ${ARG_SIZE}
        DEPENDS qujat-iconrender "${QUJAT_ICON_SVG}"
        COMMENT "Rendering ${ARG_OUTPUT}"
        VERBATIM)
endfunction()

if(UNIX AND NOT APPLE AND NOT ANDROID)
    include(${CMAKE_CURRENT_LIST_DIR}/QujatLinux.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/QujatWindows.cmake)
elseif(APPLE AND NOT IOS)
    include(${CMAKE_CURRENT_LIST_DIR}/QujatMacOS.cmake)
elseif(ANDROID)
    include(${CMAKE_CURRENT_LIST_DIR}/QujatAndroid.cmake)
elseif(IOS)
    include(${CMAKE_CURRENT_LIST_DIR}/QujatIOS.cmake)
endif()

# Qt's deployment script copies Qt's libraries, plugins and QML modules next
# to the app (windeployqt on Windows, macdeployqt on macOS). Linux packages
# depend on the distribution's Qt instead. Qt 6.4 names the output argument
# FILENAME_VARIABLE; Qt 6.5 renamed it OUTPUT_SCRIPT.
if(WIN32 OR (APPLE AND NOT IOS))
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_qml_app_script(TARGET qujat FILENAME_VARIABLE qujat_deploy_script)
    else()
        qt_generate_deploy_qml_app_script(TARGET qujat OUTPUT_SCRIPT qujat_deploy_script)
    endif()
    install(SCRIPT "${qujat_deploy_script}")
endif()

include(${CMAKE_CURRENT_LIST_DIR}/QujatPackage.cmake)
