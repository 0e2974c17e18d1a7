# complexity: O(n)
# A dict from key to a node [prev, next, key, value] of a doubly linked list with a sentinel: O(1) per call.


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.head = [None, None, None, None]  # head[1] is the most recent, head[0] the least
        self.head[0] = self.head[1] = self.head

    def _unlink(self, node):
        node[0][1] = node[1]
        node[1][0] = node[0]

    def _push_front(self, node):
        first = self.head[1]
        node[0] = self.head
        node[1] = first
        first[0] = node
        self.head[1] = node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node[3]

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node[3] = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.nodes) == self.capacity:
            last = self.head[0]
            self._unlink(last)
            del self.nodes[last[2]]
        node = [None, None, key, value]
        self.nodes[key] = node
        self._push_front(node)
