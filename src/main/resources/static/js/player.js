// EaseBack guided player: one step per screen, countdown, chime, optional voice, wake lock,
// pressure feedback and a Stop button that always ends the session with advice.
// Progressive enhancement: without JavaScript the page still lists every step.

const root = document.getElementById('player');
const plan = JSON.parse(document.getElementById('plan-data').textContent);
const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

// stretches and aftercare have their own screen with hold timers and repetition counters
const isAftercare = (s) => s.phase === 'AFTERCARE' || s.phase === 'STRETCH';
const mainSteps = plan.steps.filter((s) => !isAftercare(s));
const aftercareSteps = plan.steps.filter(isAftercare);

const state = {
  index: 0,
  remaining: 0,
  running: false,
  timer: null,
  voice: localStorage.getItem('easeback.voice') === 'on',
  wakeLock: null,
  finished: false,
};

const $ = (selector) => root.querySelector(selector);
const screens = ['start', 'step', 'stopped', 'aftercare', 'done'];

function show(name, moveFocus = true) {
  for (const screen of screens) {
    const el = $(`[data-screen="${screen}"]`);
    if (el) el.hidden = screen !== name;
  }
  if (!moveFocus) return;
  // a new screen starts at the top of the phone's screen, so what to do next is in sight
  // above the sticky Stop bar, whatever was scrolled before
  const section = $(`[data-screen="${name}"]`);
  if (section) section.scrollIntoView({ block: 'start' });
  const heading = $(`[data-screen="${name}"] h2, [data-screen="${name}"] h1`);
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

// Events go out in order. Offline, they wait in localStorage and are sent, oldest first, when
// the connection is back; the session itself never waits for the network.
async function send(event) {
  if (pending().length && navigator.onLine) await flushQueue();
  return post(event);
}

async function post(event) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (csrfToken && csrfHeader) headers[csrfHeader] = csrfToken;
  try {
    const response = await fetch(`/api/v1/plans/${plan.id}/events`, {
      method: 'POST',
      headers,
      body: JSON.stringify(event),
      credentials: 'same-origin',
    });
    return response.ok ? await response.json() : null;
  } catch (offline) {
    queue(event);
    return null;
  }
}

const pendingKey = `easeback.pending.${plan.id}`;

function pending() {
  return JSON.parse(localStorage.getItem(pendingKey) || '[]');
}

function queue(event) {
  localStorage.setItem(pendingKey, JSON.stringify([...pending(), event]));
}

async function flushQueue() {
  const waiting = pending();
  if (!waiting.length || !navigator.onLine) return;
  localStorage.removeItem(pendingKey);
  for (const event of waiting) await post(event);
}

// the page of a started plan is kept for the service worker (sw.js), so it reloads offline
function keepForOffline() {
  if (!('caches' in window)) return;
  caches.open('easeback-plans-v1').then((cache) => cache.add(window.location.pathname)).catch(() => {
    // storage full or refused: the open page still runs offline, only a reload would not
  });
}

function showConnection() {
  $('[data-field="offline"]').hidden = navigator.onLine;
}
window.addEventListener('offline', showConnection);
window.addEventListener('online', showConnection);
window.addEventListener('online', flushQueue);

// --- sound, voice, wake lock -------------------------------------------------------

let audio;
function chime() {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    const now = audio.currentTime;
    for (const [offset, freq] of [[0, 660], [0.18, 880]]) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, now + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, now + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.35);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + offset);
      osc.stop(now + offset + 0.4);
    }
  } catch (unsupported) {
    // no Web Audio: the visual countdown still shows the change
  }
}

function speak(text) {
  if (!state.voice || !('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

async function keepAwake() {
  if (!('wakeLock' in navigator) || state.wakeLock) return;
  try {
    state.wakeLock = await navigator.wakeLock.request('screen');
    state.wakeLock.addEventListener('release', () => { state.wakeLock = null; });
  } catch (denied) {
    // battery saver or an unsupported browser: the session still works
  }
}
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.running) keepAwake();
});

// --- steps ----------------------------------------------------------------------------

const PRESSURE_WORDS = { LIGHT: 'Light pressure', MEDIUM: 'Medium pressure', FIRM: 'Firm pressure' };

function renderStep() {
  const step = mainSteps[state.index];
  $('[data-field="progress"]').textContent = `Step ${state.index + 1} of ${mainSteps.length}`;
  $('[data-field="progress-bar"]').value = state.index;
  $('[data-field="progress-bar"]').max = mainSteps.length;
  $('[data-field="phase"]').textContent = step.phaseLabel || step.phase;
  $('[data-field="title"]').textContent = step.title;
  const list = $('[data-field="instructions"]');
  list.replaceChildren(...step.instructions.map((line) => {
    const li = document.createElement('li');
    li.textContent = line;
    return li;
  }));
  $('[data-field="pressure"]').textContent = step.pressure ? PRESSURE_WORDS[step.pressure] : '';
  $('[data-field="regions"]').textContent = step.regionNames?.length ? `Where: ${step.regionNames.join(', ')}` : '';
  $('[data-field="why"]').textContent = step.why || '';
  const cautions = $('[data-field="cautions"]');
  cautions.replaceChildren(...(step.cautions || []).map((c) => {
    const li = document.createElement('li');
    li.textContent = c;
    return li;
  }));
  cautions.hidden = !(step.cautions || []).length;
  const checkIn = $('[data-field="check-in"]');
  checkIn.hidden = !step.checkIn;
  if (step.checkInPrompt) checkIn.textContent = step.checkInPrompt;
  $('[data-region="feedback"]').hidden = !step.pressure;
  for (const diagram of root.querySelectorAll('[data-diagram-for]')) {
    diagram.hidden = diagram.dataset.diagramFor !== step.itemId || !diagram.children.length;
  }
  $('[data-action="back"]').disabled = state.index === 0;
  // each step opens at the top of the screen: its title and first instruction in sight above
  // the sticky Stop bar, however far the last one was scrolled
  const screen = $('[data-screen="step"]');
  if (!screen.hidden) screen.scrollIntoView({ block: 'start' });
  state.remaining = step.seconds;
  renderClock(step.seconds);
  speak(`${step.title}. ${step.checkIn ? `${step.checkInPrompt} ` : ''}${step.instructions[0] || ''}`);
}

function renderClock(total) {
  const seconds = Math.max(0, state.remaining);
  const minutes = Math.floor(seconds / 60);
  $('[data-field="clock"]').textContent = `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
  const ring = $('[data-field="ring"]');
  const circumference = 2 * Math.PI * 54;
  ring.style.strokeDasharray = `${circumference}`;
  ring.style.strokeDashoffset = `${circumference * (1 - seconds / Math.max(1, total))}`;
}

function tick() {
  state.remaining -= 1;
  renderClock(mainSteps[state.index].seconds);
  if (state.remaining <= 0) {
    chime();
    next();
  }
}

function run() {
  clearInterval(state.timer);
  state.running = true;
  state.timer = setInterval(tick, 1000);
  $('[data-action="pause"]').textContent = 'Pause';
  $('[data-action="pause"]').setAttribute('aria-pressed', 'false');
}

function pause() {
  clearInterval(state.timer);
  state.running = false;
  $('[data-action="pause"]').textContent = 'Resume';
  $('[data-action="pause"]').setAttribute('aria-pressed', 'true');
}

function next() {
  send({ type: 'STEP_DONE', stepIndex: state.index });
  if (state.index + 1 >= mainSteps.length) {
    finishMain();
    return;
  }
  state.index += 1;
  renderStep();
  if (state.running) run();
}

function back() {
  if (state.index === 0) return;
  state.index -= 1;
  renderStep();
  if (state.running) run();
}

function finishMain() {
  clearInterval(state.timer);
  state.running = false;
  renderAftercare();
  show('aftercare');
  speak('Well done. Let them rest for a few minutes and drink some water.');
}

// --- feedback -------------------------------------------------------------------------

async function feedback(kind) {
  const result = await send({ type: 'FEEDBACK', stepIndex: state.index, feedback: kind });
  const status = $('[data-field="feedback-status"]');
  if (result && result.steps) {
    for (const updated of result.steps) {
      const step = mainSteps.find((s) => s.index === updated.index);
      if (step) step.pressure = updated.pressure;
    }
    $('[data-field="pressure"]').textContent = PRESSURE_WORDS[mainSteps[state.index].pressure];
  }
  status.textContent = result?.message || (kind === 'GOOD' ? 'Keep this pressure.' : 'Noted.');
}

// --- stop -----------------------------------------------------------------------------

// Stopping is final: the session screen is gone and no control leads back into it.
function stopNow() {
  clearInterval(state.timer);
  state.running = false;
  state.finished = true;
  window.speechSynthesis?.cancel();
  show('stopped');
  speak('The session has stopped. Do not continue the massage.');
}

async function describeStop(event) {
  event.preventDefault();
  const form = event.target;
  const pain = Number(form.elements.pain.value);
  const sharp = form.elements.sharp.value === 'yes';
  const result = await send({ type: 'STOPPED', stepIndex: state.index, pain, sharp });
  // the advice is on the page already, so it shows even when the phone is offline
  $('[data-advice="clinician"]').hidden = !(result ? result.seeClinician : sharp || pain >= 7);
  $('[data-advice="rest"]').hidden = false;
  if (result?.advice?.length) {
    const list = $('[data-field="server-advice"]');
    list.replaceChildren(...result.advice.map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    }));
  }
  form.hidden = true;
}

// --- aftercare ------------------------------------------------------------------------

function renderAftercare() {
  const list = $('[data-field="aftercare"]');
  list.replaceChildren(...aftercareSteps.map((step) => {
    const li = document.createElement('li');
    li.className = 'card aftercare-step';
    const h = document.createElement('h3');
    h.textContent = step.title;
    li.append(h);
    for (const line of step.instructions) {
      const p = document.createElement('p');
      p.textContent = line;
      li.append(p);
    }
    const diagram = root.querySelector(`[data-diagram-for="${step.itemId}"]`);
    if (diagram && diagram.children.length) {
      diagram.hidden = false;
      li.append(diagram);
    }
    if (step.holdSeconds) li.append(holdTimer(step));
    if (step.repetitions) li.append(repCounter(step));
    return li;
  }));
}

function holdTimer(step) {
  const wrap = document.createElement('div');
  wrap.className = 'hold';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Start ${step.holdSeconds} s hold`;
  const out = document.createElement('output');
  out.setAttribute('aria-live', 'polite');
  button.addEventListener('click', () => {
    let left = step.holdSeconds;
    button.disabled = true;
    out.textContent = `${left} s`;
    const t = setInterval(() => {
      left -= 1;
      out.textContent = left > 0 ? `${left} s` : 'Release gently.';
      if (left <= 0) {
        clearInterval(t);
        chime();
        button.disabled = false;
        button.textContent = 'Hold again';
      }
    }, 1000);
  });
  wrap.append(button, out);
  return wrap;
}

function repCounter(step) {
  const wrap = document.createElement('div');
  wrap.className = 'reps';
  let count = 0;
  const out = document.createElement('output');
  out.setAttribute('aria-live', 'polite');
  out.textContent = `0 of ${step.repetitions}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'One more done';
  button.addEventListener('click', () => {
    count += 1;
    out.textContent = count >= step.repetitions ? `${count} — that is enough` : `${count} of ${step.repetitions}`;
    if (count >= step.repetitions) chime();
  });
  wrap.append(button, out);
  return wrap;
}

async function complete(event) {
  event.preventDefault();
  const painAfter = Number(event.target.elements.painAfter.value);
  state.finished = true;
  await send({ type: 'COMPLETED', painAfter });
  show('done');
}

// --- wiring ---------------------------------------------------------------------------

root.classList.add('enhanced');
$('[data-action="start"]').addEventListener('click', () => {
  const before = $('[name="painBefore"]:checked');
  send({ type: 'STARTED', painBefore: before ? Number(before.value) : null });
  keepForOffline();
  keepAwake();
  renderStep();
  show('step');
  run();
});
$('[data-action="next"]').addEventListener('click', () => next());
$('[data-action="back"]').addEventListener('click', () => back());
$('[data-action="pause"]').addEventListener('click', () => (state.running ? pause() : run()));
for (const button of root.querySelectorAll('[data-feedback]')) {
  button.addEventListener('click', () => feedback(button.dataset.feedback));
}
const voice = $('[data-action="voice"]');
voice.setAttribute('aria-pressed', String(state.voice));
voice.addEventListener('click', () => {
  state.voice = !state.voice;
  localStorage.setItem('easeback.voice', state.voice ? 'on' : 'off');
  voice.setAttribute('aria-pressed', String(state.voice));
  if (!state.voice) window.speechSynthesis?.cancel();
});
for (const button of root.querySelectorAll('[data-action="stop"]')) {
  button.addEventListener('click', stopNow);
}
$('[data-form="stop"]').addEventListener('submit', describeStop);
$('[data-form="complete"]').addEventListener('submit', complete);
flushQueue();
showConnection();
show('start', false);
