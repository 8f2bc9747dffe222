import { ownFields } from '../core/attributes.js';

/** `detail` of {@link IomNavToggleEvent}. */
export interface NavToggleDetail {
  /** Position of the section among the sections. */
  index: number;
  /** The section's `id`, or `section-<index>`. */
  id: string;
  label: string;
  open: boolean;
}

/** `iom-nav-toggle`: a section's panel of `<iom-mega-nav>` opened or closed. Bubbles out of the shadow root. */
export class IomNavToggleEvent extends CustomEvent<NavToggleDetail> {
  constructor(detail: NavToggleDetail) {
    super('iom-nav-toggle', ownFields({ detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-nav-toggle': IomNavToggleEvent;
  }
}
