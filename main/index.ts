import path from 'node:path';

import { app, BrowserWindow } from 'electron';

// NOTE: a first shell only: the hardened kiosk window, services and IPC
// registration come with the Electron shell work.
function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1080,
    height: 1920,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  void window.loadFile(
    path.join(import.meta.dirname, '../renderer/index.html'),
  );
  return window;
}

void app.whenReady().then(createWindow);
app.on('window-all-closed', () => app.quit());
