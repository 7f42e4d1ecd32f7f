# Third-party code, all from Debian: header-only packages (nlohmann-json, stb, doctest), SDL2
# (Debian's library natively, the `libsdl2` source package built by scripts/setup.sh for the web)
# and Dear ImGui compiled from the `imgui` source package that scripts/setup.sh unpacks.
set(FRISE_CACHE "$ENV{FRISE_CACHE}" CACHE PATH "Cache prepared by scripts/setup.sh")
if(NOT FRISE_CACHE)
  set(FRISE_CACHE "$ENV{HOME}/.cache/frise")
endif()
set(FRISE_IMGUI_DIR "${FRISE_CACHE}/imgui" CACHE PATH "Dear ImGui sources (Debian source package)")
if(NOT EXISTS "${FRISE_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${FRISE_IMGUI_DIR}: run scripts/setup.sh")
endif()

# Header-only packages. For the web, only their own folders are exposed (never /usr/include,
# whose glibc headers would shadow Emscripten's).
set(FRISE_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${FRISE_THIRD_PARTY_INCLUDE}")
foreach(dir nlohmann stb)
  if(NOT EXISTS "/usr/include/${dir}")
    message(FATAL_ERROR "/usr/include/${dir} is missing: run scripts/setup.sh")
  endif()
endforeach()
file(CREATE_LINK "/usr/include/nlohmann" "${FRISE_THIRD_PARTY_INCLUDE}/nlohmann" SYMBOLIC)
# stb: Debian's headers, but stb_image.h with one bounds check that Debian's 2.27 lacks (upstream
# added it in 2.28): a JPEG whose Huffman codes map outside the table would otherwise be read out
# of bounds while decoding (found by fuzz_image: tests/fuzz/crashes/image-2.jpg). Applied here,
# at configure time, to the package's file; a version that has the check already is used as is.
# (stb_image 2.27's other JPEG bug, a table of more than 256 codes, is refused before decoding by
# src/core/image.cpp.)
if(IS_SYMLINK "${FRISE_THIRD_PARTY_INCLUDE}/stb")
  file(REMOVE "${FRISE_THIRD_PARTY_INCLUDE}/stb")
endif()
file(MAKE_DIRECTORY "${FRISE_THIRD_PARTY_INCLUDE}/stb")
file(GLOB frise_stb_headers /usr/include/stb/*.h)
foreach(header ${frise_stb_headers})
  get_filename_component(name "${header}" NAME)
  if(NOT name STREQUAL "stb_image.h")
    file(CREATE_LINK "${header}" "${FRISE_THIRD_PARTY_INCLUDE}/stb/${name}" SYMBOLIC)
  endif()
endforeach()
file(READ /usr/include/stb/stb_image.h frise_stb_image)
set(frise_stb_decode "   c = ((j->code_buffer >> (32 - k)) & stbi__bmask[k]) + h->delta[k];\n")
string(FIND "${frise_stb_image}" "symbol id out of bounds" frise_stb_fixed)
if(frise_stb_fixed EQUAL -1)
  string(FIND "${frise_stb_image}" "${frise_stb_decode}" frise_stb_at)
  if(frise_stb_at EQUAL -1)
    message(FATAL_ERROR "stb_image.h: the Huffman decoding step to guard was not found; check the package's version")
  endif()
  string(REPLACE "${frise_stb_decode}"
    "${frise_stb_decode}   if (c < 0 || c >= 256) return -1;  /* symbol id out of bounds (Frise: upstream 2.28's check) */\n"
    frise_stb_image "${frise_stb_image}")
endif()
# And a JPEG's DC coefficients summed from block to block are multiplied out of int's range by
# a corrupt file (signed overflow, undefined behaviour: found by fuzz_image,
# tests/fuzz/crashes/image-3.jpg): such a coefficient cannot be a real one (it does not fit the
# 16 bits it is stored in), so the file is refused as corrupt there, as upstream 2.28 does. The
# coefficient itself is kept within 16 bits too (with a zero quantizer the product hides it), so
# the next block's sum cannot overflow either.
string(FIND "${frise_stb_image}" "stbi__mul2shorts_valid" frise_stb_dc_fixed)
if(frise_stb_dc_fixed EQUAL -1)
  foreach(frise_stb_dc "dc * dequant[0]" "dc * (1 << j->succ_low)")
    set(frise_stb_store "data[0] = (short) (${frise_stb_dc});")
    string(FIND "${frise_stb_image}" "${frise_stb_store}" frise_stb_at)
    if(frise_stb_at EQUAL -1)
      message(FATAL_ERROR "stb_image.h: the JPEG DC coefficient's store to guard was not found; check the package's version")
    endif()
    string(REPLACE "${frise_stb_store}"
      "if (dc < -32768 || dc > 32767 || (long long) ${frise_stb_dc} < -32768 || (long long) ${frise_stb_dc} > 32767) return stbi__err(\"bad DC coefficient\", \"Corrupt JPEG\");  /* Frise: no signed overflow */ ${frise_stb_store}"
      frise_stb_image "${frise_stb_image}")
  endforeach()
endif()
file(WRITE "${FRISE_THIRD_PARTY_INCLUDE}/stb/stb_image.h.new" "${frise_stb_image}")
file(COPY_FILE "${FRISE_THIRD_PARTY_INCLUDE}/stb/stb_image.h.new" "${FRISE_THIRD_PARTY_INCLUDE}/stb/stb_image.h" ONLY_IF_DIFFERENT)
file(REMOVE "${FRISE_THIRD_PARTY_INCLUDE}/stb/stb_image.h.new")
add_library(frise_third_party_headers INTERFACE)
target_include_directories(frise_third_party_headers SYSTEM INTERFACE "${FRISE_THIRD_PARTY_INCLUDE}")
if(FRISE_WEB)
  # nlohmann-json without its exception classes and their messages (issue 13: what every
  # reader downloads). It then calls abort() where it would throw. That changes nothing a
  # reader can reach: the web build catches no exception (Emscripten's default), so a throw
  # already stopped the engine; and no throw is reachable from input. The story, the locales,
  # the reading state and the story index are read by core/json_tree (never nlohmann); the
  # editor parses with allow_exceptions=false (core/json_edit.cpp) and reads a value's type
  # before get<>(); every dump() for the host or a file replaces what is not UTF-8; the rest
  # only builds objects and arrays of known types (no at(), value() or json_pointer). The
  # audit is in bench/README.md; natively nlohmann throws as it ships.
  target_compile_definitions(frise_third_party_headers INTERFACE JSON_NOEXCEPTION)
endif()

# SDL2 and OpenGL ES 3.
add_library(frise_sdl2 INTERFACE)
if(FRISE_WEB)
  set(FRISE_SDL2_WEB "${FRISE_CACHE}/sdl2-web" CACHE PATH "SDL2 built with Emscripten by scripts/setup.sh")
  if(NOT EXISTS "${FRISE_SDL2_WEB}/lib/libSDL2.a")
    message(FATAL_ERROR "SDL2 for the web not found in ${FRISE_SDL2_WEB}: run scripts/setup.sh")
  endif()
  target_include_directories(frise_sdl2 SYSTEM INTERFACE "${FRISE_SDL2_WEB}/include/SDL2")
  target_link_libraries(frise_sdl2 INTERFACE "${FRISE_SDL2_WEB}/lib/libSDL2.a")
  target_link_options(frise_sdl2 INTERFACE -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
else()
  find_package(SDL2 REQUIRED)
  find_library(FRISE_GLES2_LIBRARY GLESv2 REQUIRED)
  target_link_libraries(frise_sdl2 INTERFACE SDL2::SDL2 ${FRISE_GLES2_LIBRARY})
endif()

# Dear ImGui with its SDL2 and OpenGL ES 3 backends.
add_library(frise_imgui STATIC
  ${FRISE_IMGUI_DIR}/imgui.cpp
  ${FRISE_IMGUI_DIR}/imgui_draw.cpp
  ${FRISE_IMGUI_DIR}/imgui_tables.cpp
  ${FRISE_IMGUI_DIR}/imgui_widgets.cpp
  ${FRISE_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${FRISE_IMGUI_DIR}/backends/imgui_impl_sdl.cpp
  ${FRISE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(frise_imgui SYSTEM PUBLIC ${FRISE_IMGUI_DIR} ${FRISE_IMGUI_DIR}/backends ${FRISE_IMGUI_DIR}/misc/cpp)
# Our settings go through a config header, never by patching ImGui.
target_compile_definitions(frise_imgui PUBLIC
  IMGUI_USER_CONFIG="${CMAKE_CURRENT_SOURCE_DIR}/src/view/frise_imconfig.h"
  IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(frise_imgui PUBLIC frise_sdl2)
target_compile_options(frise_imgui PRIVATE -w)  # third-party code: its warnings are not ours to fix

if(NOT FRISE_WEB)
  find_package(doctest REQUIRED)
endif()
