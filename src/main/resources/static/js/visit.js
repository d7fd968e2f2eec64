// The visit checklist's print button: a page without script still prints from the
// browser's menu, so the button shows only when it works.
const button = document.querySelector('[data-print]');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
