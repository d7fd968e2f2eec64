// Plan form: tapping an area of the body map ticks the matching box in "Where does it
// hurt?" or "Areas not to touch" (tap-map.js).
import { tapMap, areaName } from './tap-map.js';

const map = document.querySelector('[data-tap-map]');
if (map) {
  const form = map.closest('form');
  const boxes = (group, region) => form.querySelector(`input[name="${group}"][value="${region}"]`);
  const capitalised = (word) => word[0].toUpperCase() + word.slice(1);
  const group = () => form.querySelector('input[name="tapMarks"]:checked').value;
  tapMap(map, {
    boxFor: (region) => boxes(group(), region),
    paint: () => {
      for (const path of map.querySelectorAll('[data-region]')) {
        const region = path.dataset.region;
        path.classList.toggle('is-sore', Boolean(boxes('soreSpots', region)?.checked));
        path.classList.toggle('is-avoided', Boolean(boxes('avoidRegions', region)?.checked));
      }
    },
    said: (path, box) => map.dataset[`said${capitalised(group())}${box.checked ? 'On' : 'Off'}`].replace('{0}', areaName(path)),
    openList: true,
  });
}
