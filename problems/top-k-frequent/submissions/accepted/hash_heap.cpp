// Correct variant: count in an unordered_map, keep the k most frequent in a
// min-heap of size k: O(n + d log k). Includes its own headers.
#include <functional>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

std::vector<int> topKFrequent(std::vector<int>& nums, int k) {
  std::unordered_map<int, int> count;
  count.reserve(nums.size() * 2);
  for (int x : nums) ++count[x];
  std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>> heap;
  for (auto [value, c] : count) {
    heap.push({c, value});
    if ((int)heap.size() > k) heap.pop();
  }
  std::vector<int> result;
  while (!heap.empty()) {
    result.push_back(heap.top().second);
    heap.pop();
  }
  return result;
}
