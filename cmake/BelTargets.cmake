# BelTargets.cmake: helpers that give bel's libraries one consistent set of flags.

# A library that includes LLVM or Clang headers. LLVM's include dirs and
# definitions go on the target, never globally; Debian's LLVM is built without
# exceptions, so code that includes Clang headers is too.
function(bel_llvm_flags target)
  target_include_directories(${target} SYSTEM PUBLIC
    ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
  separate_arguments(_defs NATIVE_COMMAND "${LLVM_DEFINITIONS}")
  target_compile_definitions(${target} PUBLIC ${_defs})
  # The shared libraries keep the build lean: clang-cpp alone leaves
  # "DSO missing from command line", so LLVM goes with it.
  target_link_libraries(${target} PUBLIC LLVM)
endfunction()

function(bel_library name)
  cmake_parse_arguments(ARG "NO_EXCEPTIONS" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/lib
    ${PROJECT_BINARY_DIR}/lib)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Wno-unused-parameter)
  bel_llvm_flags(${name})
  if(ARG_NO_EXCEPTIONS)
    target_compile_options(${name} PRIVATE -fno-exceptions)
  endif()
  if(ARG_DEPENDS)
    target_link_libraries(${name} PUBLIC ${ARG_DEPENDS})
  endif()
endfunction()
