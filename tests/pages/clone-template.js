// Some CMS components stamp their markup from a <template>.
document.getElementById('target').append(document.getElementById('later').content.cloneNode(true));
