# NSIS installer settings: Start menu entry, and the .qujat association in
# HKEY_CURRENT_USER\Software\Classes (per-user, so no administrator rights
# are needed). ProgID and verbs follow Microsoft's "File Types" guidance.
# Paths need four backslashes: CMake and the NSIS template each halve them.
# NOTE: written from CMake's CPack NSIS documentation; never run here.
set(QUJAT_PROGID "Qujat.Bundle.1")
set(CPACK_NSIS_DISPLAY_NAME "Qujat")
set(CPACK_NSIS_PACKAGE_NAME "Qujat")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\qujat.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_BINARY_DIR}/windows/qujat.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_BINARY_DIR}/windows/qujat.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCU 'Software\\\\Classes\\\\.${QUJAT_BUNDLE_SUFFIX}' '' '${QUJAT_PROGID}'
    WriteRegStr HKCU 'Software\\\\Classes\\\\.${QUJAT_BUNDLE_SUFFIX}' 'Content Type' '${QUJAT_BUNDLE_MIME_TYPE}'
    WriteRegStr HKCU 'Software\\\\Classes\\\\${QUJAT_PROGID}' '' 'Qujat portfolio bundle'
    WriteRegStr HKCU 'Software\\\\Classes\\\\${QUJAT_PROGID}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\qujat.exe,0'
    WriteRegStr HKCU 'Software\\\\Classes\\\\${QUJAT_PROGID}\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\qujat.exe\" \"%1\"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCU 'Software\\\\Classes\\\\${QUJAT_PROGID}'
    DeleteRegValue HKCU 'Software\\\\Classes\\\\.${QUJAT_BUNDLE_SUFFIX}' ''
    DeleteRegValue HKCU 'Software\\\\Classes\\\\.${QUJAT_BUNDLE_SUFFIX}' 'Content Type'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
