// The paired measurement shared by bench/compare.sh and bench/compare-edit.sh: A and B timed in
// turn, alternating which goes first so neither always runs straight after the other, then the two
// medians, their ratio, and in how many pairs B was quicker.
async function timePairs(runA, runB, pairs) {
  const a = [];
  const b = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2) {
      a.push(await runA(i));
      b.push(await runB(i));
    } else {
      b.push(await runB(i));
      a.push(await runA(i));
    }
  }
  return { a, b };
}

function pairedSummary({ a, b }, digits) {
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const wins = a.filter((t, i) => b[i] < t).length;
  return `A ${median(a).toFixed(digits)} ms  B ${median(b).toFixed(digits)} ms  B/A ${(median(b) / median(a)).toFixed(3)}  B quicker in ${wins}/${a.length} pairs`;
}

module.exports = { timePairs, pairedSummary };
