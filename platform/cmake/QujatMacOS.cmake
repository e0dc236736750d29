# macOS: the app bundle's Info.plist (camera usage text, the bundle's
# document type and exported UTI), localized InfoPlist.strings and the icon.
# NOTE: written from CMake's and Apple's documentation; never built here.
set(macos_dir "${CMAKE_CURRENT_SOURCE_DIR}/macos")
set_target_properties(qujat PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${macos_dir}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${QUJAT_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "Qujat"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    OUTPUT_NAME "Qujat"
)
foreach(language IN ITEMS en kk ru)
    set(strings "${macos_dir}/${language}.lproj/InfoPlist.strings")
    target_sources(qujat PRIVATE "${strings}")
    set_source_files_properties("${strings}" PROPERTIES
        MACOSX_PACKAGE_LOCATION "Resources/${language}.lproj")
endforeach()

if(TARGET qujat-iconrender)
    set(QUJAT_ICNS "${CMAKE_CURRENT_BINARY_DIR}/macos/qujat.icns")
    qujat_render_icon(OUTPUT "${QUJAT_ICNS}")
    target_sources(qujat PRIVATE "${QUJAT_ICNS}")
    set_source_files_properties("${QUJAT_ICNS}" PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
endif()
