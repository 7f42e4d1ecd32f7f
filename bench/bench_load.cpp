// Loads a generated story of many panels and prints how long parsing and validation take and
// how much memory the process peaked at. Numbers, not a pass/fail test.
//   usage: frise_bench_load [PANELS=10000] [ROUNDS=10]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/json_tree.hpp"
#include "core/story_json.hpp"
#include "generated_story.hpp"


int main(int argc, char** argv) {
  const int panels = argc > 1 ? std::atoi(argv[1]) : 10000;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 10;
  const std::string json = frise::bench::generate_story_json(panels);
  std::vector<double> ms, parse_ms;
  for (int round = 0; round < rounds; ++round) {
    const auto parse_start = std::chrono::steady_clock::now();
    const frise::JsonTree tree = frise::JsonTree::parse(json);
    parse_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - parse_start).count());
    const auto start = std::chrono::steady_clock::now();
    const frise::StoryLoadResult result = frise::parse_story(json, "bench.json");
    const auto stop = std::chrono::steady_clock::now();
    if (!result.ok() || result.story.panels.size() != static_cast<std::size_t>(panels)) {
      std::fprintf(stderr, "bench: the generated story did not load\n");
      return 1;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::sort(parse_ms.begin(), parse_ms.end());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("load+validate %d panels (%zu KiB of JSON): median %.1f ms, best %.1f ms (of which JSON parsing: median %.1f ms); peak RSS %ld MiB\n",
              panels, json.size() / 1024, ms[ms.size() / 2], ms.front(), parse_ms[parse_ms.size() / 2], usage.ru_maxrss / 1024);
  return 0;
}
