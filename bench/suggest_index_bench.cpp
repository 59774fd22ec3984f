// How long the did-you-mean index over a vault's note names takes to build,
// and to answer: the step a check runs on one thread while the rule pool
// waits for it (docs/performance.md). Loads the vault once, then builds the
// index ROUNDS times and prints each time and the median: the wall time, and
// the thread's CPU time, which a busy neighbour on a shared machine moves
// less.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/near_names.hpp"
#include "text/did_you_mean.hpp"
#include "vaultlint/config.hpp"
#include "vaultlint/vault.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: suggest_index_bench VAULT [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::stoi(argv[2])) : 7;
  vaultlint::Vault vault;
  std::string error;
  if (!vaultlint::load_vault(argv[1], vaultlint::Config{}, vaultlint::LoadOptions{}, &vault, &error)) {
    std::fprintf(stderr, "suggest_index_bench: %s\n", error.c_str());
    return 1;
  }
  std::vector<std::string_view> names;
  for (const vaultlint::Note& note : vault.notes) vaultlint::append_note_names(note, &names);
  // Typos to answer: every 50th name with its last character dropped.
  std::vector<std::string> typos;
  for (std::size_t i = 0; i < names.size(); i += 50) {
    if (names[i].size() > 4) typos.emplace_back(names[i].substr(0, names[i].size() - 1));
  }
  std::vector<double> builds, build_cpus, answers;
  std::size_t suggested = 0;
  for (int round = 0; round < rounds; ++round) {
    auto start = std::chrono::steady_clock::now();
    const double cpu_start = thread_cpu_seconds();
    const vaultlint::NameSuggester suggester(names);
    build_cpus.push_back(thread_cpu_seconds() - cpu_start);
    builds.push_back(seconds_since(start));
    start = std::chrono::steady_clock::now();
    suggested = 0;
    for (const auto& typo : typos) suggested += suggester.suggest(typo).size();
    answers.push_back(seconds_since(start));
    std::printf("round %d: build %.4f s (CPU %.4f s), %zu typos %.4f s\n", round + 1, builds.back(),
                build_cpus.back(), typos.size(), answers.back());
  }
  std::printf("%zu names, %zu typos, %zu suggestions; median build %.4f s (CPU %.4f s), answer %.4f s\n",
              names.size(), typos.size(), suggested, median(builds), median(build_cpus), median(answers));
  return 0;
}
