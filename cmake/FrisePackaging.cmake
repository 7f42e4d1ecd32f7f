# Installing the desktop app as Debian users expect it (`cmake --install`, `cpack -G DEB`):
#   bin/frise                                   the program (fonts and interface texts are inside)
#   share/frise/panels, share/frise/assets/art  the bundled stories and their art, found by
#                                               platform::find_data_file from the program's place
#   share/frise/web                             the web edition, when built (for `frise publish`)
#   share/applications/frise.desktop, share/icons/hicolor/scalable/apps/frise.svg
include(GNUInstallDirs)
install(TARGETS frise RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/panels/ DESTINATION ${CMAKE_INSTALL_DATADIR}/frise/panels)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/art/ DESTINATION ${CMAKE_INSTALL_DATADIR}/frise/assets/art)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/frise.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/web/favicon.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME frise.svg)
# The web edition is built by another preset (web); packaged when it is there at install time.
set(FRISE_WEB_EDITION_DIR "${PROJECT_SOURCE_DIR}/build/web" CACHE PATH
    "The built web edition to install in share/frise/web for frise publish (skipped when absent)")
install(DIRECTORY ${FRISE_WEB_EDITION_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/frise/web OPTIONAL
        PATTERN "panels" EXCLUDE PATTERN "assets/art" EXCLUDE)

set(CPACK_PACKAGE_NAME frise)
set(CPACK_PACKAGE_VENDOR "Frise")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Comic-panel timeline reader: a story written as JSON, read panel by panel")
set(CPACK_PACKAGE_CONTACT "Frise authors <frise@localhost>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY frise)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)           # frise_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)            # libsdl2, libgles2… as dpkg-shlibdeps finds them
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
