// Shows the element's event, as a site's analytics code would receive it.
const output = document.getElementById('last-event');
document.addEventListener('img-pathway-toggle', (event) => {
  const { id, index, open } = event.detail;
  output.textContent = `img-pathway-toggle from #${event.target.id}: ${JSON.stringify({ id, index, open })}`;
});

// A hospital's own steps, in the published content format.
fetch('custom-content.json')
  .then((response) => response.json())
  .then((content) => {
    document.getElementById('custom').content = content;
  });
