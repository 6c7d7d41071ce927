/* The menu button of narrow screens: shows and hides the menu, and says so to assistive technology. */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    var nav = document.getElementById('nav');
    if (!toggle || !nav) {
        return;
    }
    toggle.addEventListener('click', function () {
        var open = nav.classList.toggle('mxdr-nav-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && nav.classList.contains('mxdr-nav-open')) {
            nav.classList.remove('mxdr-nav-open');
            toggle.setAttribute('aria-expanded', 'false');
            toggle.focus();
        }
    });
});
