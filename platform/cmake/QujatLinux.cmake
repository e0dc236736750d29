# Linux desktop integration: desktop file, AppStream metainfo, hicolor icons
# and the bundle's MIME type, installed under CMAKE_INSTALL_PREFIX.
set(linux_dir "${CMAKE_CURRENT_SOURCE_DIR}/linux")
set(QUJAT_DESKTOP_FILE "${CMAKE_CURRENT_BINARY_DIR}/linux/${QUJAT_APP_ID}.desktop")
set(QUJAT_METAINFO_FILE "${CMAKE_CURRENT_BINARY_DIR}/linux/${QUJAT_APP_ID}.metainfo.xml")
set(QUJAT_MIME_FILE "${CMAKE_CURRENT_BINARY_DIR}/linux/${QUJAT_APP_ID}.xml")
configure_file("${linux_dir}/app.desktop.in" "${QUJAT_DESKTOP_FILE}" @ONLY)
configure_file("${linux_dir}/metainfo.xml.in" "${QUJAT_METAINFO_FILE}" @ONLY)
configure_file("${linux_dir}/mime.xml.in" "${QUJAT_MIME_FILE}" @ONLY)

install(FILES "${QUJAT_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${QUJAT_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${QUJAT_MIME_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
install(FILES "${QUJAT_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${QUJAT_APP_ID}.svg")

# The sizes of the freedesktop icon theme specification's hicolor theme.
set(QUJAT_LINUX_ICON_SIZES 16 22 24 32 48 64 128 256 512)
if(TARGET qujat-iconrender)
    set(icon_root "${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor")
    set(icon_files "")
    foreach(size IN LISTS QUJAT_LINUX_ICON_SIZES)
        set(icon "${icon_root}/${size}x${size}/apps/${QUJAT_APP_ID}.png")
        qujat_render_icon(OUTPUT "${icon}" SIZE ${size})
        list(APPEND icon_files "${icon}")
        install(FILES "${icon}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(qujat_linux_icons ALL DEPENDS ${icon_files})
else()
    message(WARNING "Qt Svg (Debian: qt6-svg-dev) was not found: only the scalable SVG icon is installed.")
endif()
