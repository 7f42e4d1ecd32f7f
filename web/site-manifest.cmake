# Writes frise.wasm.json beside frise.wasm: its size in bytes, so the page's progress bar counts
# real bytes even when the server sends no Content-Length (chunked or compressed transfers).
#   cmake -DWASM=path/to/frise.wasm -DOUT=path/to/frise.wasm.json -P site-manifest.cmake
file(SIZE "${WASM}" bytes)
set(text "{\"file\": \"frise.wasm\", \"bytes\": ${bytes}}\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL text)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${text}")
