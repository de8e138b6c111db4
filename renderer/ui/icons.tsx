// Small line icons for icon-size buttons. They draw in currentColor, so both themes follow, and
// are hidden from assistive technology: the button around them carries the name.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A gear: settings. */
export function GearIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="2.2" />
      <path d="M8 1.5v1.8M8 12.7v1.8M1.5 8h1.8M12.7 8h1.8M3.4 3.4l1.3 1.3M11.3 11.3l1.3 1.3M3.4 12.6l1.3-1.3M11.3 4.7l1.3-1.3" />
      <circle cx="8" cy="8" r="4.6" />
    </Icon>
  );
}

/** A bell: notifications. */
export function BellIcon() {
  return (
    <Icon>
      <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1.2 1.2H2.8z" />
      <path d="M6.6 14a1.5 1.5 0 0 0 2.8 0" />
    </Icon>
  );
}

/** An arrow pointing left: back. */
export function BackIcon() {
  return (
    <Icon>
      <path d="M13 8H3M7 4 3 8l4 4" />
    </Icon>
  );
}
