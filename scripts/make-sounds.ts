/**
 * Offline synthesiser for the game's sound effects.
 *
 * Renders every sound from scratch (oscillators, envelopes, pitch sweeps,
 * filtered noise) into ONE sprite: assets/sfx.wav (mono, 22050 Hz, 16-bit PCM)
 * plus assets/sfx.json in howler's sprite format { name: [startMs, durationMs] }.
 * The game ships the sprite compressed: assets/sfx.opus (Ogg Opus, what browsers
 * but older Safari play) and assets/sfx.mp3 (the fallback); the WAV is the master.
 *
 * Deterministic on purpose: no Math.random, noise comes from a seeded PRNG, so
 * re-running the script produces byte-identical files and a clean git diff.
 * The encoders are Debian's `opusenc` (opus-tools) and `lame`
 * (`apt-get install -y opus-tools lame`), run with fixed settings and a fixed Ogg
 * serial; assets/sfx.manifest.json pins the WAV each encoding was made from, so a
 * test can tell stale encodings from fresh ones without the encoders.
 *
 * Run: npm run sounds   (or: npx tsx scripts/make-sounds.ts)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SoundName } from '../src/audio/sounds';

export const SAMPLE_RATE = 22050;
/** Silence between sounds so a late-stopping sprite never bleeds into the next one. */
export const GAP_MS = 50;
/** Every sound is peak-normalised to this level. */
export const PEAK_DBFS = -3;

/** Sprite order in the file (also the key order of sfx.json). */
export const SPRITE_ORDER: readonly SoundName[] = [
  'click',
  'correct',
  'wrong',
  'streak',
  'tick',
  'timeup',
  'roundend',
];

export type SpriteMap = Record<SoundName, [number, number]>;

export interface RenderedSprite {
  sampleRate: number;
  samples: Int16Array;
  sprite: SpriteMap;
  /** Exact sample ranges [start, end) of each sound, for tests and reporting. */
  segments: Record<SoundName, [number, number]>;
}

const TAU = 2 * Math.PI;
const SR = SAMPLE_RATE;
const NYQUIST = SR / 2;

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast, good enough for audio noise, and reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function samplesFor(seconds: number): number {
  return Math.round(seconds * SR);
}

function buffer(seconds: number): Float32Array {
  return new Float32Array(samplesFor(seconds));
}

/** RBJ-cookbook biquad; only the shapes we need. */
class Biquad {
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  constructor(
    private readonly type: 'lowpass' | 'highpass' | 'bandpass',
    freq: number,
    q: number,
  ) {
    this.set(freq, q);
  }

  set(freq: number, q: number): void {
    const w0 = (TAU * Math.min(freq, NYQUIST * 0.95)) / SR;
    const cos = Math.cos(w0);
    const alpha = Math.sin(w0) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number;
    let b1: number;
    let b2: number;
    if (this.type === 'lowpass') {
      b0 = (1 - cos) / 2;
      b1 = 1 - cos;
      b2 = (1 - cos) / 2;
    } else if (this.type === 'highpass') {
      b0 = (1 + cos) / 2;
      b1 = -(1 + cos);
      b2 = (1 + cos) / 2;
    } else {
      // Constant 0 dB peak gain band-pass.
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }

  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

/** Linear attack then exponential decay with time constant `tau` (seconds). */
function pluck(t: number, attack: number, tau: number): number {
  if (t < 0) return 0;
  if (t < attack) return t / attack;
  return Math.exp(-(t - attack) / tau);
}

/** Smooth 0→1 ramp (avoids the corners a linear ramp would put in a swell). */
function smoothstep(edge0: number, edge1: number, x: number): number {
  const u = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return u * u * (3 - 2 * u);
}

/** Exponential pitch glide from f0 to f1 over `dur` seconds, then holds f1. */
function glide(f0: number, f1: number, dur: number, t: number): number {
  const u = Math.min(1, Math.max(0, t / dur));
  return f0 * Math.pow(f1 / f0, u);
}

/**
 * Band-limited additive oscillator: sums harmonics k·f with amplitude amp(k),
 * skipping any above Nyquist so pitch sweeps don't alias.
 */
function additive(phase: number, freq: number, maxHarmonics: number, amp: (k: number) => number): number {
  let s = 0;
  const top = Math.min(maxHarmonics, Math.floor((NYQUIST * 0.9) / freq));
  for (let k = 1; k <= top; k++) s += amp(k) * Math.sin(k * phase);
  return s;
}

/** Adds a bell-ish note (a few partials, slightly inharmonic shimmer) into `out`. */
function addChimeNote(out: Float32Array, startSec: number, freq: number, gain: number, tau: number): void {
  const start = samplesFor(startSec);
  const partials: ReadonlyArray<readonly [ratio: number, amp: number, tauScale: number]> = [
    [1, 1, 1],
    [2, 0.35, 0.6],
    [3, 0.12, 0.4],
    [4.2, 0.06, 0.25], // inharmonic glint: what makes it read as "chime" not "beep"
  ];
  for (let i = start; i < out.length; i++) {
    const t = (i - start) / SR;
    let s = 0;
    for (const [ratio, amp, tauScale] of partials) {
      const f = freq * ratio;
      if (f >= NYQUIST * 0.9) continue;
      s += amp * pluck(t, 0.003, tau * tauScale) * Math.sin(TAU * f * t);
    }
    out[i] = (out[i] ?? 0) + gain * s;
  }
}

/** Brassy note (odd-heavy harmonic stack) with attack/decay/sustain and release at `endSec`. */
function addBrassNote(
  out: Float32Array,
  startSec: number,
  endSec: number,
  freq: number,
  gain: number,
  vibrato = 0,
): void {
  const start = samplesFor(startSec);
  const end = Math.min(out.length, samplesFor(endSec));
  const release = 0.04;
  let phase = 0;
  for (let i = start; i < end; i++) {
    const t = (i - start) / SR;
    const left = (end - i) / SR;
    // Vibrato fades in so short notes stay steady.
    const f = freq * (1 + vibrato * smoothstep(0.08, 0.2, t) * Math.sin(TAU * 5.5 * t));
    phase += (TAU * f) / SR;
    const env = Math.min(1, t / 0.005) * (0.65 + 0.35 * Math.exp(-t / 0.05)) * Math.min(1, left / release);
    const s = additive(phase, f, 10, (k) => (k % 2 === 1 ? 1 / k : 0.45 / k));
    out[i] = (out[i] ?? 0) + gain * env * s;
  }
}

// ---------------------------------------------------------------------------
// The sounds
// ---------------------------------------------------------------------------

/** UI tick: a tiny downward blip with a crisp noise transient. */
export function renderClick(): Float32Array {
  const out = buffer(0.035);
  const rng = mulberry32(0xc11c);
  const hp = new Biquad('bandpass', 4200, 1.2);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    phase += (TAU * glide(2400, 1300, 0.03, t)) / SR;
    const body = pluck(t, 0.0008, 0.006) * Math.sin(phase);
    const snap = pluck(t, 0.0003, 0.0018) * hp.process(rng() * 2 - 1);
    out[i] = body + 1.4 * snap;
  }
  return out;
}

/** Bright rising two-note chime (B5 → E6). */
export function renderCorrect(): Float32Array {
  const out = buffer(0.38);
  addChimeNote(out, 0, 987.77, 0.7, 0.07);
  addChimeNote(out, 0.085, 1318.51, 1, 0.13);
  return out;
}

/** Low descending buzz: band-limited saw/square blend sweeping down, with a rough flutter. */
export function renderWrong(): Float32Array {
  const out = buffer(0.32);
  const lp = new Biquad('lowpass', 1800, 0.7);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const left = out.length / SR - t;
    const f = glide(196, 104, 0.3, t);
    phase += (TAU * f) / SR;
    const tone = additive(phase, f, 40, (k) => (k % 2 === 1 ? 1 / k : 0.6 / k));
    const flutter = 0.72 + 0.28 * Math.sin(TAU * 32 * t); // the "buzzer" roughness
    const env = Math.min(1, t / 0.006) * Math.min(1, left / 0.07) * (0.8 + 0.2 * Math.exp(-t / 0.05));
    out[i] = lp.process(tone * flutter * env);
  }
  return out;
}

/** Short fanfare arpeggio C5-E5-G5-C6 for a streak milestone. */
export function renderStreak(): Float32Array {
  const out = buffer(0.52);
  const notes = [523.25, 659.26, 783.99, 1046.5];
  const step = 0.072;
  notes.forEach((freq, n) => {
    const last = n === notes.length - 1;
    // Earlier notes ring on softly under the next; the top note is held.
    addBrassNote(out, n * step, last ? 0.52 : n * step + step * 1.6, freq, last ? 1 : 0.75, last ? 0.006 : 0);
  });
  // Octave-below doubling of the held note for body.
  addBrassNote(out, 3 * step, 0.52, 523.25, 0.35);
  return out;
}

/** Last-seconds clock tick: a short woodblock "tock", lower and woodier than `click`. */
export function renderTick(): Float32Array {
  const out = buffer(0.05);
  const rng = mulberry32(0x71c4);
  const bp = new Biquad('bandpass', 3000, 2);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    // Woodblock: fundamental plus a faster-dying partial at ≈2.6×.
    const body =
      pluck(t, 0.0005, 0.009) * Math.sin(TAU * 1050 * t) + 0.5 * pluck(t, 0.0005, 0.004) * Math.sin(TAU * 2730 * t);
    const knock = pluck(t, 0.0002, 0.0015) * bp.process(rng() * 2 - 1);
    out[i] = body + 1.2 * knock;
  }
  return out;
}

/**
 * Referee whistle: ~2.9 kHz tone whose pitch and level warble at ~27 Hz (the
 * pea rattling in the chamber), plus breathy band-passed noise.
 */
export function renderTimeup(): Float32Array {
  const dur = 0.5;
  const out = buffer(dur);
  const rng = mulberry32(0x5a1e);
  // Two cascaded band-passes keep the breath near the tone instead of a broadband hiss.
  const breath = [new Biquad('bandpass', 2900, 3), new Biquad('bandpass', 2900, 3)];
  const trillHz = 27;
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const left = dur - t;
    const trill = Math.sin(TAU * trillHz * t);
    // Blow-in: pitch scoops up into the note, and the trill depth grows once the pea starts spinning.
    const base = glide(2550, 2950, 0.04, t);
    const depth = 140 + 90 * smoothstep(0.02, 0.12, t);
    const f = base + depth * trill;
    phase += (TAU * f) / SR;
    const env = smoothstep(0, 0.025, t) * smoothstep(0, 0.06, left);
    const am = 0.7 + 0.3 * Math.sin(TAU * trillHz * t + 0.9);
    const tone = Math.sin(phase) + 0.08 * Math.sin(2 * phase);
    const air = breath.reduce((v, b) => b.process(v), rng() * 2 - 1);
    out[i] = env * am * (tone + 0.5 * air);
  }
  return out;
}

/** End of round: a crowd-cheer-like swell of filtered noise with a major chord on top. */
export function renderRoundend(): Float32Array {
  const dur = 1.1;
  const out = buffer(dur);
  const rng = mulberry32(0xc40d);
  // Three "vowel-ish" bands make noise read as many voices rather than hiss.
  const bands = [new Biquad('bandpass', 650, 1.4), new Biquad('bandpass', 1300, 1.6), new Biquad('bandpass', 2500, 1.8)];
  const bandGain = [1, 0.8, 0.45];
  const hp = new Biquad('highpass', 180, 0.7);
  // Crowds are warm, not hissy: roll off the top before mixing.
  const lp = [new Biquad('lowpass', 3500, 0.7), new Biquad('lowpass', 3500, 0.7)];
  // Slow random level wobble = individual shouts coming and going.
  const wobbleRng = mulberry32(0x0b0b);
  const wobbleLp = new Biquad('lowpass', 9, 0.7);
  const crowd = new Float32Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const n = rng() * 2 - 1;
    let s = 0;
    bands.forEach((b, k) => {
      s += (bandGain[k] ?? 0) * b.process(n);
    });
    const wobble = 1 + 6 * wobbleLp.process(wobbleRng() * 2 - 1);
    const swell = smoothstep(0, 0.35, t) * (1 - smoothstep(0.55, dur, t));
    crowd[i] = lp.reduce((v, b) => b.process(v), hp.process(s)) * swell * Math.max(0.3, wobble);
  }
  let crowdPeak = 0;
  for (const v of crowd) crowdPeak = Math.max(crowdPeak, Math.abs(v));
  const crowdGain = crowdPeak > 0 ? 0.7 / crowdPeak : 0;

  const chord = new Float32Array(out.length);
  // C major (C5 E5 G5 C6): soft triangle-ish voices, slight detune for warmth.
  const voices = [523.25, 659.26, 783.99, 1046.5];
  voices.forEach((freq, v) => {
    const start = samplesFor(0.04 + v * 0.012); // tiny strum
    let phase = 0;
    for (let i = start; i < chord.length; i++) {
      const t = (i - start) / SR;
      const f = freq * (1 + (v % 2 === 0 ? 0.0015 : -0.0015));
      phase += (TAU * f) / SR;
      // Triangle: odd harmonics at 1/k², alternating sign.
      const tri = additive(phase, f, 7, (k) => (k % 2 === 0 ? 0 : (k % 4 === 1 ? 1 : -1) / (k * k)));
      const env = Math.min(1, t / 0.02) * Math.exp(-t / 0.45);
      chord[i] = (chord[i] ?? 0) + 0.3 * env * tri;
    }
  });
  for (let i = 0; i < out.length; i++) out[i] = crowdGain * (crowd[i] ?? 0) + (chord[i] ?? 0);
  return out;
}

const RENDERERS: Record<SoundName, () => Float32Array> = {
  click: renderClick,
  correct: renderCorrect,
  wrong: renderWrong,
  streak: renderStreak,
  tick: renderTick,
  timeup: renderTimeup,
  roundend: renderRoundend,
};

// ---------------------------------------------------------------------------
// Mastering, sprite assembly and WAV encoding
// ---------------------------------------------------------------------------

/** Raised-cosine fades so no sound starts or ends on a non-zero sample (which clicks). */
function applyFades(x: Float32Array, fadeInSec = 0.002, fadeOutSec = 0.008): void {
  const fin = Math.min(x.length, samplesFor(fadeInSec));
  const fout = Math.min(x.length, samplesFor(fadeOutSec));
  for (let i = 0; i < fin; i++) x[i] = (x[i] ?? 0) * 0.5 * (1 - Math.cos((Math.PI * i) / fin));
  for (let i = 0; i < fout; i++) {
    const j = x.length - 1 - i;
    x[j] = (x[j] ?? 0) * 0.5 * (1 - Math.cos((Math.PI * i) / fout));
  }
}

function normalise(x: Float32Array, peakDbfs: number): void {
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  if (peak === 0) return;
  const g = Math.pow(10, peakDbfs / 20) / peak;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) * g;
}

/** One finished sound: faded, peak-normalised float samples in [-1, 1]. */
export function renderSound(name: SoundName): Float32Array {
  const x = RENDERERS[name]();
  applyFades(x);
  normalise(x, PEAK_DBFS);
  return x;
}

/** Renders every sound into one Int16 sprite buffer plus its howler sprite map. */
export function renderSprite(): RenderedSprite {
  const gap = samplesFor(GAP_MS / 1000);
  const rendered = SPRITE_ORDER.map((name) => [name, renderSound(name)] as const);
  // Trailing gap too, so the last sprite can overrun harmlessly.
  const total = rendered.reduce((n, [, x]) => n + x.length + gap, 0);
  const samples = new Int16Array(total);
  const sprite = {} as SpriteMap;
  const segments = {} as Record<SoundName, [number, number]>;
  let at = 0;
  for (const [name, x] of rendered) {
    for (let i = 0; i < x.length; i++) {
      const v = Math.max(-1, Math.min(1, x[i] ?? 0));
      samples[at + i] = Math.round(v * 32767);
    }
    segments[name] = [at, at + x.length];
    // Whole milliseconds that fully cover the sound; the rounding lands in the silent gap.
    const startMs = Math.floor((at * 1000) / SR);
    const endMs = Math.ceil(((at + x.length) * 1000) / SR);
    sprite[name] = [startMs, endMs - startMs];
    at += x.length + gap;
  }
  return { sampleRate: SR, samples, sprite, segments };
}

/** Canonical 44-byte-header RIFF/WAVE, PCM, mono, 16-bit little-endian. */
export function encodeWav(samples: Int16Array, sampleRate: number = SR): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, s: string): void => {
    for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i] ?? 0, true);
  return bytes;
}

/** sfx.json text: one sound per line so diffs stay readable. */
export function spriteJson(sprite: SpriteMap): string {
  const lines = SPRITE_ORDER.map((name) => `  ${JSON.stringify(name)}: [${sprite[name][0]}, ${sprite[name][1]}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** How each shipped file is made from the WAV: the command and its fixed arguments. */
export const ENCODINGS = {
  // 32 kb/s constant-rate mono Opus: clean for short synth effects (VBR spent 50 % more on the
  // noise bursts); a fixed serial keeps the bytes stable.
  'sfx.opus': ['opusenc', '--quiet', '--bitrate', '32', '--hard-cbr', '--serial', '1'],
  // 22.05 kHz mono at 32 kb/s CBR (MPEG-2 layer III): plays everywhere.
  'sfx.mp3': ['lame', '--quiet', '-m', 'm', '-b', '32', '--cbr', '--noreplaygain'],
} as const;

export interface SoundManifest {
  /** sha256 of the sfx.wav the encodings were made from. */
  wav: string;
  files: Record<keyof typeof ENCODINGS, { sha256: string; bytes: number; command: string }>;
}

function encode(wav: Uint8Array): SoundManifest {
  const dir = join(tmpdir(), `sfx-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const input = join(dir, 'sfx.wav');
    writeFileSync(input, wav);
    const files = {} as SoundManifest['files'];
    for (const [name, [command, ...args]] of Object.entries(ENCODINGS) as [keyof typeof ENCODINGS, readonly string[]][]) {
      const output = join(dir, name);
      try {
        execFileSync(command!, [...args, input, output], { stdio: ['ignore', 'ignore', 'inherit'] });
      } catch (error) {
        throw new Error(`${command} failed; install the encoders: apt-get install -y opus-tools lame`, { cause: error });
      }
      const bytes = new Uint8Array(readFileSync(output));
      writeFileSync(fileURLToPath(new URL(`../assets/${name}`, import.meta.url)), bytes);
      files[name] = { sha256: sha256(bytes), bytes: bytes.length, command: [command, ...args].join(' ') };
    }
    return { wav: sha256(wav), files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const { samples, sprite, sampleRate } = renderSprite();
  const wav = encodeWav(samples, sampleRate);
  const assets = fileURLToPath(new URL('../assets/', import.meta.url));
  mkdirSync(assets, { recursive: true });
  writeFileSync(`${assets}sfx.wav`, wav);
  writeFileSync(`${assets}sfx.json`, spriteJson(sprite));
  const manifest = encode(wav);
  writeFileSync(`${assets}sfx.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = samples.length / sampleRate;
  console.log(`assets/sfx.wav  ${wav.length} bytes, ${seconds.toFixed(3)} s, ${sampleRate} Hz mono 16-bit (the master; not shipped)`);
  for (const [name, file] of Object.entries(manifest.files)) console.log(`assets/${name}  ${file.bytes} bytes`);
  for (const name of SPRITE_ORDER) {
    const [start, dur] = sprite[name];
    console.log(`  ${name.padEnd(9)} start ${String(start).padStart(5)} ms  duration ${String(dur).padStart(4)} ms`);
  }
}

// Only write files when executed directly, so tests can import the pure renderers.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) main();
