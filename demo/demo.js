// Shows the element's event, as a site's analytics code would receive it.
const output = document.getElementById('last-event');
document.addEventListener('img-pathway-toggle', (event) => {
  const { id, index, open } = event.detail;
  output.textContent = `img-pathway-toggle from #${event.target.id}: ${JSON.stringify({ id, index, open })}`;
});
