// Diary entry form: tapping an area of the body map ticks its box in the list of areas
// (tap-map.js). With the map working, the list folds away unless it has something to show.
import { tapMap, areaName } from './tap-map.js';

const map = document.querySelector('[data-tap-map="regions"]');
if (map) {
  const form = map.closest('form');
  const list = form.querySelector('[data-area-list]');
  if (list && list.dataset.keepOpen !== 'true') list.open = false;
  const box = (region) => form.querySelector(`input[name="regions"][value="${region}"]`);
  tapMap(map, {
    boxFor: box,
    paint: () => {
      for (const path of map.querySelectorAll('[data-region]')) {
        const ticked = Boolean(box(path.dataset.region)?.checked);
        path.classList.toggle('is-sore', ticked);
        path.setAttribute('aria-pressed', String(ticked));
      }
    },
    said: (path, ticked) => (ticked.checked ? map.dataset.marked : map.dataset.unmarked).replace('{0}', areaName(path)),
  });
}
