# Packages made with CPack: a .deb on Linux, an NSIS installer on Windows
# and a disk image on macOS. Run `cpack` in the build folder after building.
set(CPACK_PACKAGE_NAME "qujat")
set(CPACK_PACKAGE_VENDOR "Qujat contributors")
set(CPACK_PACKAGE_CONTACT "Qujat contributors <qujat@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Qujat")
set(CPACK_PACKAGE_EXECUTABLES "qujat" "Qujat")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE AND NOT ANDROID)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "education")
    # The first line of `Description` is CPACK_PACKAGE_DESCRIPTION_SUMMARY.
    string(CONCAT CPACK_PACKAGE_DESCRIPTION
        "Qujat photographs the documents of a teacher's attestation portfolio,\n"
        "finds and straightens each page, reads QR codes and barcodes and files\n"
        "the document into its official section. The school administration\n"
        "imports the teachers' bundle files and checks them.")
    # dpkg-shlibdeps finds the libraries the executables link (Qt, ZXing,
    # libzip). Qt loads QML modules and plugins at run time, so those
    # packages are listed by hand; the names are Debian 12's.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(QUJAT_DEBIAN_RUNTIME_PACKAGES
        qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
        qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
        qml6-module-qtquick-shapes qml6-module-qtqml qml6-module-qtqml-models
        qml6-module-qtqml-workerscript qml6-module-qtcore qml6-module-qt-labs-settings
        qml6-module-qt-labs-folderlistmodel qml6-module-qtmultimedia
        libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
    )
    list(JOIN QUJAT_DEBIAN_RUNTIME_PACKAGES ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, xdg-utils")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    include(${CMAKE_CURRENT_LIST_DIR}/QujatWindowsInstaller.cmake OPTIONAL)
elseif(APPLE AND NOT IOS)
    set(CPACK_GENERATOR "DragNDrop")
endif()

if(NOT ANDROID AND NOT IOS)
    include(CPack)
endif()
