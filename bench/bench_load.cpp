// Loads a generated story of many panels and prints how long parsing and validation take and
// how much memory the process peaked at. Numbers, not a pass/fail test.
//   usage: [FRISE_BENCH_THREADS=N] frise_bench_load [PANELS=10000] [ROUNDS=10]
//
// Each round first runs in a child process forked for it, as the reader loads a story once into
// a fresh heap (every page is touched for the first time: page faults are a good part of the
// cost). Then the same rounds run in this process, as when the reader switches stories.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <thread>
#include <vector>

#include "core/json_tree.hpp"
#include "core/story_json.hpp"
#include "generated_story.hpp"

namespace {

struct RoundResult {
  double parse_ms = 0;  // JSON text -> positioned tree
  double load_ms = 0;   // parse_story: the tree, then the story model with every check
  double load_cpu_ms = 0;
  long peak_rss_kib = 0;
  bool ok = false;
};

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

RoundResult run_round(const std::string& json, int panels, unsigned threads) {
  RoundResult r;
  using clock = std::chrono::steady_clock;
  const auto parse_start = clock::now();
  {
    const frise::JsonTree tree = frise::JsonTree::parse(json);
    r.parse_ms = std::chrono::duration<double, std::milli>(clock::now() - parse_start).count();
  }
  const double cpu_start = cpu_ms();
  const auto start = clock::now();
  frise::StoryLoadOptions options;
  options.threads = threads;
  const frise::StoryLoadResult result = frise::parse_story(json, "panels/bench.json", options);
  r.load_ms = std::chrono::duration<double, std::milli>(clock::now() - start).count();
  r.load_cpu_ms = cpu_ms() - cpu_start;
  r.ok = result.ok() && result.story.panels.size() == static_cast<std::size_t>(panels);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  r.peak_rss_kib = usage.ru_maxrss;
  return r;
}

bool run_round_in_child(const std::string& json, int panels, unsigned threads, RoundResult& out) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  const pid_t child = fork();
  if (child < 0) return false;
  if (child == 0) {
    close(fds[0]);
    const RoundResult r = run_round(json, panels, threads);
    const bool written = write(fds[1], &r, sizeof r) == static_cast<ssize_t>(sizeof r);
    _exit(written ? 0 : 1);
  }
  close(fds[1]);
  const bool got = read(fds[0], &out, sizeof out) == static_cast<ssize_t>(sizeof out);
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return got && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int panels = argc > 1 ? std::atoi(argv[1]) : 10000;
  const int rounds = std::max(1, argc > 2 ? std::atoi(argv[2]) : 10);
  // As the desktop reader does: panels read on every core (FRISE_BENCH_THREADS=1 for one).
  const char* threads_env = std::getenv("FRISE_BENCH_THREADS");
  const unsigned threads = threads_env ? static_cast<unsigned>(std::max(1, std::atoi(threads_env)))
                                       : std::max(1u, std::thread::hardware_concurrency());
  const std::string json = frise::bench::generate_story_json(panels);
  std::vector<double> load_ms, load_cpu_ms, parse_ms;
  long peak_rss_kib = 0;
  for (int round = 0; round < rounds; ++round) {
    RoundResult r;
    if (!run_round_in_child(json, panels, threads, r) || !r.ok) {
      std::fprintf(stderr, "bench: the generated story did not load\n");
      return 1;
    }
    load_ms.push_back(r.load_ms);
    if (std::getenv("FRISE_BENCH_VERBOSE")) std::fprintf(stderr, "round %d: parse %.1f ms, load %.1f ms\n", round, r.parse_ms, r.load_ms);
    load_cpu_ms.push_back(r.load_cpu_ms);
    parse_ms.push_back(r.parse_ms);
    peak_rss_kib = std::max(peak_rss_kib, r.peak_rss_kib);
  }
  // The same load repeated in this process: a heap that has held a story before (the reader
  // switching stories), without the first touch of fresh memory.
  std::vector<double> warm_ms;
  for (int round = 0; round < rounds; ++round) warm_ms.push_back(run_round(json, panels, threads).load_ms);
  std::printf("load+validate %d panels (%zu KiB of JSON), %d rounds, panels read on %u thread(s)\n"
              "  first load in a fresh process: median %.1f ms (CPU %.1f ms), best %.1f ms; JSON parsing alone: median %.1f ms\n"
              "  load again in the same process: median %.1f ms, best %.1f ms\n"
              "  peak RSS of a fresh process: %ld MiB\n",
              panels, json.size() / 1024, rounds, threads, median(load_ms), median(load_cpu_ms),
              *std::min_element(load_ms.begin(), load_ms.end()), median(parse_ms), median(warm_ms),
              *std::min_element(warm_ms.begin(), warm_ms.end()), peak_rss_kib / 1024);
  return 0;
}
