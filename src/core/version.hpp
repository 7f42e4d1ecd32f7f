// The program's version, as `frise --version` prints it: the CMake project's version, and where
// the sources stood in git when the build was configured (a tag, else the commit; "-dirty" with
// uncommitted changes). Generated from cmake/version.cpp.in.
#pragma once

namespace frise {

const char* version_number();  // "0.1.0"
const char* version_source();  // "v0.1.0-3-g86e7d62", "86e7d62-dirty"; "" outside a git checkout
const char* version_text();    // "frise 0.1.0 (86e7d62)"

}  // namespace frise
