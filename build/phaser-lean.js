// The part of Phaser 4 this game uses, bundled from Phaser's CommonJS `src/` (the build aliases
// 'phaser' to this file; see build/lean-phaser.ts). Phaser's own ESM bundle carries every game
// object, the loader, sound, physics glue and both renderers and does not tree-shake.
// A factory or plugin left out here fails only at run time (`this.add.x is not a function`), so
// the whole e2e suite runs on this build. Needs the exact Phaser version pinned in package.json.

// First: renderer/index pulls the Canvas renderer in before the modules that require it back
// (a require cycle through core/CreateRenderer otherwise leaves an empty object at start-up).
import 'phaser-src/renderer/index.js';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import CoreEvents from 'phaser-src/core/events/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import SceneEvents from 'phaser-src/scene/events/index.js';
import ScaleNS from 'phaser-src/scale/index.js';
import Vector2 from 'phaser-src/math/Vector2.js';

// Scene plugins: each registers itself in Phaser's plugin cache when its module runs; a scene
// gets only the ones registered.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/time/Clock.js';
import 'phaser-src/tweens/TweenManager.js';
import 'phaser-src/input/InputPlugin.js';
import 'phaser-src/input/keyboard/KeyboardPlugin.js';

// The game objects the scenes make: `this.add.*` and `this.make.graphics`.
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsCreator.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';

export { Game, Scene };
export const AUTO = CONST.AUTO;
export const CANVAS = CONST.CANVAS;
export const WEBGL = CONST.WEBGL;
export const VERSION = CONST.VERSION;
export const Core = { Events: CoreEvents };
export const Scenes = { Events: SceneEvents };
export const Scale = ScaleNS;
export const Math = { Vector2 };
