// Reference in JavaScript: two heaps, the smaller half in a max-heap and the
// larger half in a min-heap, the max-heap holding the extra number when the
// count is odd. O(log n) per addNum, O(1) per findMedian.
class Heap {
  constructor(before) {
    this.items = [];
    this.before = before; // whether a belongs above b
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(value) {
    const { items, before } = this;
    let i = items.push(value) - 1;
    while (i > 0 && before(value, items[(i - 1) >> 1])) {
      items[i] = items[(i - 1) >> 1];
      i = (i - 1) >> 1;
    }
    items[i] = value;
  }
  pop() {
    const { items, before } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= items.length) break;
        if (child + 1 < items.length && before(items[child + 1], items[child])) child++;
        if (!before(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

class MedianFinder {
  constructor() {
    this.low = new Heap((a, b) => a > b);
    this.high = new Heap((a, b) => a < b);
  }

  addNum(num) {
    const { low, high } = this;
    if (low.size === 0 || num <= low.peek()) low.push(num);
    else high.push(num);
    if (low.size > high.size + 1) high.push(low.pop());
    else if (high.size > low.size) low.push(high.pop());
  }

  findMedian() {
    if (this.low.size > this.high.size) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
