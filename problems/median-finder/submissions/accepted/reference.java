import java.util.*;

// Reference in Java: two PriorityQueues, the smaller half in a max-heap and
// the larger half in a min-heap, the max-heap holding the extra number when
// the count is odd. O(log n) per addNum, O(1) per findMedian.
class MedianFinder {
  private final PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
  private final PriorityQueue<Integer> high = new PriorityQueue<>();

  public MedianFinder() {}

  public void addNum(int num) {
    if (low.isEmpty() || num <= low.peek()) low.offer(num);
    else high.offer(num);
    if (low.size() > high.size() + 1) high.offer(low.poll());
    else if (high.size() > low.size()) low.offer(high.poll());
  }

  public double findMedian() {
    if (low.size() > high.size()) return low.peek();
    return ((double) low.peek() + high.peek()) / 2.0;
  }
}
