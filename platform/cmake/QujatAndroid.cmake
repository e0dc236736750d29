# Android: the package source folder (manifest, Java activity, resources),
# the package's version and OpenSSL libraries.
# NOTE: written from Qt for Android's documentation; never built here.
set(android_source "${CMAKE_CURRENT_BINARY_DIR}/android-package")
file(COPY "${CMAKE_CURRENT_SOURCE_DIR}/android/src" "${CMAKE_CURRENT_SOURCE_DIR}/android/res"
          "${CMAKE_CURRENT_SOURCE_DIR}/android/build.gradle"
     DESTINATION "${android_source}")
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/android/AndroidManifest.xml.in"
               "${android_source}/AndroidManifest.xml" @ONLY)

# The version code must grow with every release on Google Play.
math(EXPR qujat_version_code
     "${PROJECT_VERSION_MAJOR} * 10000 + ${PROJECT_VERSION_MINOR} * 100 + ${PROJECT_VERSION_PATCH}")
set_target_properties(qujat PROPERTIES
    QT_ANDROID_PACKAGE_SOURCE_DIR "${android_source}"
    QT_ANDROID_VERSION_NAME "${PROJECT_VERSION}"
    QT_ANDROID_VERSION_CODE "${qujat_version_code}"
    QT_ANDROID_MIN_SDK_VERSION 26
    QT_ANDROID_TARGET_SDK_VERSION 34
)
if(COMMAND add_android_openssl_libraries)
    add_android_openssl_libraries(qujat)
endif()
