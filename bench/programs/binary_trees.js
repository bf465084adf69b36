// binary_trees: the Benchmarks Game allocation test. Builds many short-lived
// complete binary trees plus one long-lived tree; GC-heavy.

class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
  check() {
    if (this.left === null) return 1;
    return 1 + this.left.check() + this.right.check();
  }
}

function bottomUpTree(depth) {
  return depth > 0
    ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1))
    : new TreeNode(null, null);
}

const maxDepth = 17;
const minDepth = 4;

const stretchDepth = maxDepth + 1;
console.log("stretch tree of depth " + stretchDepth + "\t check: " +
  bottomUpTree(stretchDepth).check());

const longLived = bottomUpTree(maxDepth);

for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + minDepth);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += bottomUpTree(depth).check();
  console.log(iterations + "\t trees of depth " + depth + "\t check: " + check);
}

console.log("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
