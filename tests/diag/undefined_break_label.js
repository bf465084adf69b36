// Label error: `break` to a label that does not enclose it.
for (let i = 0; i < 3; i++) {
  if (i === 1) break done;
}
