import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOUND_NAMES } from '../../src/audio/sounds';
import type { SoundName } from '../../src/audio/sounds';
import { encodeWav, ENCODINGS, renderSprite, SAMPLE_RATE, sha256, spriteJson, SPRITE_ORDER, type SoundManifest } from '../../scripts/make-sounds';

const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));
const wavBytes = new Uint8Array(readFileSync(`${assetsDir}sfx.wav`));
const spriteText = readFileSync(`${assetsDir}sfx.json`, 'utf8');
const sprite = JSON.parse(spriteText) as Record<string, [number, number]>;

interface ParsedWav {
  format: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  samples: Int16Array;
}

/** Walks the RIFF chunks rather than assuming a 44-byte header. */
function parseWav(bytes: Uint8Array): ParsedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect(tag(0)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(tag(8)).toBe('WAVE');
  let fmt: Omit<ParsedWav, 'samples'> | undefined;
  let samples: Int16Array | undefined;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        byteRate: view.getUint32(body + 8, true),
        blockAlign: view.getUint16(body + 12, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      expect(body + size).toBeLessThanOrEqual(bytes.length);
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
    }
    at = body + size + (size % 2);
  }
  if (!fmt || !samples) throw new Error('missing fmt or data chunk');
  return { ...fmt, samples };
}

const wav = parseWav(wavBytes);
const fileDurationMs = (wav.samples.length / wav.sampleRate) * 1000;

function segment(name: string): Float64Array {
  const entry = sprite[name];
  if (!entry) throw new Error(`no sprite entry for ${name}`);
  const [startMs, durMs] = entry;
  const a = Math.floor((startMs / 1000) * wav.sampleRate);
  const b = Math.min(wav.samples.length, Math.ceil(((startMs + durMs) / 1000) * wav.sampleRate));
  return Float64Array.from(wav.samples.subarray(a, b), (v) => v / 32768);
}

describe('assets/sfx.wav', () => {
  it('is RIFF/WAVE PCM, mono, 22050 Hz, 16-bit', () => {
    expect(wav.format).toBe(1);
    expect(wav.channels).toBe(1);
    expect(wav.sampleRate).toBe(22050);
    expect(wav.bitsPerSample).toBe(16);
    expect(wav.blockAlign).toBe(2);
    expect(wav.byteRate).toBe(44100);
  });

  it('stays small', () => {
    expect(wavBytes.length).toBeLessThan(150 * 1024);
  });

  it('sfx.json has exactly the game sound names', () => {
    expect(Object.keys(sprite).sort()).toEqual([...SOUND_NAMES].sort());
    expect([...SPRITE_ORDER].sort()).toEqual([...SOUND_NAMES].sort());
  });

  it('every sprite entry lies inside the file and does not overlap the next', () => {
    const entries = Object.entries(sprite).sort((x, y) => x[1][0] - y[1][0]);
    entries.forEach(([name, [start, dur]], i) => {
      expect(start, name).toBeGreaterThanOrEqual(0);
      expect(dur, name).toBeGreaterThan(0);
      expect(start + dur, name).toBeLessThanOrEqual(fileDurationMs);
      const next = entries[i + 1];
      if (next) expect(start + dur, `${name} overlaps ${next[0]}`).toBeLessThanOrEqual(next[1][0]);
    });
  });

  it('timeup is ~0.5 s and roundend is at most 1.5 s', () => {
    expect(sprite.timeup?.[1]).toBeGreaterThanOrEqual(400);
    expect(sprite.timeup?.[1]).toBeLessThanOrEqual(600);
    expect(sprite.roundend?.[1]).toBeLessThanOrEqual(1500);
  });

  it.each([...SOUND_NAMES])('%s is audible, within full scale, and starts/ends quietly', (name: SoundName) => {
    const x = segment(name);
    const rms = Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);
    const peak = x.reduce((p, v) => Math.max(p, Math.abs(v)), 0);
    expect(rms).toBeGreaterThan(0.02);
    expect(peak).toBeLessThanOrEqual(1);
    // Normalised to about -3 dBFS.
    expect(20 * Math.log10(peak)).toBeCloseTo(-3, 0);
    // Fades mean the edges of each sprite are (near) silent: no clicks.
    expect(Math.abs(x[0] ?? 1)).toBeLessThan(0.01);
    expect(Math.abs(x[x.length - 1] ?? 1)).toBeLessThan(0.01);
  });
});

describe('renderSprite', () => {
  it('is deterministic: two renders give identical bytes', () => {
    const a = renderSprite();
    const b = renderSprite();
    expect(a.sampleRate).toBe(SAMPLE_RATE);
    expect(Buffer.from(encodeWav(a.samples)).equals(Buffer.from(encodeWav(b.samples)))).toBe(true);
    expect(a.sprite).toEqual(b.sprite);
  });

  it('matches the committed assets (re-run `npm run sounds` if this fails)', () => {
    const { samples, sprite: fresh } = renderSprite();
    expect(Buffer.from(encodeWav(samples)).equals(Buffer.from(wavBytes))).toBe(true);
    expect(spriteJson(fresh)).toBe(spriteText);
  });

  it('sprite ms ranges cover each rendered segment', () => {
    const { sprite: map, segments } = renderSprite();
    for (const name of SOUND_NAMES) {
      const [start, dur] = map[name];
      const [a, b] = segments[name];
      expect((start / 1000) * SAMPLE_RATE).toBeLessThanOrEqual(a);
      expect(((start + dur) / 1000) * SAMPLE_RATE).toBeGreaterThanOrEqual(b);
    }
  });
});

describe('the shipped, compressed sprite (assets/sfx.opus, sfx.mp3)', () => {
  const manifest = JSON.parse(readFileSync(`${assetsDir}sfx.manifest.json`, 'utf8')) as SoundManifest;
  const file = (name: string) => new Uint8Array(readFileSync(`${assetsDir}${name}`));

  it('was encoded from the WAV the synthesiser makes now (re-run `npm run sounds` if this fails)', () => {
    const { samples } = renderSprite();
    expect(manifest.wav).toBe(sha256(encodeWav(samples)));
    expect(manifest.wav).toBe(sha256(wavBytes));
  });

  it('is the very files that encoding wrote, with the settings the script uses now', () => {
    expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(ENCODINGS).sort());
    for (const [name, entry] of Object.entries(manifest.files)) {
      expect(sha256(file(name)), name).toBe(entry.sha256);
      expect(entry.command, name).toBe(ENCODINGS[name as keyof typeof ENCODINGS].join(' '));
    }
  });

  it('is Ogg Opus and MP3, 40 KB at most together', () => {
    const opus = file('sfx.opus');
    const mp3 = file('sfx.mp3');
    expect(String.fromCharCode(...opus.subarray(0, 4))).toBe('OggS');
    expect(Buffer.from(opus.subarray(0, 64)).toString('latin1')).toContain('OpusHead');
    // An ID3 tag or an MPEG audio frame sync.
    expect(String.fromCharCode(...mp3.subarray(0, 3)) === 'ID3' || (mp3[0] === 0xff && ((mp3[1] ?? 0) & 0xe0) === 0xe0)).toBe(true);
    expect(opus.length + mp3.length).toBeLessThanOrEqual(40 * 1024);
  });
});
