import java.util.*;

// Reference in Java: count with a HashMap, then keep the k most frequent
// values in a min-heap by count (the least frequent of them on top, polled
// whenever the heap grows past k): O(n log k) per call.
class Solution {
  public List<Integer> topKFrequent(List<Integer> nums, int k) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int x : nums) counts.merge(x, 1, Integer::sum);
    PriorityQueue<Map.Entry<Integer, Integer>> best = new PriorityQueue<>(Map.Entry.comparingByValue());
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      best.offer(entry);
      if (best.size() > k) best.poll();
    }
    List<Integer> result = new ArrayList<>(k);
    for (Map.Entry<Integer, Integer> entry : best) result.add(entry.getKey());
    return result;
  }
}
