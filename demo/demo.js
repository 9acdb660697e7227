// Shows the element's events, as a site's analytics code would receive them.
const output = document.getElementById('last-event');
for (const type of ['img-pathway-toggle', 'img-pathway-checklist']) {
  document.addEventListener(type, (event) => {
    output.textContent = `${type} from #${event.target.id}: ${JSON.stringify(event.detail)}`;
  });
}
