/* Glossary terms in a body (decnet.terms): Escape hides the definition shown on hover or focus, without moving
   focus (WCAG 1.4.13); it shows again once the pointer or focus has left the term and come back. */
(() => {
  "use strict";
  const DISMISSED = "term--dismissed";
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const term of document.querySelectorAll(".term:hover, .term:focus-within")) term.classList.add(DISMISSED);
  });
  for (const term of document.querySelectorAll(".term")) {
    term.addEventListener("mouseleave", () => term.classList.remove(DISMISSED));
    term.addEventListener("focusout", () => term.classList.remove(DISMISSED));
  }
})();
