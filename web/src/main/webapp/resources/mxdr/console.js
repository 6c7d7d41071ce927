/* The browser's time zone, for the times the console shows until the person chooses one in the profile. */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = 'mxdr-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (ignored) {
        // an old browser: times stay in UTC
    }
}());

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

/*
 * After a submit that failed, the focus moves to the first field in error (or, for an error that
 * names no field, to the message or a refusal's list of what is unmet, scrolled into view), so keyboard and screen reader users land where to act. One
 * script for every form: Ajax submits answer validationFailed, full-page submits come back with
 * the fields marked aria-invalid.
 */
(function () {
    var FOCUSABLE = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    var MARKED = '[aria-invalid="true"], .ui-state-error, .ui-messages-error, .mxdr-refusal';

    function shown(element) {
        var accessible = element.closest('.ui-helper-hidden-accessible');
        return (accessible ? accessible.parentElement : element).getClientRects().length > 0;
    }

    /** An open dialog's errors first: the page behind it is out of reach. */
    function scope() {
        var dialogs = document.querySelectorAll('.ui-dialog');
        for (var i = dialogs.length - 1; i >= 0; i--) {
            if (shown(dialogs[i]) && dialogs[i].querySelector(MARKED)) {
                return dialogs[i];
            }
        }
        return document.querySelector('main') || document.body;
    }

    function focusFirstError() {
        var marked = scope().querySelectorAll(MARKED);
        for (var i = 0; i < marked.length; i++) {
            var element = marked[i];
            if (!shown(element)) {
                continue;
            }
            if (element.classList.contains('ui-messages-error') || element.classList.contains('mxdr-refusal')) {
                element.setAttribute('tabindex', '-1');
                element.focus();
                return;
            }
            var target = element.matches(FOCUSABLE) ? element : element.querySelector(FOCUSABLE);
            if (target) {
                target.focus();
                return;
            }
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (document.querySelector('main [aria-invalid="true"]')) {
            focusFirstError();
        }
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
                if (args && args.validationFailed) {
                    focusFirstError();
                }
            });
        }
    });
})();
