// Jalali date picker on every date input marked data-jdp (Persian pages only).
document.addEventListener("DOMContentLoaded", function () {
  if (window.jalaliDatepicker && document.querySelector("[data-jdp]")) {
    window.jalaliDatepicker.startWatch({ persianDigits: true, autoShow: true, autoHide: true, hideAfterChange: true });
  }
});
