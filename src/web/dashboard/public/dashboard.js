// Draws every chart on the page from the JSON beside its canvas (see charts.ts).
// Chart.js is served by the service itself from node_modules.
(() => {
  const palette = ['#1f5fbf', '#c4322b', '#1b7f3b', '#9a6200', '#7a3fc4', '#b8336f', '#4b5563', '#0f766e'];
  const rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
  // The page says which language it is in (the login's choice).
  const noData = document.documentElement.lang === 'id' ? 'disembunyikan / tanpa data' : 'hidden / no data';

  function show(format, v) {
    if (v === null || v === undefined) return noData;
    if (format === 'percent') return `${Math.round(v * 10) / 10}%`;
    if (format === 'rupiah') return `Rp${rupiah.format(v)}`;
    return Number.isInteger(v) ? String(v) : v.toFixed(1);
  }

  function draw(fig) {
    const specEl = fig.querySelector('script.chart-spec');
    const canvas = fig.querySelector('canvas');
    if (!specEl || !canvas) return;
    const spec = JSON.parse(specEl.textContent);
    // The week or month under way (figures for its days so far) is drawn apart: a hollow point reached
    // by a dotted line, a pale bar with an outline.
    const partial = (i) => !!spec.partial?.[i];
    const datasets = spec.series.map((s, i) => {
      const color = palette[(s.color ?? i) % palette.length];
      const asLine = spec.type === 'line' || s.type === 'line';
      return {
        label: s.label,
        data: s.data,
        type: s.type,
        borderColor: color,
        backgroundColor: asLine ? color : (c) => (partial(c.dataIndex) ? `${color}40` : `${color}cc`),
        borderDash: s.dashed ? [6, 4] : undefined,
        borderWidth: asLine ? 2 : (c) => (partial(c.dataIndex) ? 2 : 0),
        // A point with no neighbour (one month of data, or one between gaps) is drawn large enough to see.
        pointRadius: asLine
          ? (c) => {
              const d = c.dataset.data;
              const i = c.dataIndex;
              return partial(i) || (d[i - 1] == null && d[i + 1] == null) ? 5 : 2;
            }
          : undefined,
        pointBackgroundColor: asLine ? (c) => (partial(c.dataIndex) ? '#ffffff' : color) : undefined,
        pointBorderWidth: asLine ? (c) => (partial(c.dataIndex) ? 2 : 1) : undefined,
        segment: asLine
          ? { borderDash: (c) => (partial(c.p1DataIndex) ? [2, 3] : s.dashed ? [6, 4] : undefined) }
          : undefined,
        tension: 0.2,
        spanGaps: false,
        order: asLine ? 0 : 1,
      };
    });
    const valueAxis = {
      beginAtZero: true,
      stacked: !!spec.stacked,
      title: { display: !!spec.yLabel, text: spec.yLabel || '' },
      ticks: { callback: (v) => show(spec.format, v) },
    };
    if (spec.format === 'percent') valueAxis.max = 100;
    const categoryAxis = { stacked: !!spec.stacked, ticks: { autoSkip: true, maxRotation: 60 } };
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${show(spec.format, ctx.raw)}` } },
        },
      },
    });
    fig.dataset.rendered = '1';
    // PNG download: the drawn chart on a white ground (the canvas itself is transparent).
    const png = fig.querySelector('a.chart-png');
    if (png) {
      png.hidden = false;
      png.addEventListener('click', () => {
        const out = document.createElement('canvas');
        out.width = canvas.width;
        out.height = canvas.height;
        const g = out.getContext('2d');
        g.fillStyle = '#ffffff';
        g.fillRect(0, 0, out.width, out.height);
        g.drawImage(canvas, 0, 0);
        png.href = out.toDataURL('image/png');
      });
    }
  }

  if (typeof Chart === 'undefined') return;
  for (const fig of document.querySelectorAll('figure.chart')) {
    try {
      draw(fig);
    } catch (e) {
      fig.dataset.rendered = 'error';
      console.error(e);
    }
  }
})();

// Character and SMS-segment counts under each message box (the same rules as
// src/broadcast/sms-count.ts: GSM-7 160/153, else UCS-2 70/67).
(() => {
  const basic = new Set(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  );
  const extended = new Set('^{}\\[~]|€\f');
  function count(text) {
    const chars = [...text].length;
    let septets = 0;
    for (const ch of text) {
      if (basic.has(ch)) septets += 1;
      else if (extended.has(ch)) septets += 2;
      else return { chars, segments: text.length <= 70 ? 1 : Math.ceil(text.length / 67), encoding: 'UCS-2' };
    }
    return { chars, segments: septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153), encoding: 'GSM-7' };
  }
  for (const area of document.querySelectorAll('textarea[data-count]')) {
    const out = area.parentElement.querySelector('output[data-count-for]');
    if (!out) continue;
    const update = () => {
      const c = count(area.value);
      out.textContent = area.dataset.label
        .replace('{chars}', String(c.chars))
        .replace('{segments}', String(c.segments))
        .replace('{encoding}', c.encoding);
    };
    area.addEventListener('input', update);
  }
})();

// A canned answer picked from a list fills its answer box, to be edited before sending.
(() => {
  for (const select of document.querySelectorAll('select[data-fill]')) {
    select.addEventListener('change', () => {
      const area = document.getElementById(select.dataset.fill);
      const option = select.selectedOptions[0];
      if (area && option && option.dataset.text !== undefined) {
        area.value = option.dataset.text;
        area.dispatchEvent(new Event('input'));
        area.focus();
      }
    });
  }
})();

// A broadcast's figures while it sends: the same page is fetched again and its
// figures swapped in. Reading changes nothing on the server.
(() => {
  const figures = document.getElementById('figures');
  if (!figures || !figures.dataset.refresh) return;
  const every = Number(figures.dataset.refresh) || 5000;
  const tick = async () => {
    try {
      const res = await fetch(location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (!res.ok) throw new Error(String(res.status));
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const next = doc.getElementById('figures');
      const current = document.getElementById('figures');
      if (!next || !current) throw new Error('no figures');
      current.replaceWith(next);
      const replies = doc.getElementById('replies');
      const shownReplies = document.getElementById('replies');
      if (replies && shownReplies) shownReplies.replaceWith(replies);
      const status = doc.getElementById('broadcast-status');
      const shownStatus = document.getElementById('broadcast-status');
      if (status && shownStatus) shownStatus.textContent = status.textContent;
      if (!next.dataset.refresh) return;
    } catch {
      // A failed refresh is tried again on the next tick.
    }
    setTimeout(tick, every);
  };
  setTimeout(tick, every);
})();
