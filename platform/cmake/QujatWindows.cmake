# Windows: the executable's icon and version resource, and the file
# association that the NSIS installer writes (QujatWindowsInstaller.cmake).
# NOTE: written from Qt's and CMake's documentation; never built here.
if(TARGET qujat-iconrender)
    set(QUJAT_ICO "${CMAKE_CURRENT_BINARY_DIR}/windows/qujat.ico")
    qujat_render_icon(OUTPUT "${QUJAT_ICO}")
    configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/qujat.rc.in"
                   "${CMAKE_CURRENT_BINARY_DIR}/windows/qujat.rc" @ONLY)
    # The .rc file includes the .ico by name; the dependency makes the icon first.
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/windows/qujat.rc"
        PROPERTIES OBJECT_DEPENDS "${QUJAT_ICO}")
    target_sources(qujat PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/windows/qujat.rc" "${QUJAT_ICO}")
endif()
