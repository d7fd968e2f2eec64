// Draws the diary chart: pain entries as a line, guided sessions as triangles at the
// pain given after them (or before, when no "after" was given). Chart.js is loaded as a
// classic script (window.Chart) before this module runs; module scripts are deferred.
const canvas = document.getElementById('pain-chart');

function csrfHeaders() {
	const token = document.querySelector('meta[name="_csrf"]');
	const header = document.querySelector('meta[name="_csrf_header"]');
	return token && header ? { [header.content]: token.content } : {};
}

function day(ms) {
	return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

async function draw() {
	if (!canvas || !window.Chart) {
		return;
	}
	const response = await fetch(canvas.dataset.series, {
		headers: { Accept: 'application/json', ...csrfHeaders() },
		credentials: 'same-origin'
	});
	if (!response.ok) {
		return;
	}
	const series = await response.json();
	// the axis spans the days asked for (?days=7, 30 or 90, which the page picks to fit the
	// entries or the reader chooses), so a single entry sits at its date, not in a range
	// Chart.js would make up around it
	const days = Number(new URL(canvas.dataset.series, window.location.href).searchParams.get('days')) || 90;
	const dayMs = 24 * 60 * 60 * 1000;
	const to = Date.now() + dayMs / 2; // half a day of room, so today's point is drawn whole
	const from = Date.now() - days * dayMs;
	const entries = series.entries.map(p => ({ x: Date.parse(p.at), y: p.pain }));
	const sessions = series.sessions
		.filter(s => s.painAfter !== null || s.painBefore !== null)
		.map(s => ({ x: Date.parse(s.at), y: s.painAfter ?? s.painBefore, mode: s.mode }));
	new window.Chart(canvas, {
		type: 'line',
		data: {
			datasets: [
				{ label: canvas.dataset.labelPain, data: entries, borderColor: '#0b5c6b', backgroundColor: '#0b5c6b', tension: 0,
					pointRadius: 4, clip: false },
				// drawn over the line and not clipped, so a mark at 0, 10 or today shows whole
				{ label: canvas.dataset.labelSession, data: sessions, type: 'scatter', pointStyle: 'triangle', pointRadius: 8,
					borderColor: '#7a4d00', backgroundColor: '#f2a900', clip: false, order: -1 }
			]
		},
		options: {
			animation: false,
			maintainAspectRatio: false,
			layout: { padding: { top: 10, right: 10 } },
			parsing: true,
			scales: {
				x: { type: 'linear', min: from, max: to, ticks: { callback: value => day(value), maxTicksLimit: days <= 7 ? 8 : 6 } },
				y: { min: 0, max: 10, ticks: { stepSize: 2 }, title: { display: true, text: canvas.dataset.labelPain } }
			},
			plugins: {
				tooltip: {
					callbacks: {
						title: items => items.length ? new Date(items[0].parsed.x).toLocaleString() : '',
						label: item => item.dataset.label + ': ' + item.parsed.y
					}
				}
			}
		}
	});
}

draw();
