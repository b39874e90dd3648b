/** A rectangle on the desktop, in screen pixels, as Electron gives bounds and work areas. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window was when it was last closed: its normal bounds, and whether maximized. */
export interface WindowPlace {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** How much of the title bar must be on a screen to count as reachable with the mouse. */
const reachableWidth = 120;
const reachableHeight = 40;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The top strip of the window, where its title bar is. */
const titleBar = (bounds: Rect): Rect => ({ ...bounds, height: reachableHeight });

/**
 * Where to open the window: as it was last closed, on the screen that still holds its title
 * bar, shrunk to fit that screen; or the default size, centred by the system, when there is no
 * saved place or its screen is gone (a projector or second monitor unplugged since).
 */
export function placeWindow(
  saved: WindowPlace | undefined,
  screens: readonly Rect[],
  sizes: WindowSizes,
): WindowPlace | { bounds: { width: number; height: number }; maximized: false } {
  const centred = {
    bounds: { width: sizes.width, height: sizes.height },
    maximized: false as const,
  };
  if (!saved) return centred;
  const screen = screens.find((area) => {
    const seen = overlap(titleBar(saved.bounds), area);
    return seen.width >= reachableWidth && seen.height >= reachableHeight / 2;
  });
  if (!screen) return centred;
  const width = Math.max(sizes.minWidth, Math.min(saved.bounds.width, screen.width));
  const height = Math.max(sizes.minHeight, Math.min(saved.bounds.height, screen.height));
  // Shrunk windows move back inside the screen, top-left first, so the title bar stays on it.
  const x = Math.max(screen.x, Math.min(saved.bounds.x, screen.x + screen.width - width));
  const y = Math.max(screen.y, Math.min(saved.bounds.y, screen.y + screen.height - height));
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
