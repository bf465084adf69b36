// async functions are outside the subset.
async function load() {
  return 1;
}
load();
