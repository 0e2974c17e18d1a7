import java.util.*;

// Reference in Java: per client, the timestamps of its allowed requests in an
// ArrayDeque, oldest first. Timestamps never decrease, so the expired ones
// (timestamp <= t - windowSeconds) are at the front and each is polled once:
// O(1) amortised per call, plus hashing the id. Rejected requests are not
// recorded, so a deque never holds more than limit timestamps.
class RateLimiter {
  private final int limit;
  private final int windowSeconds;
  private final Map<String, ArrayDeque<Integer>> clients = new HashMap<>();

  public RateLimiter(int limit, int windowSeconds) {
    this.limit = limit;
    this.windowSeconds = windowSeconds;
  }

  public boolean allow(int timestamp, String clientId) {
    ArrayDeque<Integer> times = clients.computeIfAbsent(clientId, id -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= timestamp - windowSeconds) times.pollFirst();
    if (times.size() >= limit) return false;
    times.addLast(timestamp);
    return true;
  }
}
