/** Keeps the `k` items of highest score seen so far, in O(log k) per item (a min-heap on score). */
export class TopK<T> {
  private readonly heap: Array<{ score: number; item: T }> = [];
  /** Every item offered, kept or not. */
  seen = 0;

  constructor(private readonly k: number) {}

  /** Whether an item of this score would be kept: lets callers skip building items that would not be. */
  accepts(score: number): boolean {
    return this.k > 0 && (this.heap.length < this.k || score > this.heap[0]!.score);
  }

  push(score: number, item: T): void {
    this.seen += 1;
    if (!this.accepts(score)) return;
    if (this.heap.length < this.k) {
      this.heap.push({ score, item });
      this.up(this.heap.length - 1);
    } else {
      this.heap[0] = { score, item };
      this.down(0);
    }
  }

  /** Highest score first. */
  sorted(): Array<{ score: number; item: T }> {
    return [...this.heap].sort((a, b) => b.score - a.score);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent]!.score <= this.heap[i]!.score) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.heap[left]!.score < this.heap[smallest]!.score) smallest = left;
      if (right < this.heap.length && this.heap[right]!.score < this.heap[smallest]!.score) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(i: number, j: number): void {
    [this.heap[i], this.heap[j]] = [this.heap[j]!, this.heap[i]!];
  }
}
