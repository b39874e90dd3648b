import { describe, expect, it } from 'vitest';
import { placeWindow } from '../../src/main/window-place/window-place';

const sizes = { width: 1200, height: 860, minWidth: 720, minHeight: 560 };
const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };
const centred = { bounds: { width: 1200, height: 860 }, maximized: false };

describe('where the window opens', () => {
  it('at its default size, centred, the first time', () => {
    expect(placeWindow(undefined, [laptop], sizes)).toEqual(centred);
  });

  it('where it was closed, on the screen that still shows it', () => {
    const saved = { bounds: { x: 1500, y: 60, width: 1100, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitor], sizes)).toEqual(saved);
  });

  it('maximized again when it was closed maximized', () => {
    const saved = { bounds: { x: 20, y: 20, width: 900, height: 600 }, maximized: true };
    expect(placeWindow(saved, [laptop], sizes).maximized).toBe(true);
  });

  it('centred on the laptop when the monitor it was on is unplugged', () => {
    const saved = { bounds: { x: 1500, y: 60, width: 1100, height: 800 }, maximized: true };
    expect(placeWindow(saved, [laptop], sizes)).toEqual(centred);
  });

  it('shrunk and moved inside a smaller screen than the one it was closed on', () => {
    const saved = { bounds: { x: 300, y: 40, width: 1800, height: 1000 }, maximized: false };
    expect(placeWindow(saved, [laptop], sizes)).toEqual({
      bounds: { x: 0, y: 0, width: 1366, height: 728 },
      maximized: false,
    });
  });

  it('never smaller than the window allows', () => {
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    const saved = { bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [tiny], sizes).bounds).toMatchObject({ width: 720, height: 560 });
  });

  it('centred when only a sliver of its title bar would be on any screen', () => {
    const saved = { bounds: { x: 1300, y: 700, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], sizes)).toEqual(centred);
  });
});
