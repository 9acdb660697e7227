// Adds guides the ways CMS scripts do: by innerHTML and by createElement.
document.getElementById('later').innerHTML = '<img-pathway id="by-html" open="all"></img-pathway>';
const created = document.createElement('img-pathway');
created.id = 'by-create';
created.setAttribute('heading', 'Created later');
document.body.append(created);
