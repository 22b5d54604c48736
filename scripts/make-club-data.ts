// Condenses the openfootball clubs and stadiums lists (CC0, https://github.com/openfootball/clubs)
// into src/authoring/draft/data/clubs.json: one string per club, "country:Name|alias|alias@Stadium".
// Run with a local clone: npx tsx scripts/make-club-data.ts /path/to/openfootball/clubs
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const repo = process.argv[2];
if (!repo) throw new Error('usage: make-club-data.ts <openfootball/clubs git dir or clone>');
const FILES: Record<string, string> = {
  eng: 'europe/england/eng.clubs.txt', es: 'europe/spain/es.clubs.txt', de: 'europe/germany/de.clubs.txt',
  it: 'europe/italy/it.clubs.txt', fr: 'europe/france/fr.clubs.txt', pt: 'europe/portugal/pt.clubs.txt',
  nl: 'europe/netherlands/nl.clubs.txt', sco: 'europe/scotland/sco.clubs.txt', be: 'europe/belgium/be.clubs.txt',
  tr: 'europe/turkey/tr.clubs.txt', us: 'north-america/united-states/us.clubs.txt', mx: 'north-america/mexico/mx.clubs.txt',
  br: 'south-america/brazil/br.clubs.txt', ar: 'south-america/argentina/ar.clubs.txt',
};
const show = (path: string) => execFileSync('git', ['--git-dir', repo, 'show', `HEAD:${path}`], { encoding: 'utf8' });
const clean = (s: string) => s.replace(/\s+#.*$/, '').replace(/\[[a-z]+\]/g, '').replace(/\s+/g, ' ').trim();
const short = (s: string) => s.replace(/^(FC|AFC|CF|SC|AC|SV|VfB|VfL|RC|CD|UD|SD|RCD|SS|AS|US|ACF|OGC|SL|SE|CA|CR)\s+(?=\p{Lu})/u, (m) => (['AC ', 'AS ', 'SS ', 'RB '].includes(m) ? m : ''))
  .replace(/\s+(FC|AFC|CF|SC|F\.C\.|SAD|BK|HSC)$/u, '').trim();

const lines: string[] = [];
for (const [country, path] of Object.entries(FILES)) {
  let current: { name: string; aliases: string[]; stadium?: string } | undefined;
  let city = '';
  const flush = () => { if (current) lines.push(`${country}:${[current.name, ...current.aliases.filter((a) => a !== current!.name)].join('|')}${current.stadium ? `@${current.stadium}` : ''}`); };
  for (const raw of show(path).split('\n')) {
    if (/^\s*(#|=|$)/.test(raw) || /^ii\)/.test(raw)) { if (/^ii\)/.test(raw)) { flush(); current = undefined; } continue; }
    if (/^\s+\|/.test(raw)) {
      if (!current) continue;
      for (const a of clean(raw).split('|').map(clean).filter(Boolean)) {
        if (a === city || a.length < 3 || /\d{2}/.test(a) || /\.$/.test(a) || /Football Club|Club de F|Fußball/.test(a)) continue;
        if (!current.aliases.includes(a)) current.aliases.push(a);
      }
      if (/\[en\]/.test(raw)) {
        const en = raw.split('|').find((p) => /\[en\]/.test(p));
        if (en && !/\bAth\b/.test(en)) current.name = short(clean(en));
      }
      continue;
    }
    if (/^\s/.test(raw)) continue; // an address line
    flush();
    const parts = clean(raw).split(',').map((p) => p.trim());
    const stadium = parts.find((p) => p.startsWith('@'))?.slice(1).trim();
    city = (parts.filter((p) => !p.startsWith('@') && !/^\d{4}$/.test(p)).at(-1) ?? '').replace(/\s*\(.*$|\s*›.*$/, '');
    current = { name: short(parts[0]!), aliases: [short(parts[0]!)], ...(stadium ? { stadium } : {}) };
  }
  flush();
}
// Data, so a JSON file: one club a string, "country:Name|alias|…@Stadium".
const out = {
  source: 'openfootball/clubs, https://github.com/openfootball/clubs (CC0 1.0, public domain), condensed by scripts/make-club-data.ts',
  format: 'country:Name|alias|…@Stadium',
  clubs: lines,
};
writeFileSync('src/authoring/draft/data/clubs.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(`${lines.length} clubs`);
