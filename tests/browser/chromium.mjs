// How Frise's browser tests start Debian's Chromium: headless, as root, WebGL2 through
// SwiftShader, and no background network traffic (this machine has no network).
// Playwright gives every launch a new, empty profile of its own (as --user-data-dir would).
export function launchOptions() {
  return {
    executablePath: process.env.FRISE_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
    ],
  };
}
