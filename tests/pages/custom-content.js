// A hospital's own steps, set from JavaScript; and a broken document on the second guide.
document.getElementById('good').content = {
  heading: 'Joining our residency programs',
  steps: [
    { id: 'apply', title: 'Apply through ERAS', summary: 'One application for every program.', body: ['Start early.'] },
    { id: 'interview', title: 'Interview with us', summary: 'Online or on site.' },
  ],
};
document.getElementById('bad').content = { heading: 'Broken', steps: [{ id: 'a' }] };
