/**
 * Browser commands that work the same in Chromium, Firefox and WebKit (their server side is
 * test/support/engines.mjs). Mouse commands come from @web/test-runner-commands, which speaks
 * WebDriver for those already.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export { resetMouse, sendMouse } from '@web/test-runner-commands';

/** Resizes the viewport (the window's content area) to `width` × `height` CSS pixels. */
export async function setViewport({ width, height }: { width: number; height: number }): Promise<void> {
  await executeServerCommand('iom-set-viewport', { width, height });
}

/** Presses, holds down or releases one key, by its `KeyboardEvent.key` name (`'Tab'`, `'ArrowDown'`, `'Space'`, `'a'`). */
export async function sendKeys(keys: { press: string } | { down: string } | { up: string }): Promise<void> {
  await executeServerCommand('iom-keys', keys);
}
