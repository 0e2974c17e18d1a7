// Work shared out on a few threads: a batch's submissions over its workers,
// a problem's one-off compiles over the cores.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace judge {

// Calls job(0) .. job(count - 1) on min(threads, count) threads and returns
// when every call has. Each thread takes the next index until none is left,
// so a slow job never holds up a fixed share of the rest. `job` must not
// throw: each caller decides what a failure of one job means.
template <class Job>
void run_in_parallel(std::size_t count, unsigned threads, const Job& job) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) job(i);
  };
  std::vector<std::jthread> pool;
  for (std::size_t t = 0; t < std::min<std::size_t>(threads, count); ++t) pool.emplace_back(work);
}

}  // namespace judge
