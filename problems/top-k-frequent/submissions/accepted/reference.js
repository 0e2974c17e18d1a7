// Reference in JavaScript: count with a Map, then a bucket per frequency
// (a frequency is at most nums.length), read from the most frequent down
// until k values are out: O(n) per call.
var topKFrequent = function (nums, k) {
  const counts = new Map();
  for (const x of nums) counts.set(x, (counts.get(x) || 0) + 1);
  const buckets = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, count] of counts) buckets[count].push(value);
  const result = [];
  for (let f = nums.length; f > 0 && result.length < k; f--)
    for (const value of buckets[f]) if (result.length < k) result.push(value);
  return result;
};
