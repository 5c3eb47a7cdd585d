import { useRef, useState, type CSSProperties, type PointerEvent } from 'react';
import { nearestCorner, type Corner } from '@/lib/overlay-prefs';

/**
 * Drag the card by its title bar; on release it snaps to the nearest corner.
 * Pointer events with capture: no document listeners are left behind.
 */
export function useCornerDrag(onMove: ((corner: Corner) => void) | undefined) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  if (!onMove) return { style: undefined, handlers: {} };

  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      // Buttons in the title bar keep their clicks.
      if (event.button !== 0 || (event.target as Element).closest('button')) return;
      start.current = { x: event.clientX, y: event.clientY };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      if (!start.current) return;
      setOffset({ x: event.clientX - start.current.x, y: event.clientY - start.current.y });
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      if (!start.current) return;
      const moved = offset !== null && Math.hypot(offset.x, offset.y) > 8;
      start.current = null;
      setOffset(null);
      if (moved) onMove(nearestCorner(event.clientX, event.clientY, window.innerWidth, window.innerHeight));
    },
    onPointerCancel() {
      start.current = null;
      setOffset(null);
    },
  };
  const style: CSSProperties | undefined = offset
    ? { transform: `translate(${offset.x}px, ${offset.y}px)` }
    : undefined;
  return { style, handlers };
}
