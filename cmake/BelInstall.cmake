# BelInstall.cmake: what `cmake --install` puts beside the two tools (which
# tools/*/CMakeLists.txt install into bin). See docs/install.md.
#
#   share/bel/packs/             the built-in rule packs (embedded in the binary
#                                too; installed to be read and copied)
#   share/bel/examples/packs/    the example rule packs, to copy into a project
#   share/doc/bel/               README.md, docs/*.md
#   share/doc/bel/rules/<group>/ one page per rule (embedded too, as SARIF help)
#
# The installed bel-lint needs nothing else from the prefix: its rule packs and
# docs are compiled in, and it finds Clang's builtin headers in
# <prefix>/lib/clang/<version>, or else in BEL_CLANG_RESOURCE_DIR, the path
# seen at configure time (lib/analysis/ResourceDir.cpp).

install(DIRECTORY rules/packs/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bel/packs
  FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY examples/packs/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bel/examples/packs
  FILES_MATCHING PATTERN "*.yaml")

install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/
  DESTINATION ${CMAKE_INSTALL_DOCDIR}
  FILES_MATCHING PATTERN "*.md")
# rules/<group>/<rule-id>.md; the packs directory holds no page, so leave it
# out rather than install it empty.
install(DIRECTORY rules/
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/rules
  FILES_MATCHING PATTERN "*.md"
  PATTERN "packs" EXCLUDE)
