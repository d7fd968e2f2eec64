// Safety check: "None of these" excludes the other boxes of its group, follow-up
// questions show only after the answer they depend on, and on a phone one group at a
// time. Without this script every question shows on one page with its "If …" label and
// the server still refuses what does not fit, so nothing here is needed for safety.
const form = document.querySelector('[data-check-form]');
if (form) {
  form.classList.add('enhanced');

  // GOV.UK "checkboxes with a none option": either the boxes or "None of these"
  for (const group of form.querySelectorAll('[data-exclusive-group]')) {
    const none = group.querySelector('[data-none]');
    const others = [...group.querySelectorAll('input[type="checkbox"]:not([data-none]), input[type="text"]')]
      .filter((input) => !input.closest('.follow-up'));
    none.addEventListener('change', () => {
      if (!none.checked) return;
      for (const other of others) {
        if (other.type === 'checkbox') other.checked = false;
        else other.value = '';
      }
      showFollowUps();
    });
    for (const other of others) {
      other.addEventListener(other.type === 'checkbox' ? 'change' : 'input', () => {
        if (other.type === 'checkbox' ? other.checked : other.value.trim() !== '') none.checked = false;
      });
    }
  }

  const age = form.querySelector('#f-age');
  const showFollowUps = () => {
    const years = age.value.trim() === '' ? NaN : Number(age.value);
    for (const followUp of form.querySelectorAll('.follow-up')) {
      const { ifTicked, ifAgeBelow, ifAgeAbove } = followUp.dataset;
      let shown = false;
      if (ifTicked) shown = document.getElementById(ifTicked).checked;
      if (ifAgeBelow && years < Number(ifAgeBelow)) shown = true;
      if (ifAgeAbove && years > Number(ifAgeAbove)) shown = true;
      followUp.hidden = !shown;
    }
  };
  form.addEventListener('change', showFollowUps);
  age.addEventListener('input', showFollowUps);
  showFollowUps();

  // one group per screen on a phone; every group on one page on a wider screen
  const steps = [...form.querySelectorAll('[data-step]')];
  const nav = form.querySelector('[data-step-nav]');
  const back = nav.querySelector('[data-step-back]');
  const next = nav.querySelector('[data-step-next]');
  const submit = form.querySelector('[data-step-submit]');
  const phone = window.matchMedia('(max-width: 600px)');
  let current = 0;

  const show = (index, focus) => {
    current = Math.max(0, Math.min(index, steps.length - 1));
    const stepping = phone.matches;
    steps.forEach((step, i) => {
      step.hidden = stepping && i !== current;
      step.querySelector('.step-progress').hidden = !stepping;
    });
    nav.hidden = !stepping;
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    submit.hidden = stepping && current !== steps.length - 1;
    if (stepping && focus) steps[current].querySelector('legend').focus();
  };

  const stepOf = (element) => steps.findIndex((step) => step.contains(element));

  back.addEventListener('click', () => show(current - 1, true));
  next.addEventListener('click', () => show(current + 1, true));
  phone.addEventListener('change', () => show(current, false));

  // the error summary's links open the screen of the field they name
  const summary = document.getElementById('error-summary');
  for (const link of summary ? summary.querySelectorAll('a[href^="#"]') : []) {
    link.addEventListener('click', (event) => {
      const target = document.getElementById(link.getAttribute('href').slice(1));
      if (!target || stepOf(target) < 0) return;
      event.preventDefault();
      show(stepOf(target), false);
      target.closest('.follow-up')?.removeAttribute('hidden');
      target.focus();
      target.scrollIntoView({ block: 'center' });
    });
  }

  // back with errors: start at the first screen that has one
  const firstError = summary?.querySelector('a[href^="#"]');
  const errorTarget = firstError && document.getElementById(firstError.getAttribute('href').slice(1));
  show(errorTarget && stepOf(errorTarget) >= 0 ? stepOf(errorTarget) : 0, false);
}
