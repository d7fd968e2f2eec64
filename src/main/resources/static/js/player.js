// EaseBack guided player: one step per screen, countdown, chime, optional voice, wake lock,
// pressure feedback and a Stop button that always ends the session with advice.
// Progressive enhancement: without JavaScript the page still lists every step.

const root = document.getElementById('player');
const plan = JSON.parse(document.getElementById('plan-data').textContent);
const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

// the words come from messages.properties through the page, so the script holds no sentence
const words = JSON.parse(document.getElementById('player-words').textContent);
const say = (name, ...args) => (words.text[name] || '').replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));
// every step of the plan, in the plan's order: the player, the plan page and the API agree
const steps = plan.steps;
// a short rest between holds and before the other side, long enough to change position
const REST_SECONDS = 10;
// the last seconds of a step are counted aloud, and the next step named before them
const COUNT_FROM = 3;
const ANNOUNCE_AT = 6;

const state = {
  index: 0,
  remaining: 0,
  running: false,
  timer: null,
  segments: [],
  segment: 0,
  reps: 0,
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

// lines are queued one utterance each; a new step cancels what the last one still says
function speak(lines, { replace = false, force = false } = {}) {
  if (!(state.voice || force) || !('speechSynthesis' in window)) return;
  if (replace) window.speechSynthesis.cancel();
  for (const line of [].concat(lines)) {
    if (line) window.speechSynthesis.speak(new SpeechSynthesisUtterance(line));
  }
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

const pressureWords = (level) => (level && words.pressure[level]) || null;

function fill(list, lines) {
  list.replaceChildren(...lines.map((line) => {
    const li = document.createElement('li');
    li.textContent = line;
    return li;
  }));
}

// What a step says aloud: title, pressure, every line, the hands, the check-in.
function spokenLines(step) {
  const lines = [step.title];
  if (step.pressure) lines.push(pressureWords(step.pressure)?.described);
  if (step.checkIn && step.checkInPrompt) lines.push(step.checkInPrompt);
  lines.push(...(step.instructions || []));
  if (step.hands) lines.push(step.hands);
  return lines;
}

// A step's timers: one for a massage step, holds and rests per side for a stretch or an
// exercise, none for an untimed step, which waits for Next.
function segmentsOf(step) {
  const ex = step.exercise;
  if (!ex) return step.seconds > 0 ? [{ kind: 'work', seconds: step.seconds }] : [];
  const sides = ex.eachSide ? 2 : 1;
  const list = [];
  for (let side = 1; side <= sides; side += 1) {
    if (side > 1) list.push({ kind: 'switch', seconds: REST_SECONDS, side });
    if (ex.holdSeconds) {
      for (let rep = 1; rep <= ex.repsMin; rep += 1) {
        if (rep > 1) list.push({ kind: 'rest', seconds: REST_SECONDS, side });
        list.push({ kind: 'hold', seconds: ex.holdSeconds, rep, of: ex.repsMin, side, sides });
      }
    } else {
      list.push({ kind: 'work', seconds: Math.max(REST_SECONDS, Math.round(step.seconds / sides)), side, sides });
    }
  }
  return list;
}

function segmentLabel(seg) {
  if (!seg) return '';
  const side = seg.sides > 1 ? ` · ${say('sideOf', seg.side)}` : '';
  switch (seg.kind) {
    case 'hold': return `${say('holdOf', seg.rep, seg.of)}${side}`;
    case 'rest': return say('rest');
    case 'switch': return say('switchSides');
    default: return side ? say('sideOf', seg.side) : '';
  }
}

function renderStep() {
  const step = steps[state.index];
  $('[data-field="progress"]').textContent = say('progress', state.index + 1, steps.length);
  $('[data-field="progress-bar"]').value = state.index;
  $('[data-field="progress-bar"]').max = steps.length;
  $('[data-field="phase"]').textContent = step.phaseLabel || step.phase;
  $('[data-field="title"]').textContent = step.title;
  const lines = step.instructions || [];
  $('[data-field="first"]').textContent = lines[0] || '';
  fill($('[data-field="instructions"]'), lines.slice(1));
  renderPressure(step);
  const hands = $('[data-field="hands"]');
  hands.textContent = step.hands || '';
  hands.hidden = !step.hands;
  $('[data-field="regions"]').textContent = step.regionNames?.length ? say('where', step.regionNames.join(', ')) : '';
  $('[data-field="why"]').textContent = step.why || '';
  const cautions = $('[data-field="cautions"]');
  fill(cautions, step.cautions || []);
  cautions.hidden = !(step.cautions || []).length;
  const checkIn = $('[data-field="check-in"]');
  checkIn.hidden = !step.checkIn;
  if (step.checkInPrompt) checkIn.textContent = step.checkInPrompt;
  $('[data-region="feedback"]').hidden = !step.pressure;
  // feedback belongs to the step it was given on
  $('[data-field="feedback-status"]').textContent = '';
  const caption = $('[data-field="caption"]');
  caption.replaceChildren();
  for (const diagram of root.querySelectorAll('[data-diagram-for]')) {
    const shown = diagram.dataset.diagramFor === step.itemId && diagram.children.length > 0;
    diagram.hidden = !shown;
    const figcaption = shown && diagram.querySelector('figcaption');
    if (figcaption) caption.append(...Array.from(figcaption.children, (child) => child.cloneNode(true)));
  }
  // the hands start on the first stroke when a step begins
  root.querySelector('[data-diagram-for]:not([hidden]) svg.diagram-map')?.setCurrentTime(0);
  root.querySelector('.step-visual').classList.toggle('no-diagram', !root.querySelector('[data-diagram-for]:not([hidden])'));
  // a wide screen has room for every line; a phone opens them on demand
  $('[data-field="more"]').open = window.matchMedia('(min-width: 60rem) and (min-height: 40rem)').matches;
  $('[data-action="back"]').disabled = state.index === 0;
  state.segments = segmentsOf(step);
  state.segment = 0;
  state.reps = 0;
  renderExercise(step);
  startSegment(false);
  speak(spokenLines(step), { replace: true });
}

function renderPressure(step) {
  const words = pressureWords(step.pressure);
  $('[data-field="pressure"]').textContent = words ? words.short : '';
  $('[data-field="pressure-described"]').textContent = words ? words.described : '';
}

function renderExercise(step) {
  const ex = step.exercise;
  const counted = ex && !ex.holdSeconds && ex.repsMax > 1;
  $('[data-region="exercise"]').hidden = !counted;
  if (!counted) return;
  const enough = state.reps >= ex.repsMax;
  $('[data-field="reps"]').textContent = enough ? say('repsEnough', state.reps) : say('repsCount', state.reps, ex.repsMin, ex.repsMax);
  $('[data-action="rep"]').disabled = enough;
}

function currentSegment() {
  return state.segments[state.segment];
}

function startSegment(announce = true) {
  const seg = currentSegment();
  state.remaining = seg ? seg.seconds : 0;
  $('[data-field="segment"]').textContent = seg ? segmentLabel(seg) : say('untimed');
  renderClock(seg ? seg.seconds : 0);
  if (!announce || !seg) return;
  if (seg.kind === 'switch') speak(say('switchSidesSpoken'));
  else if (seg.kind === 'rest') speak(say('release'));
  else speak(segmentLabel(seg));
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

function isLastSegment() {
  return state.segment >= state.segments.length - 1;
}

function tick() {
  const seg = currentSegment();
  if (!seg) return;
  state.remaining -= 1;
  renderClock(seg.seconds);
  if (isLastSegment()) {
    if (state.remaining === ANNOUNCE_AT) {
      const following = steps[state.index + 1];
      speak(following ? say('next', following.title) : say('last'));
    }
    if (state.remaining > 0 && state.remaining <= COUNT_FROM) speak(String(state.remaining));
  }
  if (state.remaining > 0) return;
  chime();
  if (!isLastSegment()) {
    state.segment += 1;
    state.reps = 0;
    renderExercise(steps[state.index]);
    startSegment();
    return;
  }
  next();
}

function showRunState() {
  const pause = $('[data-action="pause"]');
  pause.setAttribute('aria-pressed', String(!state.running));
  $('[data-field="run-state"]').textContent = state.running ? '' : say('paused');
  root.classList.toggle('is-paused', !state.running);
  // the moving diagram keeps the step's time: it rests while the session is paused
  for (const svg of root.querySelectorAll('[data-diagram-for] svg.diagram-map')) {
    if (state.running) svg.unpauseAnimations();
    else svg.pauseAnimations();
  }
}

function run() {
  clearInterval(state.timer);
  state.running = true;
  state.timer = setInterval(tick, 1000);
  showRunState();
}

function pause() {
  clearInterval(state.timer);
  state.running = false;
  showRunState();
}

function next() {
  send({ type: 'STEP_DONE', stepIndex: state.index });
  if (state.index + 1 >= steps.length) {
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
  show('aftercare');
  speak(say('finished'), { replace: true });
}

function countRep() {
  const ex = steps[state.index].exercise;
  if (!ex || state.reps >= ex.repsMax) return;
  state.reps += 1;
  renderExercise(steps[state.index]);
  if (state.reps >= ex.repsMax) chime();
}

// --- feedback -------------------------------------------------------------------------

async function feedback(kind) {
  const asked = state.index;
  const result = await send({ type: 'FEEDBACK', stepIndex: asked, feedback: kind });
  // an answer that arrives after the person moved on belongs to a step no longer shown
  if (asked !== state.index) return;
  if (result && result.steps) {
    for (const updated of result.steps) {
      const step = steps.find((s) => s.index === updated.index);
      if (step) step.pressure = updated.pressure;
    }
    renderPressure(steps[state.index]);
  }
  const message = result?.message || say('noted');
  $('[data-field="feedback-status"]').textContent = message;
  speak(message);
}

// --- stop -----------------------------------------------------------------------------

// Stopping is final: the session screen is gone and no control leads back into it.
function stopNow() {
  clearInterval(state.timer);
  state.running = false;
  state.finished = true;
  window.speechSynthesis?.cancel();
  show('stopped');
  speak(say('stopped'));
}

// A missing answer is named beside its question and in a summary, never by a browser pop-up.
function stopProblems(form) {
  const missing = [];
  if (!form.querySelector('[name="pain"]:checked')) missing.push('pain');
  if (!form.querySelector('[name="sharp"]:checked')) missing.push('sharp');
  const summary = $('[data-field="stop-problems"]');
  for (const name of ['pain', 'sharp']) {
    const wrong = missing.includes(name);
    form.querySelector(`[data-error="${name}"]`).hidden = !wrong;
    summary.querySelector(`[data-problem="${name}"]`).hidden = !wrong;
    for (const input of form.querySelectorAll(`[name="${name}"]`)) {
      if (wrong) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
  summary.hidden = missing.length === 0;
  if (missing.length) summary.focus();
  return missing;
}

async function describeStop(event) {
  event.preventDefault();
  const form = event.target;
  if (stopProblems(form).length) return;
  const pain = Number(form.elements.pain.value);
  const sharp = form.elements.sharp.value === 'yes';
  form.hidden = true;
  const result = await send({ type: 'STOPPED', stepIndex: state.index, pain, sharp });
  // the advice is on the page already, so it shows even when the phone is offline; the
  // server's answer replaces it when there is one: the advice shows once
  const clinician = result ? Boolean(result.seeClinician) : sharp || pain >= 7;
  const after = $('[data-advice="after"]');
  after.classList.toggle('urgent', clinician);
  $('[data-field="see-clinician"]').hidden = !clinician;
  $('[data-advice="now"]').hidden = true;
  const server = $('[data-field="server-advice"]');
  if (result?.advice?.length) {
    fill(server, result.advice);
    server.hidden = false;
  } else {
    $(`[data-advice-list="${clinician ? 'clinician' : 'rest'}"]`).hidden = false;
  }
  after.hidden = false;
  const shown = after.querySelector('ul:not([hidden])');
  speak(Array.from(shown.querySelectorAll('li'), (li) => li.textContent));
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
$('[data-action="repeat"]').addEventListener('click', () => speak(spokenLines(steps[state.index]), { replace: true, force: true }));
$('[data-action="rep"]').addEventListener('click', countRep);
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
