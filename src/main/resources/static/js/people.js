// The people list: a "select everyone on this page" box for the bulk actions. Without
// script the box stays hidden and people are ticked one by one.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('pick-all');
  if (!all) {
    return;
  }
  const boxes = () => document.querySelectorAll('#bulk tbody input[name=id]');
  all.hidden = false;
  all.addEventListener('change', () => boxes().forEach((box) => { box.checked = all.checked; }));
  boxes().forEach((box) => box.addEventListener('change', () => {
    const list = Array.from(boxes());
    all.checked = list.every((b) => b.checked);
    all.indeterminate = !all.checked && list.some((b) => b.checked);
  }));
});
