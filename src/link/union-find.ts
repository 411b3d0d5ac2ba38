/** Disjoint sets over 0..size-1 with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly size: Int32Array

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index)
    this.size = new Int32Array(size).fill(1)
  }

  /** The representative of the set holding `item`. */
  find(item: number): number {
    let current = item
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]!]!
      current = this.parent[current]!
    }
    return current
  }

  /** Joins the sets of `a` and `b`. */
  union(a: number, b: number): void {
    let rootA = this.find(a)
    let rootB = this.find(b)
    if (rootA === rootB) return
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA]
    this.parent[rootB] = rootA
    this.size[rootA]! += this.size[rootB]!
  }

  /** Every set with at least `minSize` members, members in increasing order. */
  groups(minSize = 1): number[][] {
    const byRoot = new Map<number, number[]>()
    for (let item = 0; item < this.parent.length; item++) {
      const root = this.find(item)
      const group = byRoot.get(root)
      if (group) group.push(item)
      else byRoot.set(root, [item])
    }
    return [...byRoot.values()].filter((group) => group.length >= minSize)
  }
}
