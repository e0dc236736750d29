# iOS: Info.plist (camera usage text, document type and exported UTI for
# the bundle), launch screen, app icon and localized usage text.
# NOTE: written from Qt for iOS's and CMake's documentation; never built here.
set(ios_dir "${CMAKE_CURRENT_SOURCE_DIR}/ios")
set(apple_strings_dir "${CMAKE_CURRENT_SOURCE_DIR}/macos")
set_target_properties(qujat PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${ios_dir}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${QUJAT_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "Qujat"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${QUJAT_APP_ID}"
    XCODE_ATTRIBUTE_TARGETED_DEVICE_FAMILY "1,2"
    XCODE_ATTRIBUTE_ASSETCATALOG_COMPILER_APPICON_NAME "AppIcon"
    XCODE_ATTRIBUTE_IPHONEOS_DEPLOYMENT_TARGET "15.0"
)
target_sources(qujat PRIVATE "${ios_dir}/LaunchScreen.storyboard" "${ios_dir}/Assets.xcassets")
set_source_files_properties("${ios_dir}/LaunchScreen.storyboard" "${ios_dir}/Assets.xcassets"
    PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
foreach(language IN ITEMS en kk ru)
    set(strings "${apple_strings_dir}/${language}.lproj/InfoPlist.strings")
    target_sources(qujat PRIVATE "${strings}")
    set_source_files_properties("${strings}" PROPERTIES
        MACOSX_PACKAGE_LOCATION "Resources/${language}.lproj")
endforeach()
