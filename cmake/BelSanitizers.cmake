# BelSanitizers.cmake: sanitizer and libFuzzer builds, each in a build
# directory of its own (scripts/sanitize.sh: build-asan, scripts/fuzz.sh:
# build-fuzz).
#
#   -DBEL_SANITIZE=address,undefined  bel's own code (libraries, tools, unit
#                                     tests) built with those sanitizers
#   -DBEL_FUZZ=ON                     also -fsanitize=fuzzer-no-link, and the
#                                     bel-fuzz-<name> targets of fuzz/
#
# The flags go on every target of the build directory, which is what a
# sanitizer build means; LLVM, Clang, yaml-cpp and the other system libraries
# stay uninstrumented.
set(BEL_SANITIZE "" CACHE STRING
  "Sanitizers for bel's own code, as -fsanitize takes them (address,undefined)")
option(BEL_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)

if(BEL_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BEL_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  if(NOT BEL_SANITIZE)
    set(BEL_SANITIZE address,undefined)
  endif()
endif()

if(BEL_SANITIZE)
  # A UB report must stop the test (or the fuzzer) that triggered it.
  set(_recover)
  if(BEL_SANITIZE MATCHES "undefined")
    set(_recover -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(-fsanitize=${BEL_SANITIZE} ${_recover} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${BEL_SANITIZE})
  message(STATUS "bel: sanitizers ${BEL_SANITIZE}")
endif()

if(BEL_FUZZ)
  # Coverage instrumentation for the libraries; fuzz/ links libFuzzer itself.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
