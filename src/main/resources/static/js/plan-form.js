// Plan form: tapping an area of the body map ticks the matching box in "Where does it
// hurt?" or "Areas not to touch", so the boxes stay the one source of truth (and work
// without JavaScript).
const map = document.querySelector('[data-tap-map]');
if (map) {
  map.classList.add('enabled');
  const form = map.closest('form');
  const status = map.querySelector('[data-tap-status]');
  const boxes = (group, region) => form.querySelector(`input[name="${group}"][value="${region}"]`);
  const label = (path) => path.querySelector('title')?.textContent || path.dataset.region;

  const paint = () => {
    for (const path of map.querySelectorAll('[data-region]')) {
      const region = path.dataset.region;
      path.classList.toggle('is-sore', Boolean(boxes('soreSpots', region)?.checked));
      path.classList.toggle('is-avoided', Boolean(boxes('avoidRegions', region)?.checked));
    }
  };

  for (const path of map.querySelectorAll('[data-region]')) {
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    const toggle = () => {
      const group = form.querySelector('input[name="tapMarks"]:checked').value;
      const box = boxes(group, path.dataset.region);
      if (!box) return;
      box.checked = !box.checked;
      box.closest('details')?.setAttribute('open', '');
      status.textContent = `${label(path)}: ${box.checked ? 'marked' : 'unmarked'} as ${group === 'soreSpots' ? 'sore' : 'do not touch'}.`;
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
