// Reference in JavaScript: per client, the timestamps of its allowed
// requests in an array read from a moving head; expired ones (timestamp <=
// t - windowSeconds) are skipped, each once, and the array is compacted when
// the skipped part is the larger half, so memory stays O(limit) per client.
class RateLimiter {
  constructor(limit, windowSeconds) {
    this.limit = limit;
    this.window = windowSeconds;
    this.clients = new Map();
  }

  allow(timestamp, clientId) {
    let client = this.clients.get(clientId);
    if (client === undefined) {
      client = { times: [], head: 0 };
      this.clients.set(clientId, client);
    }
    const { times } = client;
    const edge = timestamp - this.window;
    while (client.head < times.length && times[client.head] <= edge) client.head++;
    if (client.head > 32 && client.head * 2 > times.length) {
      times.splice(0, client.head);
      client.head = 0;
    }
    if (times.length - client.head >= this.limit) return false; // rejected requests are not recorded
    times.push(timestamp);
    return true;
  }
}
