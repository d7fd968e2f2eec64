// A body map whose areas tick boxes of the form it sits in: each area becomes a button, and
// the boxes stay the one source of truth, so the form works the same without JavaScript.
// Used by the plan form and the diary's entry form.
//   boxFor(region): the box a tap on that area toggles now (or none)
//   paint(): draws the map from the boxes
//   said(path, box): what the live region announces after a tap
//   openList: open the <details> around the box that was ticked
export function tapMap(map, { boxFor, paint, said, openList = false }) {
  map.classList.add('enabled');
  // the picture becomes a group of buttons rather than a single image
  map.querySelector('svg')?.setAttribute('role', 'group');
  const status = map.querySelector('[data-tap-status]');
  for (const path of map.querySelectorAll('[data-region]')) {
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    const toggle = () => {
      const box = boxFor(path.dataset.region);
      if (!box) return;
      box.checked = !box.checked;
      if (openList) box.closest('details')?.setAttribute('open', '');
      status.textContent = said(path, box);
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
  map.closest('form').addEventListener('change', paint);
  paint();
}

/** The area's name from its SVG title, for what is announced. */
export const areaName = (path) => path.querySelector('title')?.textContent || path.dataset.region;
