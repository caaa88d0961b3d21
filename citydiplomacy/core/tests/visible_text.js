// The text a reader sees on the page, in the page's own language: text nodes that are rendered, except those
// marked as being in another language (lang="…"), as not to be translated (translate="no": reference codes,
// ISO codes, acronyms, addresses) or as written by users in a language the app does not know (dir="auto").
() => {
  const pageLang = document.documentElement.lang;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent.trim()) continue;
    if (el.closest("script, style, template, option, noscript")) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    if (el.closest('[translate="no"], [dir="auto"]')) continue;
    const marked = el.closest("[lang]");
    if (marked && marked.lang !== pageLang) continue;
    parts.push(node.textContent.trim());
  }
  // a checkbox's, radio's or file input's value is not shown to the reader ("on" is only what it sends)
  document.querySelectorAll("input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea").forEach((input) => {
    if (input.checkVisibility() && input.value && !input.closest('[translate="no"], [dir="auto"]') && input.dir !== "ltr") {
      parts.push(input.value);
    }
  });
  document.querySelectorAll("input[placeholder], textarea[placeholder]").forEach((input) => {
    if (input.checkVisibility()) parts.push(input.placeholder);
  });
  return parts.join("\n");
}
