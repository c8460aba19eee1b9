// Each panel is one simulated worker. Text is always inserted as text, never HTML.
const phones = document.getElementById('phones');
const template = document.getElementById('phone-template');
let count = 0;

function addPhone() {
  count += 1;
  const user = `sim-${Date.now().toString(36)}-${count}`;
  const node = template.content.firstElementChild.cloneNode(true);
  node.dataset.user = user;
  node.querySelector('.who').textContent = `Pekerja ${count}`;
  const list = node.querySelector('.messages');
  const form = node.querySelector('form');
  const input = form.elements.text;
  const show = (text, who) => {
    const li = document.createElement('li');
    li.className = who;
    li.textContent = text;
    list.append(li);
    list.scrollTop = list.scrollHeight;
  };
  const showReplies = (data) => {
    for (const r of data.replies ?? []) show(r.text, 'bot');
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = input.value;
    input.value = '';
    show(text, 'me');
    try {
      const res = await fetch('/api/chat/send', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user, text, id: crypto.randomUUID() }),
      });
      showReplies(await res.json());
    } catch {
      show('(tidak terhubung ke server)', 'bot');
    }
    input.focus();
  });
  // Reminders and broadcasts arrive without her writing: look for them now and then.
  setInterval(async () => {
    try {
      showReplies(await (await fetch(`/api/chat/poll?user=${encodeURIComponent(user)}`)).json());
    } catch {}
  }, 5000);
  phones.append(node);
  input.focus();
}

document.getElementById('add-phone').addEventListener('click', addPhone);
addPhone();
