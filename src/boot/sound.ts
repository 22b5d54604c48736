// The sound board: howler itself is loaded only when sound starts (sound-start.ts decides when),
// with the sprite compressed by scripts/make-sounds.ts: Opus where it plays, MP3 elsewhere.
import type { SoundBoard, SoundBoardOptions, SoundName } from '../audio/sounds';
import { deferredSoundBoard, type DeferredSoundBoard } from '../audio/deferred-sound-board';
import sfxOpusUrl from '../../assets/sfx.opus?url';
import sfxMp3Url from '../../assets/sfx.mp3?url';
import sfxSprite from '../../assets/sfx.json';

function soundSprite(names: readonly SoundName[]): Record<SoundName, [number, number]> {
  const raw = sfxSprite as unknown as Record<string, unknown>;
  const out = {} as Record<SoundName, [number, number]>;
  for (const name of names) {
    const v = raw[name];
    // A missing sprite entry just means that one sound stays silent.
    out[name] = Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number') ? [v[0] as number, v[1] as number] : [0, 0];
  }
  return out;
}

export function makeSoundBoard(options: {
  muted: boolean;
  volume: number;
  onProblem(message: string): void;
  create?: (options: SoundBoardOptions) => SoundBoard;
}): DeferredSoundBoard {
  return deferredSoundBoard(
    async ({ muted, volume }) => {
      const audio = await import('../audio/sounds');
      const create = options.create ?? audio.createSoundBoard;
      return create({ src: [sfxOpusUrl, sfxMp3Url], sprite: soundSprite(audio.SOUND_NAMES), muted, volume, onProblem: (message) => options.onProblem(message) });
    },
    { muted: options.muted, volume: options.volume },
  );
}
