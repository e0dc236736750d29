# Third-party libraries for Android and iOS, built from source with the
# target's toolchain, because Debian's packages exist only for Linux.
# Included from the top-level CMakeLists.txt before find_package(ZXing), and
# only when ANDROID or IOS is set. Each Git dependency is pinned by its
# commit id, which also fixes its content; the tag is named beside it.
#
# NOTE: written for Qt for Android / Qt for iOS; never configured here,
# because this machine has no Android NDK and no Xcode.
if(NOT (ANDROID OR IOS))
    message(FATAL_ERROR "QujatMobileDependencies.cmake is for Android and iOS builds only.")
endif()
# OVERRIDE_FIND_PACKAGE (CMake 3.24) makes find_package(ZXing) use the
# fetched sources instead of looking for an installed package.
cmake_minimum_required(VERSION 3.24)
include(FetchContent)

set(BUILD_SHARED_LIBS OFF)
# Let the plain variables below set the dependencies' option() defaults.
set(CMAKE_POLICY_DEFAULT_CMP0077 NEW)

# ZXing-C++ 2.3.0: QR codes and barcodes. Readers only.
set(ZXING_READERS ON)
set(ZXING_WRITERS OFF)
set(ZXING_EXAMPLES OFF)
set(ZXING_UNIT_TESTS OFF)
set(ZXING_BLACKBOX_TESTS OFF)
set(ZXING_C_API OFF)
FetchContent_Declare(ZXing
    GIT_REPOSITORY https://github.com/zxing-cpp/zxing-cpp.git
    GIT_TAG d6068bcebeb8fd9f0d35a99b00d202be86a14dbe # v2.3.0
    GIT_SHALLOW FALSE
    OVERRIDE_FIND_PACKAGE)

# libzip 1.11.4: reads and writes bundle zip files. zlib comes from the
# NDK / the iOS SDK; the other compression methods and tools stay off.
set(ENABLE_BZIP2 OFF)
set(ENABLE_LZMA OFF)
set(ENABLE_ZSTD OFF)
set(ENABLE_GNUTLS OFF)
set(ENABLE_MBEDTLS OFF)
set(ENABLE_OPENSSL OFF)
set(ENABLE_WINDOWS_CRYPTO OFF)
set(BUILD_TOOLS OFF)
set(BUILD_REGRESS OFF)
set(BUILD_OSSFUZZ OFF)
set(BUILD_EXAMPLES OFF)
set(BUILD_DOC OFF)
set(LIBZIP_DO_INSTALL OFF)
FetchContent_Declare(libzip
    GIT_REPOSITORY https://github.com/nih-at/libzip.git
    GIT_TAG 6f8a0cdd24a0dc6cce9dac4a7679da784ab124ea # v1.11.4
    OVERRIDE_FIND_PACKAGE)

FetchContent_MakeAvailable(ZXing libzip)

# SQLite: Qt's own SQLite driver (qsqlite) bundles SQLite in every Qt for
# Android and Qt for iOS build; nothing to fetch.

# OpenSSL, the bundle's crypto library.
if(ANDROID)
    # KDAB's prebuilt OpenSSL for Android, the source Qt's documentation
    # names: ssl_1.1 for Qt 6.4, ssl_3 for Qt 6.5 and newer.
    FetchContent_Declare(android_openssl
        GIT_REPOSITORY https://github.com/KDAB/android_openssl.git
        GIT_TAG 6b9ba2b962e96f437550b5197c130225dd416ddf # master, 2025-02-17
        GIT_SHALLOW FALSE)
    FetchContent_MakeAvailable(android_openssl)
    include(${android_openssl_SOURCE_DIR}/android_openssl.cmake)
    # Call add_android_openssl_libraries(qujat) after the target exists;
    # QujatAndroid.cmake does.
elseif(IOS)
    # OpenSSL builds with its own Configure script, so it is an external
    # project. The release tarball's SHA-256 is published beside it on
    # openssl.org; pass it in, because this file cannot check it here.
    set(QUJAT_IOS_OPENSSL_VERSION "3.0.15" CACHE STRING "OpenSSL release built for iOS")
    set(QUJAT_IOS_OPENSSL_SHA256 "" CACHE STRING
        "SHA-256 of openssl-${QUJAT_IOS_OPENSSL_VERSION}.tar.gz, from its .sha256 file on openssl.org")
    if(NOT QUJAT_IOS_OPENSSL_SHA256)
        message(FATAL_ERROR "Set QUJAT_IOS_OPENSSL_SHA256 to the published SHA-256 of "
                            "openssl-${QUJAT_IOS_OPENSSL_VERSION}.tar.gz.")
    endif()
    include(ExternalProject)
    set(openssl_prefix "${CMAKE_BINARY_DIR}/openssl-ios")
    ExternalProject_Add(openssl_ios
        URL "https://www.openssl.org/source/openssl-${QUJAT_IOS_OPENSSL_VERSION}.tar.gz"
        URL_HASH SHA256=${QUJAT_IOS_OPENSSL_SHA256}
        CONFIGURE_COMMAND <SOURCE_DIR>/Configure ios64-xcrun no-shared no-tests no-ui-console
                          --prefix=${openssl_prefix} --openssldir=${openssl_prefix}
        BUILD_COMMAND make -j4 build_libs
        INSTALL_COMMAND make install_dev
        BUILD_IN_SOURCE TRUE
        BUILD_BYPRODUCTS ${openssl_prefix}/lib/libcrypto.a)
    add_library(OpenSSL::Crypto STATIC IMPORTED GLOBAL)
    file(MAKE_DIRECTORY ${openssl_prefix}/include)
    set_target_properties(OpenSSL::Crypto PROPERTIES
        IMPORTED_LOCATION ${openssl_prefix}/lib/libcrypto.a
        INTERFACE_INCLUDE_DIRECTORIES ${openssl_prefix}/include)
    add_dependencies(OpenSSL::Crypto openssl_ios)
endif()

# Tesseract 5.5.0 with Leptonica 1.85.0: optional OCR. Large (about 30 MB of
# sources and a traineddata file per language), so off unless asked for.
option(QUJAT_MOBILE_TESSERACT "Build Tesseract and Leptonica for the mobile app" OFF)
if(QUJAT_MOBILE_TESSERACT)
    set(SW_BUILD OFF)
    set(BUILD_PROG OFF)
    set(ENABLE_ZLIB ON)
    # Qt decodes the images; Leptonica receives pixels, so no codec libraries.
    foreach(codec IN ITEMS PNG GIF JPEG TIFF WEBP OPENJPEG)
        set(ENABLE_${codec} OFF)
    endforeach()
    FetchContent_Declare(leptonica
        GIT_REPOSITORY https://github.com/DanBloomberg/leptonica.git
        GIT_TAG 63aef18d98432b8582a1565e241f7bd2ee9cc8d9 # 1.85.0
        OVERRIDE_FIND_PACKAGE)
    set(BUILD_TRAINING_TOOLS OFF)
    set(BUILD_TESTS OFF)
    set(GRAPHICS_DISABLED ON)
    set(DISABLE_ARCHIVE ON)
    set(DISABLE_CURL ON)
    set(OPENMP_BUILD OFF)
    FetchContent_Declare(tesseract
        GIT_REPOSITORY https://github.com/tesseract-ocr/tesseract.git
        GIT_TAG 64eab6c457b2337dd690746a5fde5c222b40d5f8 # 5.5.0
        OVERRIDE_FIND_PACKAGE)
    FetchContent_MakeAvailable(leptonica tesseract)
endif()
