// Stand-ins for two Phaser index modules that pull in far more than this game runs (used by
// build/lean-phaser.ts, which points Phaser's requires of them here).
import RandomDataGenerator from 'phaser-src/math/random-data-generator/RandomDataGenerator.js';
import Canvas from 'phaser-src/textures/parsers/Canvas.js';
import Image from 'phaser-src/textures/parsers/Image.js';
import JSONArray from 'phaser-src/textures/parsers/JSONArray.js';
import JSONHash from 'phaser-src/textures/parsers/JSONHash.js';

const missing = (name) => () => {
  throw new Error(`Phaser's ${name} is not in this lean build (build/lean-phaser.ts)`);
};

// core/Config.js and utils/object/GetAdvancedValue.js need only the shared random generator
// (Config sets `RND`; particle configs read it), not all of Phaser.Math (matrices, noise…).
export const math = { RandomDataGenerator, RND: null };

// The texture manager's parsers: images and canvases are all the game makes (no atlases,
// sprite sheets or compressed textures).
export const textureParsers = {
  Canvas,
  Image,
  JSONArray,
  JSONHash,
  AtlasXML: missing('AtlasXML parser'),
  KTXParser: missing('KTX parser'),
  PCT: missing('PCT parser'),
  PCTDecode: missing('PCT decoder'),
  PVRParser: missing('PVR parser'),
  SpriteSheet: missing('sprite sheet parser'),
  SpriteSheetFromAtlas: missing('sprite sheet parser'),
  UnityYAML: missing('Unity YAML parser'),
};
