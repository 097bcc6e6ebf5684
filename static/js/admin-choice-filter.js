// Filters a long list of checkboxes in the page editor (editorial/editing.py, FilterableCheckboxes): typing in
// the box above the list hides the choices whose label does not contain the text.
document.addEventListener("input", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.dataset.choiceFilter) return;
  const list = document.getElementById(box.dataset.choiceFilter);
  if (!list) return;
  const text = box.value.trim().toLocaleLowerCase();
  for (const label of list.querySelectorAll("label")) {
    const item = label.closest("div") || label;
    item.hidden = text !== "" && !label.textContent.toLocaleLowerCase().includes(text);
  }
});
