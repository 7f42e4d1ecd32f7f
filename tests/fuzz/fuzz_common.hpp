// Shared by the fuzz targets: an invariant that does not hold is a crash libFuzzer keeps, with
// what was expected printed first (abort, so that -minimize_crash and the sanitizers' reports
// work the same as for a real crash).
#pragma once
#include <cstdio>
#include <cstdlib>

#define FRISE_FUZZ_CHECK(condition, ...)                                               \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "\nfuzz invariant failed at %s:%d: %s\n  ", __FILE__,       \
                   __LINE__, #condition);                                              \
      std::fprintf(stderr, __VA_ARGS__);                                               \
      std::fprintf(stderr, "\n");                                                      \
      std::abort();                                                                    \
    }                                                                                  \
  } while (false)
