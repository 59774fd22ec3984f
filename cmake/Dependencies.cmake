# Every dependency comes from a Debian package; docs/dependencies.md says why each is here.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(Boost 1.74 REQUIRED)          # Boost.Graph and Boost.Asio are header-only here
find_package(CLI11 QUIET CONFIG)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(valijson REQUIRED)             # header-only JSON Schema validator (libvalijson-dev)
find_package(tsl-robin-map REQUIRED)        # header-only hash table for the name index (robin-map-dev)

if(VAULTLINT_MIMALLOC)
  find_package(mimalloc 2.0 REQUIRED CONFIG)  # libmimalloc-dev: the program's allocator
endif()

pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)

# Debian ships no pkg-config file for the GFM extensions library.
find_library(CMARK_GFM_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions)
if(NOT CMARK_GFM_EXTENSIONS_LIBRARY)
  message(FATAL_ERROR "libcmark-gfm-extensions not found: install libcmark-gfm-extensions-dev")
endif()
add_library(vaultlint_cmark_gfm INTERFACE)
target_link_libraries(vaultlint_cmark_gfm INTERFACE ${CMARK_GFM_EXTENSIONS_LIBRARY} PkgConfig::CMARK_GFM)

if(NOT TARGET CLI11::CLI11)
  find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp)
  if(NOT CLI11_INCLUDE_DIR)
    message(FATAL_ERROR "CLI11 not found: install libcli11-dev")
  endif()
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
endif()

# Programs (not the library, not the tests) take mimalloc as their malloc: the
# shared library overrides malloc/free for the whole process once it is loaded,
# so it is linked even though nothing calls it by name (--no-as-needed).
function(vaultlint_use_mimalloc target)
  if(VAULTLINT_MIMALLOC)
    target_link_libraries(${target} PRIVATE -Wl,--push-state,--no-as-needed mimalloc -Wl,--pop-state)
  endif()
endfunction()
