// complexity: O(n)
// A HashMap from key to a node of a hand-written doubly linked list with a sentinel: O(1) expected per call.
import java.util.*;

class LRUCache {
  private static final class Node {
    int key, value;
    Node prev, next;
  }

  private final int capacity;
  private final HashMap<Integer, Node> nodes = new HashMap<>();
  private final Node head = new Node(); // head.next is the least recent, head.prev the most recent

  LRUCache(int capacity) {
    this.capacity = capacity;
    head.prev = head.next = head;
  }

  private void unlink(Node node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private void append(Node node) {
    node.prev = head.prev;
    node.next = head;
    head.prev.next = node;
    head.prev = node;
  }

  int get(int key) {
    Node node = nodes.get(key);
    if (node == null) return -1;
    unlink(node);
    append(node);
    return node.value;
  }

  void put(int key, int value) {
    Node node = nodes.get(key);
    if (node != null) {
      unlink(node);
    } else {
      if (nodes.size() == capacity) {
        Node oldest = head.next;
        unlink(oldest);
        nodes.remove(oldest.key);
      }
      node = new Node();
      node.key = key;
      nodes.put(key, node);
    }
    node.value = value;
    append(node);
  }
}
