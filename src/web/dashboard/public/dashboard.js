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

  // Words the page gave the chart (charts.ts), with English for a spec without them.
  const wordsOf = (spec) => ({ partial: 'partial', partialNote: '', legend: 'Series', ...spec.words });

  function draw(fig) {
    const specEl = fig.querySelector('script.chart-spec');
    const canvas = fig.querySelector('canvas');
    if (!specEl || !canvas) return;
    const spec = JSON.parse(specEl.textContent);
    const words = wordsOf(spec);
    // The week or month under way (figures for its days so far) is drawn apart: a hollow point reached
    // by a dotted line, a pale bar with an outline. Its label carries an asterisk (charts.ts).
    const partial = (i) => !!spec.partial?.[i];
    const looks = spec.series.map((s, i) => ({
      label: s.label,
      color: palette[(s.color ?? i) % palette.length],
      line: spec.type === 'line' || s.type === 'line',
      dashed: !!s.dashed,
    }));
    const datasets = spec.series.map((s, i) => {
      const { color, line: asLine } = looks[i];
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
    // Weeks and months along the bottom: as many labels as fit (about one per 22 px, tilted if need be),
    // counted back from the last, so the week or month under way always keeps its label.
    const categoryAxis = {
      stacked: !!spec.stacked,
      ticks: spec.horizontal
        ? { autoSkip: true }
        : {
            autoSkip: false,
            maxRotation: 50,
            callback(value, index, ticks) {
              const room = Math.max(80, this.chart.width - 70);
              const step = Math.max(1, Math.ceil((ticks.length * 22) / room));
              return (ticks.length - 1 - index) % step === 0 ? this.getLabelForValue(value) : null;
            },
          },
    };
    const chart = new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          // The legend is HTML under the canvas (it wraps on a phone, where a drawn one is cut at the edge).
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) =>
                items.length ? `${items[0].label}${partial(items[0].dataIndex) ? ` (${words.partial})` : ''}` : '',
              label: (ctx) => `${ctx.dataset.label}: ${show(spec.format, ctx.raw)}`,
            },
          },
        },
      },
    });
    legend(fig, chart, looks, words);
    fig.dataset.rendered = '1';
    // PNG download: the chart with its title, legend and the note on the partial mark, on a white ground.
    const png = fig.querySelector('a.chart-png');
    if (png) {
      png.hidden = false;
      png.addEventListener('click', () => {
        png.href = picture(canvas, chart, spec, looks, words).toDataURL('image/png');
      });
    }
  }

  /** The legend as buttons that wrap to the width: each shows its series' colour and line, and hides or shows it. */
  function legend(fig, chart, looks, words) {
    const box = fig.querySelector('.legend');
    if (!box) return;
    box.replaceChildren();
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', words.legend);
    looks.forEach((look, k) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'legend-item';
      item.setAttribute('aria-pressed', 'true');
      const swatch = document.createElement('span');
      swatch.className = `swatch ${look.line ? 'line' : 'bar'}${look.dashed ? ' dashed' : ''}`;
      swatch.style.setProperty('--c', look.color);
      swatch.setAttribute('aria-hidden', 'true');
      item.append(swatch, document.createTextNode(look.label));
      item.addEventListener('click', () => {
        const on = !chart.isDatasetVisible(k);
        chart.setDatasetVisibility(k, on);
        chart.update();
        item.setAttribute('aria-pressed', String(on));
      });
      box.append(item);
    });
    box.hidden = false;
  }

  /** The chart as one picture: title above, the drawn chart, then its legend and the note on the partial mark. */
  function picture(canvas, chart, spec, looks, words) {
    const r = canvas.width / (canvas.clientWidth || canvas.width) || 1;
    const W = canvas.width;
    const pad = 12 * r;
    const lineH = 18 * r;
    const font = (bold) => `${bold ? '600 ' : ''}${13 * r}px system-ui, sans-serif`;
    const g0 = document.createElement('canvas').getContext('2d');
    const wrap = (text, bold, width = W - 2 * pad) => {
      g0.font = font(bold);
      const lines = [];
      let cur = '';
      for (const word of String(text).split(/\s+/)) {
        const next = cur ? `${cur} ${word}` : word;
        if (cur && g0.measureText(next).width > width) {
          lines.push(cur);
          cur = word;
        } else cur = next;
      }
      if (cur) lines.push(cur);
      return lines;
    };
    // Legend items in rows as wide as the picture; a label too long for one row wraps onto more.
    const sw = 14 * r;
    const gap = 6 * r;
    const items = [];
    let x = pad;
    let row = 0;
    looks.forEach((look, k) => {
      if (!chart.isDatasetVisible(k)) return;
      const lines = wrap(look.label, false, W - 2 * pad - sw - gap);
      g0.font = font(false);
      const w = sw + gap + Math.max(...lines.map((l) => g0.measureText(l).width));
      if (x > pad && (x + w > W - pad || lines.length > 1)) {
        row++;
        x = pad;
      }
      items.push({ look, x, row, lines });
      row += lines.length - 1;
      x = lines.length > 1 ? W : x + w + 14 * r;
    });
    const title = wrap(spec.title, true);
    const note = spec.partial?.some(Boolean) && words.partialNote ? wrap(words.partialNote, false) : [];
    const legendH = items.length ? (row + 1) * lineH : 0;
    const out = document.createElement('canvas');
    out.width = W;
    out.height = Math.ceil(pad + title.length * lineH + pad / 2 + canvas.height + legendH + note.length * lineH + pad);
    const g = out.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, out.width, out.height);
    g.textBaseline = 'middle';
    g.fillStyle = '#1f2328';
    g.font = font(true);
    let y = pad + lineH / 2;
    for (const l of title) {
      g.fillText(l, pad, y);
      y += lineH;
    }
    const top = pad + title.length * lineH + pad / 2;
    g.drawImage(canvas, 0, top);
    y = top + canvas.height + lineH / 2;
    g.font = font(false);
    for (const it of items) {
      const cy = y + it.row * lineH;
      g.strokeStyle = it.look.color;
      g.fillStyle = it.look.color;
      if (it.look.line) {
        g.lineWidth = 3 * r;
        g.setLineDash(it.look.dashed ? [4 * r, 3 * r] : []);
        g.beginPath();
        g.moveTo(it.x, cy);
        g.lineTo(it.x + sw, cy);
        g.stroke();
        g.setLineDash([]);
      } else g.fillRect(it.x, cy - sw / 2 + 2 * r, sw, sw - 4 * r);
      g.fillStyle = '#1f2328';
      it.lines.forEach((l, j) => {
        g.fillText(l, it.x + sw + gap, cy + j * lineH);
      });
    }
    y += legendH;
    g.fillStyle = '#57606a';
    for (const l of note) {
      g.fillText(l, pad, y);
      y += lineH;
    }
    return out;
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
