// Installs the service worker (/sw.js), which keeps a started session running offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // private mode or an old browser: everything still works online
  });
}
