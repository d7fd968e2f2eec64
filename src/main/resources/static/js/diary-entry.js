// Diary entry form: tapping an area of the body map ticks its box in the list of areas, the
// plan form's way (plan-form.js), so the boxes stay the one source of truth and the form
// works the same without JavaScript. With the map working, the list folds away unless it
// has something to show.
const map = document.querySelector('[data-tap-map="regions"]');
if (map) {
  map.classList.add('enabled');
  // the picture becomes a group of buttons rather than a single image
  map.querySelector('svg')?.setAttribute('role', 'group');
  const form = map.closest('form');
  const list = form.querySelector('[data-area-list]');
  if (list && list.dataset.keepOpen !== 'true') list.open = false;
  const status = map.querySelector('[data-tap-status]');
  const box = (region) => form.querySelector(`input[name="regions"][value="${region}"]`);
  const label = (path) => path.querySelector('title')?.textContent || path.dataset.region;

  const paint = () => {
    for (const path of map.querySelectorAll('[data-region]')) {
      const ticked = Boolean(box(path.dataset.region)?.checked);
      path.classList.toggle('is-sore', ticked);
      path.setAttribute('aria-pressed', String(ticked));
    }
  };

  for (const path of map.querySelectorAll('[data-region]')) {
    const target = box(path.dataset.region);
    if (!target) continue;
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    const toggle = () => {
      target.checked = !target.checked;
      const said = target.checked ? map.dataset.marked : map.dataset.unmarked;
      status.textContent = said.replace('{0}', label(path));
      paint();
    };
    path.addEventListener('click', toggle);
    path.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
  }
  form.addEventListener('change', paint);
  paint();
}
