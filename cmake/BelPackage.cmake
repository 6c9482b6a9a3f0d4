# BelPackage.cmake: CPack settings for a Debian package of bel.
#   cmake --build build && cd build && cpack -G DEB    -> bel_<version>-1_<arch>.deb
# The package installs under /usr; see docs/install.md.

set(BEL_PACKAGE_CONTACT "bel developers <${BEL_REPOSITORY_URL}/issues>"
  CACHE STRING "Maintainer of the bel package: 'Name <email>'")

set(CPACK_PACKAGE_NAME bel)
set(CPACK_PACKAGE_VENDOR "bel")
set(CPACK_PACKAGE_CONTACT "${BEL_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "static analyzer for technical debt in C++ machine-learning pipelines")
set(CPACK_PACKAGE_HOMEPAGE_URL "${BEL_REPOSITORY_URL}")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# A RelWithDebInfo build carries DWARF for LLVM-heavy code; the package does not.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME bel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# CPack puts the summary above this as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "bel reads the C++ code of ingestion, feature, training and serving programs
together with the YAML, JSON and flag files that configure them, and reports
the machine-learning technical debt catalogued by Sculley et al. (NIPS 2015):
unused, missing, redundant and mistyped settings, unreviewed config changes
and failed assertions about configs. bel-lint writes clang-style text, SARIF
2.1.0 or JSON; bel-deps lists a pipeline's stages, datasets and configs.")

# The builtin headers (<stddef.h>, ...) that every parse needs are not a
# shared library, so no shlibs file names them: list their package by hand.
set(_bel_deb_depends "libclang-common-${LLVM_VERSION_MAJOR}-dev")

# dpkg-shlibdeps (dpkg-dev) derives the library packages from the binaries,
# with the versions they need. CPack quietly leaves them out when it is
# missing, so without it name the packages the build links (Debian's names;
# keep this list in step with the libraries bel links).
find_program(BEL_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(BEL_DPKG_SHLIBDEPS)
  set(_bel_shlibdeps_default ON)
else()
  set(_bel_shlibdeps_default OFF)
endif()
option(BEL_DEB_SHLIBDEPS "Let dpkg-shlibdeps compute the .deb's library dependencies"
  ${_bel_shlibdeps_default})
if(BEL_DEB_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" _bel_yaml_cpp_abi "${yaml-cpp_VERSION}")
  list(APPEND _bel_deb_depends
    "libclang-cpp${LLVM_VERSION_MAJOR}"
    "libllvm${LLVM_VERSION_MAJOR}"
    "libyaml-cpp${_bel_yaml_cpp_abi}"
    "libboost-graph${Boost_VERSION_STRING}")
  # lib/vcs finds libgit2 with pkg-config in its own scope; ask again here.
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(_BEL_GIT2 QUIET libgit2)
    if(_BEL_GIT2_FOUND)
      string(REGEX MATCH "^[0-9]+\\.[0-9]+" _bel_git2_abi "${_BEL_GIT2_VERSION}")
      list(APPEND _bel_deb_depends "libgit2-${_bel_git2_abi}")
    endif()
  endif()
  list(APPEND _bel_deb_depends "libstdc++6" "libgcc-s1" "libc6")
endif()
list(JOIN _bel_deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

# `cpack --config CPackSourceConfig.cmake`: the sources, without build trees.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES
  "/\\.git/" "/build[^/]*/" "/\\.bel-cache/" "/__pycache__/" "/bel\\.sarif$")

include(CPack)
