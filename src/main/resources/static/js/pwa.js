// Installs the service worker (/sw.js), which keeps a started session running offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // private mode or an old browser: everything still works online
  });
}

// Signing out leaves nothing of the person's sessions on this device: neither the plan pages
// kept for offline use (sw.js) nor the session events waiting to be sent (player.js). Events
// still waiting are dropped: on a shared phone, the next person must not send them. It runs
// as the sign-out form is sent and again on the page that follows (after signing out or
// deleting the account), where the asynchronous cache clearing has time to finish.
const PLANS = 'easeback-plans-v1';
const PENDING = 'easeback.pending.';

function forgetSessions() {
  try {
    Object.keys(localStorage)
      .filter((key) => key.startsWith(PENDING))
      .forEach((key) => localStorage.removeItem(key));
  } catch (refused) {
    // storage disabled: nothing was kept
  }
  if ('caches' in window) {
    return caches.delete(PLANS).catch(() => false);
  }
  return Promise.resolve(false);
}

document.addEventListener('submit', (event) => {
  if (event.target instanceof HTMLFormElement && event.target.matches('form.sign-out')) forgetSessions();
});

const query = new URLSearchParams(window.location.search);
if (query.has('signedOut') || query.has('accountDeleted')) {
  forgetSessions();
}
