// The corpus figures for a terminal (one row per pair, then totals) and the full listing for
// corpus/.out/report.md: each known change beside the findings that name it, then the false ones.

export function renderTable(results, totals) {
  const head = ['pair', 'releases', 'named', 'findings', 'false', 'repeated', 'self', 'run-to-run'];
  const rows = results.map((r) => [
    r.pair, `${r.releases.old} → ${r.releases.new}`, `${r.verdict.named}/${r.verdict.known}`, String(r.verdict.divergences),
    String(r.verdict.false.length), String(r.verdict.repeated.length + r.verdict.sameSentence), String(r.self.length), String(r.drift),
  ]);
  rows.push(['total', `${results.length} pairs, ${totals.journeys} journeys`, `${totals.named}/${totals.known}`, String(totals.divergences),
    String(totals.false), String(totals.repeated), String(totals.self), String(totals.drift)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const runs = results[0]?.runs ?? 0;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '',
    `named: known changes found · false: findings that name no known change (target: at most 1 per journey) · repeated: a second finding for one change or the same sentence twice · self: the older release against itself (target 0) · run-to-run: fingerprints that differ across ${runs} identical runs (target 0)`].join('\n');
}

export function renderListing(results) {
  const out = ['# Corpus: every finding beside the truth', ''];
  for (const r of results) {
    const v = r.verdict;
    out.push(`## ${r.pair}: ${r.title}`, '', `${r.releases.old} → ${r.releases.new}. Run directory: \`${r.runDir}\``, '');
    out.push(`Named ${v.named} of ${v.known}; ${v.divergences} findings; ${v.false.length} false; ${v.repeated.length + v.sameSentence} repeated; ${r.self.length} against itself; ${r.drift} run-to-run.`, '');
    out.push('### Known changes', '');
    for (const { change, findings } of v.changes) {
      out.push(`- **${change.id}** (${change.step ?? 'any step'}): ${change.seen}`);
      if (!findings.length) out.push('  - MISSED: no finding names it');
      for (const d of findings) out.push(`  - ${d.severity} ${d.kind} @ ${d.step}: ${d.message}`);
    }
    out.push('', '### False: findings that name no known change', '');
    if (!v.false.length) out.push('- none');
    for (const d of v.false) out.push(`- ${d.severity} ${d.kind} @ ${d.step}: ${d.message} (why false: no known change of kind ${d.kind} at this step says so)`);
    out.push('', '### The older release against itself', '');
    if (!r.self.length) out.push('- none');
    for (const d of r.self) out.push(`- ${d.severity} ${d.kind} @ ${d.step}: ${d.message}`);
    out.push('');
  }
  return out.join('\n');
}
