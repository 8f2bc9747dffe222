import { ownFields } from '../core/attributes.js';

/** `detail` of {@link IomCopyEvent}. */
export interface IomCopyDetail {
  /** Which value the person copied. */
  field: 'phone' | 'email';
  /** `false` when the Clipboard API was unavailable or denied: the text is then selected instead. */
  ok: boolean;
}

/**
 * `iom-copy`: a copy button of `<iom-press-contact>` was used (not the DOM's `copy` event). Bubbles
 * out of the shadow root.
 */
export class IomCopyEvent extends CustomEvent<IomCopyDetail> {
  constructor(detail: IomCopyDetail) {
    super('iom-copy', ownFields({ detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-copy': IomCopyEvent;
  }
}
