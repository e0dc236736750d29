# The names that tie Qujat to the operating system: the application id, the
# bundle file's extension and MIME type. Every packaging file (desktop file,
# shared-mime-info XML, Info.plist, AndroidManifest.xml) is generated from
# these variables, and C++ reads them from the generated header
# qujatidentity.h, so a change here reaches every platform.

# Reverse-DNS application id: the desktop file name, AppStream id, macOS and
# iOS bundle identifier, Android package name.
set(QUJAT_APP_ID "kz.qujat.Qujat")
set(QUJAT_ANDROID_PACKAGE "kz.qujat.app")

# A bundle is a zip file that holds a BagIt bag. Its own extension and MIME
# type let double-click and "open with" start Qujat; the MIME type is a
# sub-class of application/zip.
set(QUJAT_BUNDLE_SUFFIX "qujat")
set(QUJAT_BUNDLE_MIME_TYPE "application/x-qujat-bundle")
# Apple's uniform type identifier of the bundle; it conforms to public.zip-archive.
set(QUJAT_BUNDLE_UTI "kz.qujat.bundle")
# Content detection of a bundle renamed to .zip: the zip's first entry is
# the bag's bag-info.txt, stored uncompressed, and it holds this label
# within its first bytes (app/core/bundle/bundlewriter.cpp writes it so).
# A root-level "mimetype" entry as in OpenDocument would break the rule of
# one top-level bag folder.
set(QUJAT_BUNDLE_CONTENT_MARKER "Qujat-Bundle-Format: ")
